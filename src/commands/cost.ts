import { checkSetting, settingOf } from '../../shared/notebook-settings.js';
import { UsageError } from '../errors.js';
import { USAGE_TYPE_PREFIX } from '../pricing/price-table.js';
import { estimateNotebookCost } from '../operations/cost.js';
import { formatCost } from '../render/cost.js';
import { formatWhileStopped } from '../render/still-billed-text.js';
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

    const {
      price: shown,
      reference,
      estimate,
      whileStopped,
    } = await estimateNotebookCost(
      { region, instanceType: type, volumeGb: volume, hoursPerDay: hours, days, idleTimeoutMinutes: idle },
      await ctx.costPriceSources({ region, live: f.live === true }),
    );
    return {
      data: { region, instanceType: type, price: shown, reference, ...estimate, whileStopped },
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
        '',
        ...formatWhileStopped(whileStopped, ctx.t),
      ].join('\n'),
    };
  },
};
