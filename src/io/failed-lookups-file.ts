import type { FailedLookups } from '../pricing/failed-lookups.js';
import { CacheJsonFile } from './cache-json-file.js';

/** Price List look-ups that gave no price, with their time (price-lookup-failures.json beside the price caches). */
export class FailedLookupsFile extends CacheJsonFile<{ failedAt: string }> implements FailedLookups {
  constructor(env: NodeJS.ProcessEnv) {
    super(env, 'price-lookup-failures.json');
  }
}
