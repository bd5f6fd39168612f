import { parse } from 'yaml';
import {
  checkIdleTimeout,
  checkInstanceType,
  checkNotebookName,
  checkVolumeSize,
  type RuleViolation,
} from '../../shared/notebook-rules.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import type { MessageKey } from '../i18n/messages.js';
import { deriveStackName } from './deploy-options.js';

/** One notebook of a fleet; unset values come from `defaults`, then from the template. */
export interface FleetNotebook {
  readonly name: string;
  readonly instanceType?: string;
  readonly volumeSizeInGB?: number;
  readonly idleTimeoutMinutes?: number;
  readonly owner?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface FleetConfig {
  /** Tagged on every stack (smnb:fleet), so list can group them. */
  readonly fleet: string;
  readonly notebooks: readonly (FleetNotebook & { readonly stackName: string })[];
}

const NOTEBOOK_KEYS = ['name', 'instanceType', 'volumeSizeInGB', 'idleTimeoutMinutes', 'owner', 'tags'];
const DEFAULT_KEYS = NOTEBOOK_KEYS.filter((k) => k !== 'name');
const TOP_KEYS = ['fleet', 'defaults', 'notebooks'];

/**
 * Reads smnb.config.json or .yaml and checks all of it before anything is deployed. Every problem is reported, each
 * with the file and the entry it is in.
 */
export function parseFleetConfig(text: string, path: string): FleetConfig {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parse(text) : JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(path, [{ where: path, key: 'config.unreadable', params: { reason } }]);
  }
  const doc = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  unknownKeys(doc, TOP_KEYS, path, problems);
  const defaults = (doc.defaults ?? {}) as Record<string, unknown>;
  unknownKeys(defaults, DEFAULT_KEYS, `${path} defaults`, problems);
  const list = Array.isArray(doc.notebooks) ? (doc.notebooks as Record<string, unknown>[]) : [];
  if (list.length === 0) problems.push({ where: path, key: 'config.noNotebooks', params: {} });
  const seen = new Set<string>();
  const notebooks = list.map((entry, i) => {
    const where = `${path} notebooks[${i}]${typeof entry?.name === 'string' ? ` (${entry.name})` : ''}`;
    unknownKeys(entry ?? {}, NOTEBOOK_KEYS, where, problems);
    const merged = { ...defaults, ...entry } as Record<string, unknown>;
    const name = String(merged.name ?? '');
    if (seen.has(name)) problems.push({ where, key: 'config.duplicate', params: { value: name } });
    seen.add(name);
    check(checkNotebookName(name), where, 'name', name, problems);
    if (merged.instanceType !== undefined)
      check(checkInstanceType(String(merged.instanceType)), where, 'instanceType', merged.instanceType, problems);
    if (merged.volumeSizeInGB !== undefined)
      check(checkVolumeSize(Number(merged.volumeSizeInGB)), where, 'volumeSizeInGB', merged.volumeSizeInGB, problems);
    if (merged.idleTimeoutMinutes !== undefined) {
      check(
        checkIdleTimeout(Number(merged.idleTimeoutMinutes)),
        where,
        'idleTimeoutMinutes',
        merged.idleTimeoutMinutes,
        problems,
      );
    }
    return {
      name,
      stackName: deriveStackName(name),
      instanceType: merged.instanceType as string | undefined,
      volumeSizeInGB: merged.volumeSizeInGB as number | undefined,
      idleTimeoutMinutes: merged.idleTimeoutMinutes as number | undefined,
      owner: merged.owner as string | undefined,
      tags: merged.tags as Record<string, string> | undefined,
    };
  });
  if (problems.length > 0) throw new ConfigError(path, problems);
  const fleet =
    typeof doc.fleet === 'string' && doc.fleet
      ? doc.fleet
      : (path.split('/').pop() ?? path).replace(/\.(json|ya?ml)$/i, '');
  return { fleet, notebooks };
}

function unknownKeys(obj: object, allowed: readonly string[], where: string, problems: ConfigProblem[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      problems.push({ where, key: 'config.unknownKey', params: { value: key, valid: allowed.join(', ') } });
  }
}

/** A rule violation as a problem, worded by the same messages as the command-line checks. */
function check(
  violation: RuleViolation | undefined,
  where: string,
  _field: string,
  value: unknown,
  problems: ConfigProblem[],
): void {
  if (!violation) return;
  const { rule, ...rest } = violation;
  const params: Record<string, string | number> = { value: String(value) };
  for (const [k, v] of Object.entries(rest)) params[k] = Array.isArray(v) ? v.join(', ') : (v as string | number);
  problems.push({ where, key: `error.${rule}` as MessageKey, params });
}
