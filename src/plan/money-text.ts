/** Cents, except for amounts too small to show as cents: a few kilobytes of templates are "< 0.01". */
export const usd = (amount: number): string => (amount > 0 && amount < 0.005 ? '< 0.01' : amount.toFixed(2));

/**
 * An hourly price: at least three decimals, four when the fourth is not zero (0.050, 0.0625), the same in every
 * command, so one notebook never shows two prices.
 */
export function usdHourly(amount: number): string {
  const four = amount.toFixed(4);
  return four.endsWith('0') ? amount.toFixed(3) : four;
}
