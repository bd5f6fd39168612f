import { checkSetting, settingOf } from '../../shared/notebook-settings.js';
import { callTimeouts, ClientFactory } from '../aws/client-factory.js';
import { PreconditionError, UsageError } from '../errors.js';
import { PriceCacheFile } from '../io/price-cache-file.js';
import { estimateCost, type CostEstimate } from '../plan/cost-model.js';
import { priceOrReference, type HourlyPrice } from '../pricing/hourly-price.js';
import { FREE_TIER, notebookStoragePrice, USAGE_TYPE_PREFIX } from '../pricing/price-table.js';
import type { Translate } from '../i18n/messages.js';
import type { CommandDefinition } from './command.js';
import { deployFlags, offlineRegion, settingsFromFlags } from './deploy-flags.js';
import { ruleMessage } from '../plan/rule-message.js';

/** A notebook setting from its flag, else its default, checked by the setting's own rule. */
function settingValue(given: Record<string, string>, parameter: string): string {
  const setting = settingOf(parameter)!;
  const value = given[parameter] ?? String(setting.default);
  const violation = checkSetting(setting, value);
  if (violation) {
    const { key, params } = ruleMessage(violation, value);
    throw new UsageError(key, params);
  }
  return value;
}

function formatCost(
  e: CostEstimate,
  p: HourlyPrice,
  input: { type: string; volume: number; hours: number; days: number; idle: number },
  t: Translate,
): string {
  const usd = (n: number) => `USD ${n.toFixed(2)}`;
  const lines = [
    t('cost.title', { type: input.type, region: p.region, days: input.days }),
    t(`status.cost.${p.source}`, { usd: p.usdPerHour, asOf: p.asOf, region: p.region }),
    '',
    t('cost.alwaysOn', {
      hours: e.alwaysOn.runningHours,
      compute: usd(e.alwaysOn.compute),
      storage: usd(e.alwaysOn.storage),
      total: usd(e.alwaysOn.total),
    }),
    e.autoStopOff
      ? t('cost.autoStopOff')
      : t('cost.withAutoStop', {
          use: input.hours,
          idle: input.idle,
          hours: e.withAutoStop.runningHours,
          compute: usd(e.withAutoStop.compute),
          storage: usd(e.withAutoStop.storage),
          total: usd(e.withAutoStop.total),
        }),
    '',
    t('cost.total', { total: usd(e.total) }),
  ];
  if (e.freeTierSaving > 0)
    lines.push(
      t('cost.freeTier', { hours: FREE_TIER.hoursPerMonth, months: FREE_TIER.months, saving: usd(e.freeTierSaving) }),
    );
  if (notebookStoragePrice(p.region) === undefined) lines.push(t('cost.storageUnknown', { volume: input.volume }));
  return lines.join('\n');
}

export const costCommand: CommandDefinition = {
  name: 'cost',
  summaryKey: 'cmd.cost.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb cost --region us-east-1',
    'smnb cost --instance-type ml.g4dn.xlarge --hours-per-day 3 --days 30 --region us-east-1',
    'smnb cost --live',
    'smnb cost --idle-timeout 0 --region us-east-1 --output json',
  ],
  flags: [
    ...deployFlags('instance-type', 'volume-size', 'idle-timeout', 'region', 'profile'),
    { name: 'hours-per-day', type: 'number', descKey: 'flag.hoursPerDay', valueName: 'H' },
    { name: 'days', type: 'number', descKey: 'flag.days', valueName: 'N' },
    { name: 'live', type: 'boolean', descKey: 'flag.live' },
  ],
  async run(ctx, args) {
    const f = args.flags;
    const given = settingsFromFlags(args);
    const type = settingValue(given, 'InstanceType');
    const volume = Number(settingValue(given, 'VolumeSizeInGB'));
    const idle = Number(settingValue(given, 'IdleTimeoutMinutes'));
    const hours = (f['hours-per-day'] as number | undefined) ?? 8;
    const days = (f.days as number | undefined) ?? 30;
    const region = offlineRegion(f.region, ctx.env);
    if (hours < 0 || hours > 24) throw new UsageError('error.hoursRange', { value: hours });
    if (days < 1 || days > 366) throw new UsageError('error.daysRange', { value: days });
    if (!(region in USAGE_TYPE_PREFIX))
      throw new UsageError('error.regionUnknown', { value: region, valid: Object.keys(USAGE_TYPE_PREFIX).join(', ') });

    const factory = new ClientFactory({
      region,
      profile: f.profile as string | undefined,
      timeouts: callTimeouts(ctx.env),
    });
    const { SdkPriceLookup } = await import('../aws/price-api.js');
    // Nothing known for the region (offline, or --live failed): the table's region, labelled as a reference.
    const found = await priceOrReference(region, type, {
      cache: new PriceCacheFile(ctx.env),
      lookup: f.live === true ? new SdkPriceLookup(await factory.pricing()) : undefined,
      today: new Date().toISOString().slice(0, 10),
    });
    if (!found) throw new PreconditionError('error.priceUnknown', { type, region }, 'hint.costLive');
    const { price: shown, reference } = found;
    const estimate = estimateCost({
      instanceType: type,
      usdPerHour: shown.usdPerHour,
      storageUsdPerGbMonth: notebookStoragePrice(shown.region),
      volumeGb: volume,
      hoursPerDay: hours,
      days,
      idleTimeoutMinutes: idle,
    });
    return {
      data: { region, instanceType: type, price: shown, reference, ...estimate },
      text: [
        ...(reference
          ? [
              ctx.t(f.live === true ? 'cost.referenceLiveFailed' : 'cost.reference', {
                type,
                region,
                refRegion: shown.region,
              }),
              '',
            ]
          : []),
        formatCost(estimate, shown, { type, volume, hours, days, idle }, ctx.t),
      ].join('\n'),
    };
  },
};
