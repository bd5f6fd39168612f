import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import type { HintMemory } from '../operations/budget-hint.js';

/**
 * Which one-time hints were shown, in the user's cache folder beside the price cache (XDG_CACHE_HOME or ~/.cache),
 * so that "shown once" holds across runs.
 */
export class HintMemoryFile implements HintMemory {
  private readonly path: string;
  private data: Record<string, string>;

  constructor(
    env: NodeJS.ProcessEnv,
    private readonly today: string,
  ) {
    this.path = join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'smnb', 'hints.json');
    try {
      this.data = JSON.parse(readFileSync(this.path, 'utf8'));
    } catch {
      this.data = {};
    }
  }

  seen(key: string): boolean {
    return key in this.data;
  }

  remember(key: string): void {
    this.data[key] = this.today;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(this.path, JSON.stringify(this.data, null, 2));
    } catch {
      // A read-only home only means the hint may show again.
    }
  }
}
