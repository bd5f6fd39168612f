import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { StoragePriceCache } from '../pricing/volume-price.js';

/** ML storage prices asked from AWS, with their date, beside the hourly price cache (XDG_CACHE_HOME or ~/.cache). */
export class StoragePriceCacheFile implements StoragePriceCache {
  private readonly path: string;
  private data: Record<string, { usdPerGbMonth: number; asOf: string }>;

  constructor(env: NodeJS.ProcessEnv) {
    this.path = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'smnb', 'storage-prices.json');
    try {
      this.data = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      this.data = {};
    }
  }

  get(key: string) {
    return this.data[key];
  }

  set(key: string, value: { usdPerGbMonth: number; asOf: string }): void {
    this.data[key] = value;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(this.data, null, 2));
    } catch {
      // A read-only home only costs a later look-up.
    }
  }
}
