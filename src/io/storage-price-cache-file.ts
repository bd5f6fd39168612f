import type { StoragePriceCache } from '../pricing/volume-price.js';
import { CacheJsonFile } from './cache-json-file.js';

/** ML storage prices asked from AWS, with their date (storage-prices.json beside the hourly price cache). */
export class StoragePriceCacheFile
  extends CacheJsonFile<{ usdPerGbMonth: number; asOf: string }>
  implements StoragePriceCache
{
  constructor(env: NodeJS.ProcessEnv) {
    super(env, 'storage-prices.json');
  }
}
