import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * One JSON file of smnb's in the user's cache folder (XDG_CACHE_HOME or ~/.cache, then smnb/): read once, written on
 * every change. A missing or broken file reads as empty, and a file that cannot be written is no error: what it
 * remembers (a price, a hint shown) only saves a later look-up or a repeated line.
 */
export class CacheJsonFile<T> {
  private readonly path: string;
  private readonly data: Record<string, T>;

  constructor(env: NodeJS.ProcessEnv, fileName: string) {
    this.path = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'smnb', fileName);
    let data: Record<string, T> = {};
    try {
      data = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, T>;
    } catch {
      // none yet, or unreadable: start empty
    }
    this.data = data;
  }

  get(key: string): T | undefined {
    return this.data[key];
  }

  has(key: string): boolean {
    return key in this.data;
  }

  set(key: string, value: T): void {
    this.data[key] = value;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(this.data, null, 2));
    } catch {
      // a read-only home: see above
    }
  }
}
