import { parse } from 'yaml';
import { checkSetting, NOTEBOOK_SETTINGS, type NotebookSetting } from '../../shared/notebook-settings.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { deriveStackName } from './deploy-options.js';
import { ruleMessage } from './rule-message.js';

/** One notebook of a fleet; unset settings come from `defaults`, then from the template. */
export interface FleetNotebook {
  readonly name: string;
  readonly stackName: string;
  /** The notebook settings the file sets, by CloudFormation parameter name (NotebookInstanceName included). */
  readonly settings: Readonly<Record<string, string>>;
  readonly owner?: string;
  readonly tags?: Readonly<Record<string, string>>;
}

export interface FleetConfig {
  /** Tagged on every stack (smnb:fleet), so list can group them. */
  readonly fleet: string;
  readonly notebooks: readonly FleetNotebook[];
}

/** The keys a fleet entry takes: every setting with a fleet key, then the entry's owner and tags. */
export function fleetKeys(settings: readonly NotebookSetting[] = NOTEBOOK_SETTINGS): string[] {
  return [...settings.flatMap((s) => (s.fleetKey ? [s.fleetKey] : [])), 'owner', 'tags'];
}

const TOP_KEYS = ['fleet', 'defaults', 'notebooks'];

/**
 * Reads smnb.config.json or .yaml and checks all of it before anything is deployed. Every problem is reported, each
 * with the file and the entry it is in.
 */
export function parseFleetConfig(
  text: string,
  path: string,
  settings: readonly NotebookSetting[] = NOTEBOOK_SETTINGS,
): FleetConfig {
  const problems: ConfigProblem[] = [];
  let raw: unknown;
  try {
    raw = /\.ya?ml$/i.test(path) ? parse(text) : JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(path, [{ where: path, key: 'config.unreadable', params: { reason } }]);
  }
  const notebookKeys = fleetKeys(settings);
  const doc = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  unknownKeys(doc, TOP_KEYS, path, problems);
  const defaults = (doc.defaults ?? {}) as Record<string, unknown>;
  unknownKeys(
    defaults,
    notebookKeys.filter((k) => k !== 'name'),
    `${path} defaults`,
    problems,
  );
  const list = Array.isArray(doc.notebooks) ? (doc.notebooks as Record<string, unknown>[]) : [];
  if (list.length === 0) problems.push({ where: path, key: 'config.noNotebooks', params: {} });
  const seen = new Set<string>();
  const notebooks = list.map((entry, i): FleetNotebook => {
    const where = `${path} notebooks[${i}]${typeof entry?.name === 'string' ? ` (${entry.name})` : ''}`;
    unknownKeys(entry ?? {}, notebookKeys, where, problems);
    const merged = { ...defaults, ...entry } as Record<string, unknown>;
    const name = String(merged.name ?? '');
    if (seen.has(name)) problems.push({ where, key: 'config.duplicate', params: { value: name } });
    seen.add(name);
    const given: Record<string, string> = {};
    for (const setting of settings) {
      const value = setting.fleetKey === 'name' ? name : setting.fleetKey ? merged[setting.fleetKey] : undefined;
      if (value === undefined) continue;
      const violation = checkSetting(setting, String(value));
      if (violation) problems.push({ where, ...ruleMessage(violation, value) });
      given[setting.parameter] = String(value);
    }
    if (merged.tags !== undefined && !isTagMap(merged.tags))
      problems.push({ where, key: 'config.tags', params: { value: shown(merged.tags) } });
    if (merged.owner !== undefined && (typeof merged.owner !== 'string' || merged.owner.length > 256))
      problems.push({ where, key: 'config.owner', params: { value: shown(merged.owner) } });
    return {
      name,
      stackName: deriveStackName(name),
      settings: given,
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

/** A value as the file has it, cut short. */
const shown = (value: unknown) => {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

/**
 * AWS's tag rules: at most 50 tags, keys of 1 to 128 and values of up to 256 characters from letters, digits, spaces
 * and _ . : / = + - @, no key starting with aws: (Tagging AWS Resources user guide, "Tag naming limits and
 * requirements", read 2026-11-29).
 */
function isTagMap(tags: unknown): tags is Record<string, string> {
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags)) return false;
  const allowed = /^[\p{L}\p{Z}\p{N}_.:/=+\-@]*$/u;
  const entries = Object.entries(tags);
  return (
    entries.length <= 50 &&
    entries.every(
      ([k, v]) =>
        k.length >= 1 &&
        k.length <= 128 &&
        !k.toLowerCase().startsWith('aws:') &&
        allowed.test(k) &&
        typeof v === 'string' &&
        v.length <= 256 &&
        allowed.test(v),
    )
  );
}

function unknownKeys(obj: object, allowed: readonly string[], where: string, problems: ConfigProblem[]): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key))
      problems.push({ where, key: 'config.unknownKey', params: { value: key, valid: allowed.join(', ') } });
  }
}
