import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PriceCache } from '../pricing/hourly-price.js';

/** Prices asked from AWS, with the date they were asked, in the user's cache folder (XDG_CACHE_HOME or ~/.cache). */
export class PriceCacheFile implements PriceCache {
  private readonly path: string;
  private data: Record<string, { usdPerHour: number; asOf: string }>;

  constructor(env: NodeJS.ProcessEnv) {
    this.path = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'smnb', 'prices.json');
    try {
      this.data = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      this.data = {};
    }
  }

  get(key: string) {
    return this.data[key];
  }

  set(key: string, value: { usdPerHour: number; asOf: string }): void {
    this.data[key] = value;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(this.data, null, 2));
    } catch {
      // A read-only home only costs a later look-up.
    }
  }
}
