import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import type { FleetConfig } from '../plan/fleet-config.js';
import type { FlagSpec } from '../args.js';

export const CONFIG_FLAG: FlagSpec = { name: 'config', type: 'string', descKey: 'flag.config', valueName: 'FILE' };

/**
 * Reads and checks a fleet file (smnb.config.json or .yaml) before any AWS call. The YAML parser loads only here, so
 * commands that never see a fleet file start without it.
 */
export async function readFleetConfig(path: string): Promise<FleetConfig> {
  const { parseFleetConfig } = await import('../plan/fleet-config.js');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // A folder given where a file belongs: Node's own words (EISDIR) tell a beginner nothing.
    if ((error as NodeJS.ErrnoException).code === 'EISDIR')
      throw new ConfigError(path, [{ where: path, key: 'config.isDirectory', params: { path } }]);
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
