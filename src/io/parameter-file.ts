import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/** Reads an aws-cli parameter file: [{ "ParameterKey": "...", "ParameterValue": "..." }]. */
export function readParameterFile(path: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // Said plainly, naming the file, rather than with Node's "ENOENT: no such file or directory, open …".
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? 'error.parametersFileMissing' : 'error.parametersFileUnreadable', {
      path,
    });
  }
  let list: unknown;
  try {
    list = JSON.parse(text);
  } catch {
    list = undefined;
  }
  const isEntry = (p: unknown): p is { ParameterKey: string; ParameterValue: unknown } =>
    typeof p === 'object' && p !== null && typeof (p as { ParameterKey?: unknown }).ParameterKey === 'string';
  if (!Array.isArray(list) || !list.every(isEntry)) throw new UsageError('error.parametersFileShape', { path });
  return Object.fromEntries(list.map((p) => [p.ParameterKey, String(p.ParameterValue)]));
}
