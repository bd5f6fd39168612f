import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';

/** Reads an aws-cli parameter file: [{ "ParameterKey": "...", "ParameterValue": "..." }]. */
export function readParameterFile(path: string): Record<string, string> {
  try {
    const list = JSON.parse(readFileSync(path, 'utf8')) as { ParameterKey: string; ParameterValue: string }[];
    return Object.fromEntries(list.map((p) => [p.ParameterKey, String(p.ParameterValue)]));
  } catch (error) {
    throw new UsageError('error.parametersFile', {
      path,
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
