/**
 * The one rounding rule for money in smnb's results: monthly and total amounts to cents, hourly prices to four
 * decimals (an ml.t3.medium is USD 0.0625 an hour, so cents would hide the difference between types). Results carry
 * rounded numbers, so JSON never shows float noise such as 2.8000000000000003.
 */
export const roundCents = (usd: number): number =>
  // Less than half a cent (a few kilobytes of templates) keeps six decimals, so it shows as "< 0.01", not as zero.
  Math.abs(usd) < 0.005 ? Math.round(usd * 1e6) / 1e6 : Math.round(usd * 100) / 100;

/** An hourly price or sum of hourly prices, to four decimals. */
export const roundHourly = (usd: number): number => Math.round(usd * 10_000) / 10_000;
