import type { MessageKey, Translate } from '../i18n/messages.js';
import type { BilledItem, BilledSummary } from '../plan/billed-items.js';
import type { StoragePrice } from '../pricing/volume-price.js';

/** Where a storage price comes from, in the reader's language. */
function priceLine(p: StoragePrice, t: Translate): string {
  const source = t(`billed.source.${p.basis}` as MessageKey, { usageType: p.usageType ?? '' });
  return t(p.reference ? 'billed.priceReference' : 'billed.price', { region: p.region, source, asOf: p.asOf });
}

import { usd } from '../plan/money-text.js';

export { usd };

/**
 * GB with the precision a reader needs: two decimals for volumes, two significant digits down to a megabyte, and
 * "< 0.001" below that (toPrecision alone writes a few hundred bytes as "1.0e-7").
 */
export const gb = (value: number): string =>
  value >= 1
    ? String(Math.round(value * 100) / 100)
    : value === 0
      ? '0'
      : value < 0.001
        ? '< 0.001'
        : String(Number(value.toPrecision(2)));

function itemLines(item: BilledItem, t: Translate): string[] {
  const p = item.price;
  const params = {
    name: item.name,
    region: item.region,
    gb: gb(item.gb),
    price: p.usdPerGbMonth,
    usd: usd(item.monthlyUsd),
  };
  return [
    `  ${t(`billed.kind.${item.kind}` as MessageKey, params)}`,
    `    ${priceLine(p, t)}`,
    `    ${t(item.kind === 'data-bucket' ? 'billed.endDataBucket' : item.deletesData ? 'billed.endDeletes' : 'billed.end', { command: item.endCommand })}`,
  ];
}

/**
 * What stays billed while nothing runs, each with its exact end command, and the total; or, when there is nothing,
 * the sentence that says so for the regions looked at (never when a region or the template bucket went unanswered).
 */
export function formatStillBilled(
  summary: BilledSummary,
  t: Translate,
  scope: { regions: readonly string[]; complete: boolean; running: number },
): string[] {
  if (summary.items.length === 0) {
    if (!scope.complete || scope.running > 0) return [];
    return [t('billed.nothing', { regions: scope.regions.join(', ') })];
  }
  return [t('billed.title', { usd: usd(summary.totalMonthlyUsd) }), ...summary.items.flatMap((i) => itemLines(i, t))];
}

/** smnb cost: what the notebook goes on costing a month once stopped, and on what price. */
export function formatWhileStopped(w: { gb: number; price: StoragePrice; monthlyUsd: number }, t: Translate): string[] {
  const p = w.price;
  return [t('cost.whileStopped', { gb: w.gb, price: p.usdPerGbMonth, usd: usd(w.monthlyUsd) }), `  ${priceLine(p, t)}`];
}
