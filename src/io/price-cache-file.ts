import type { PriceCache } from '../pricing/hourly-price.js';
import { CacheJsonFile } from './cache-json-file.js';

/** Hourly prices asked from AWS, with the date they were asked (prices.json in the user's cache folder). */
export class PriceCacheFile extends CacheJsonFile<{ usdPerHour: number; asOf: string }> implements PriceCache {
  constructor(env: NodeJS.ProcessEnv) {
    super(env, 'prices.json');
  }
}
