import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { parseFleetConfig, type FleetConfig } from '../plan/fleet-config.js';
import type { FlagSpec } from '../args.js';

export const CONFIG_FLAG: FlagSpec = { name: 'config', type: 'string', descKey: 'flag.config', valueName: 'FILE' };

/** Reads and checks a fleet file (smnb.config.json or .yaml) before any AWS call. */
export function readFleetConfig(path: string): FleetConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [
      {
        where: path,
        key: 'config.unreadable',
        params: { reason: error instanceof Error ? error.message : String(error) },
      },
    ]);
  }
  return parseFleetConfig(text, path);
}
