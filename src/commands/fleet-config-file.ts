import { readFileSync } from 'node:fs';
import { jsonSyntaxError } from '../plan/json-syntax.js';
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
    // A folder given where a file belongs, or no file at all: Node's own words (EISDIR, ENOENT) tell a beginner nothing.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') throw new ConfigError(path, [{ where: path, key: 'config.isDirectory', params: { path } }]);
    if (code === 'ENOENT' || code === 'ENOTDIR')
      throw new ConfigError(path, [{ where: path, key: 'config.missing', params: { path } }]);
    throw new ConfigError(path, [
      {
        where: path,
        key: 'config.unreadable',
        params: { reason: error instanceof Error ? error.message : String(error) },
      },
    ]);
  }
  await syntaxCheck(text, path);
  return parseFleetConfig(text, path);
}

/** A file that does not parse is named with the line and column where it goes wrong, not the parser's message. */
async function syntaxCheck(text: string, path: string): Promise<void> {
  const yaml = /\.ya?ml$/i.test(path);
  const at = yaml ? (await import('../plan/yaml-syntax.js')).yamlSyntaxError(text) : jsonSyntaxError(text);
  if (!at) return;
  const format = yaml ? 'YAML' : 'JSON';
  throw new ConfigError(path, [
    at.end
      ? { where: path, key: 'config.syntaxEnd', params: { format } }
      : { where: path, key: 'config.syntax', params: { format, line: at.line, column: at.column } },
  ]);
}
