import type { ClientFactory } from '../aws/client-factory.js';
import type { OperationContext } from '../context/operation-context.js';
import { systemClock, today } from '../context/clock.js';
import { FailedLookupsFile } from '../io/failed-lookups-file.js';
import { PriceCacheFile } from '../io/price-cache-file.js';
import { StoragePriceCacheFile } from '../io/storage-price-cache-file.js';
import { rememberingFailures, sharedByKey, type PriceListLookup } from '../pricing/failed-lookups.js';
import { hourlyPrice, type HourlyPrice } from '../pricing/hourly-price.js';
import { USAGE_TYPE_PREFIX } from '../pricing/price-table.js';
import { mlStoragePrice } from '../pricing/volume-price.js';
import { once } from './once.js';

/** The dated price caches on disk (notebook hours, ML storage): every price source starts from them. */
export function priceCaches(env: NodeJS.ProcessEnv) {
  return { cache: new PriceCacheFile(env), storageCache: new StoragePriceCacheFile(env) };
}

/** The Price List API, its client made on the first look-up and shared by all later ones. */
export function priceList(factory: ClientFactory): () => Promise<PriceListLookup> {
  return once(async () => new (await import('../aws/price-api.js')).SdkPriceLookup(await factory.pricing()));
}

/** Notebook prices by region and type, and storage prices by region, as the operations ask for them. */
export interface NotebookPrices {
  readonly priceIn: (region: string) => (instanceType: string) => Promise<HourlyPrice | undefined>;
  readonly storagePrice: OperationContext['storagePrice'];
}

/**
 * The Price List client loads only when the cache has no fresh answer; a usage type that gave no price less than an
 * hour ago is not asked again (failed-lookups.ts). One look-up per region and type, and per region's storage, for the
 * whole run: a fleet of 100 notebooks of one type asks once, not 100 times at once.
 */
export function notebookPrices(env: NodeJS.ProcessEnv, factory: ClientFactory): NotebookPrices {
  const { cache, storageCache } = priceCaches(env);
  const lookup = rememberingFailures(priceList(factory), new FailedLookupsFile(env), () => systemClock.now());
  const shared = sharedByKey((key) => {
    const [where, instanceType] = key.split(' ') as [string, string];
    return hourlyPrice(where, instanceType, { cache, lookup, today: today(systemClock) });
  });
  const storagePrice = sharedByKey((where) =>
    mlStoragePrice(where, {
      cache: storageCache,
      lookup,
      usageTypePrefix: USAGE_TYPE_PREFIX[where],
      today: today(systemClock),
    }),
  );
  return { priceIn: (where) => (instanceType) => shared(`${where} ${instanceType}`), storagePrice };
}
