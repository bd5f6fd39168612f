import type { HintMemory } from '../operations/budget/budget-hint.js';
import { CacheJsonFile } from './cache-json-file.js';

/**
 * Which one-time hints were shown, and on which day (hints.json beside the price cache), so that "shown once" holds
 * across runs.
 */
export class HintMemoryFile implements HintMemory {
  private readonly file: CacheJsonFile<string>;

  constructor(
    env: NodeJS.ProcessEnv,
    private readonly today: string,
  ) {
    this.file = new CacheJsonFile(env, 'hints.json');
  }

  seen(key: string): boolean {
    return this.file.has(key);
  }

  remember(key: string): void {
    this.file.set(key, this.today);
  }
}
