import { PreconditionError } from '../errors.js';
import { estimateCost, type CostEstimate } from '../plan/cost-model.js';
import { priceOrReference, type HourlyPrice, type PriceCache } from '../pricing/hourly-price.js';
import { REFERENCE_REGION, tablePrice, USAGE_TYPE_PREFIX } from '../pricing/price-table.js';
import { roundCents } from '../plan/rounding.js';
import { systemClock, today, type Clock } from '../context/clock.js';
import { mlStoragePrice, type StoragePrice, type StoragePriceCache } from '../pricing/volume-price.js';

export interface CostInput {
  readonly region: string;
  readonly instanceType: string;
  readonly volumeGb: number;
  readonly hoursPerDay: number;
  readonly days: number;
  readonly idleTimeoutMinutes: number;
}

/**
 * Where prices come from: the dated caches, and, with --live, the Price List API (needs credentials). The command
 * composes them; without a lookup the cache or the built-in table answers, and no AWS account is needed.
 */
export interface CostPriceSources {
  readonly cache: PriceCache;
  readonly storageCache: StoragePriceCache;
  readonly lookup?: {
    notebookPrice(usageType: string): Promise<number | undefined>;
    storagePrice(usageType: string): Promise<number | undefined>;
  };
}

export interface CostResult {
  readonly region: string;
  readonly instanceType: string;
  readonly price: HourlyPrice;
  /** The price is another region's, shown as a labelled reference. */
  readonly reference: boolean;
  readonly estimate: CostEstimate;
  /** What the notebook still costs a month while stopped: its ML volume (the only thing billed then). */
  readonly whileStopped: { readonly gb: number; readonly price: StoragePrice; readonly monthlyUsd: number };
}

/**
 * The month's cost of a notebook: its price (cached, built-in, or asked live), else the reference region's, labelled.
 */
export async function estimateNotebookCost(
  input: CostInput,
  sources: CostPriceSources,
  clock: Clock = systemClock,
): Promise<CostResult> {
  const { region, instanceType } = input;
  const { lookup } = sources;
  const found = await priceOrReference(region, instanceType, {
    cache: sources.cache,
    lookup,
    today: today(clock),
  });
  // Pointing at us-east-1 helps only when the built-in table has the type there and another region was asked.
  const referenceHelps = region !== REFERENCE_REGION && tablePrice(REFERENCE_REGION, instanceType) !== undefined;
  if (!found)
    throw new PreconditionError(
      'error.priceUnknown',
      { type: instanceType, region },
      referenceHelps ? 'hint.costLive' : 'hint.costLiveOnly',
    );
  // The cached (or, with --live, asked) ML storage price of the region, as smnb list uses; else the dated fallback.
  // The estimate and the "once stopped" line use this one price, so they never disagree.
  const storage = await mlStoragePrice(region, {
    cache: sources.storageCache,
    lookup,
    usageTypePrefix: USAGE_TYPE_PREFIX[region],
    today: today(clock),
  });
  const estimate = estimateCost({
    instanceType,
    usdPerHour: found.price.usdPerHour,
    storageUsdPerGbMonth: storage.usdPerGbMonth,
    volumeGb: input.volumeGb,
    hoursPerDay: input.hoursPerDay,
    days: input.days,
    idleTimeoutMinutes: input.idleTimeoutMinutes,
  });
  const whileStopped = {
    gb: input.volumeGb,
    price: storage,
    monthlyUsd: roundCents(input.volumeGb * storage.usdPerGbMonth),
  };
  return { region, instanceType, price: found.price, reference: found.reference, estimate, whileStopped };
}
