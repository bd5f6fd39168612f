import { notebookUsageType, REFERENCE_REGION, tablePrice } from './price-table.js';

export interface HourlyPrice {
  readonly usdPerHour: number;
  /** live: asked the Price List API now; cache: an earlier answer; table: the built-in, dated price table. */
  readonly source: 'live' | 'cache' | 'table';
  readonly asOf: string;
  readonly region: string;
}

export interface PriceCache {
  get(key: string): { usdPerHour: number; asOf: string } | undefined;
  set(key: string, value: { usdPerHour: number; asOf: string }): void;
}

export interface PriceLookup {
  /** GetProducts for one usage type; resolves to the hourly price or undefined. */
  notebookPrice(usageType: string): Promise<number | undefined>;
}

/** Cached answers are trusted for a month: notebook prices change rarely. */
const CACHE_DAYS = 30;

/**
 * The hourly price of a notebook type in a region: a fresh cached answer, else the Price List API (cached with its
 * date), else the built-in table when it has the region. Never throws: a price is a courtesy, not a gate.
 */
export async function hourlyPrice(
  region: string,
  instanceType: string,
  deps: { cache: PriceCache; lookup?: PriceLookup; today: string },
): Promise<HourlyPrice | undefined> {
  const usageType = notebookUsageType(region, instanceType);
  const key = `${region}/${instanceType}`;
  const cached = deps.cache.get(key);
  if (cached && ageInDays(cached.asOf, deps.today) <= CACHE_DAYS) return { ...cached, source: 'cache', region };
  if (usageType && deps.lookup) {
    try {
      const usdPerHour = await deps.lookup.notebookPrice(usageType);
      if (usdPerHour !== undefined) {
        deps.cache.set(key, { usdPerHour, asOf: deps.today });
        return { usdPerHour, asOf: deps.today, source: 'live', region };
      }
    } catch {
      // No pricing:GetProducts permission, or offline: fall back below.
    }
  }
  if (cached) return { ...cached, source: 'cache', region };
  return builtIn(region, instanceType);
}

/** The built-in, dated table's price for the type in the region, when the table has both. */
function builtIn(region: string, instanceType: string): HourlyPrice | undefined {
  const fromTable = tablePrice(region, instanceType);
  return fromTable && { ...fromTable, source: 'table', region };
}

/**
 * The built-in table's price for the type in the table's own region: shown, clearly labelled, when nothing is known
 * for the region asked about, so a beginner still sees the order of magnitude offline.
 */
export function referencePrice(instanceType: string): HourlyPrice | undefined {
  return builtIn(REFERENCE_REGION, instanceType);
}

/**
 * The price for an estimate: the region's own when it can be known (as hourlyPrice finds it), else the reference
 * region's, with `reference` saying so, so that it is labelled and never passed off as the region's.
 */
export async function priceOrReference(
  region: string,
  instanceType: string,
  deps: Parameters<typeof hourlyPrice>[2],
): Promise<{ price: HourlyPrice; reference: boolean } | undefined> {
  const known = await hourlyPrice(region, instanceType, deps);
  if (known) return { price: known, reference: false };
  const reference = referencePrice(instanceType);
  return reference && { price: reference, reference: true };
}

function ageInDays(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}
