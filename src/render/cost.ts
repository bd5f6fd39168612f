import type { Translate } from '../i18n/messages.js';
import type { CostEstimate } from '../plan/cost-model.js';
import type { HourlyPrice } from '../pricing/hourly-price.js';
import { FREE_TIER } from '../pricing/price-table.js';
import { keptFilesMonthlyCost } from '../pricing/s3-price.js';
import { usd as money, usdHourly } from '../plan/money-text.js';

/** smnb cost's text: the price used, always-on against auto-stop, the total, and the free tier apart. */
export function formatCost(
  e: CostEstimate,
  p: HourlyPrice,
  input: { type: string; volume: number; hours: number; days: number; idle: number },
  t: Translate,
): string {
  const usd = (n: number) => `USD ${n.toFixed(2)}`;
  const lines = [
    t('cost.title', { type: input.type, region: p.region, days: input.days }),
    t(`status.cost.${p.source}`, { usd: usdHourly(p.usdPerHour), asOf: p.asOf, region: p.region }),
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
      t('cost.freeTierProgramme'),
    );
  lines.push(formatPaused(input.volume, p.region, t));
  return lines.join('\n');
}

/**
 * What a paused notebook costs (delete, deploy again later): only the backup stays, in S3, so even a full volume
 * costs cents a month. `cost` and `plan` both say it.
 */
export function formatPaused(volumeGb: number, region: string, t: Translate): string {
  const full = keptFilesMonthlyCost(volumeGb * 1024 ** 3, region);
  return t('cost.paused', {
    volume: volumeGb,
    full: `USD ${money(full.usdPerMonth)}`,
    price: full.price.usdPerGbMonth,
    region: full.price.region,
    asOf: full.price.asOf,
  });
}
