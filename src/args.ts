import { UsageError } from './errors.js';
import type { MessageKey } from './i18n/messages.js';

export interface FlagSpec {
  readonly name: string;
  readonly type: 'string' | 'number' | 'boolean' | 'list';
  readonly descKey: MessageKey;
  /** For strings: the only values accepted. */
  readonly values?: readonly string[];
  /** Shown as the value's name in help, e.g. NAME. */
  readonly valueName?: string;
  /** Shown in help after the description. */
  readonly default?: string | number;
}

export type FlagValue = string | number | boolean | string[];

export interface ParsedArgs {
  readonly flags: Readonly<Record<string, FlagValue | undefined>>;
  readonly positionals: readonly string[];
}

/** Flags every command takes. */
export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'output', type: 'string', values: ['table', 'json'], descKey: 'flag.output', valueName: 'FORMAT' },
  { name: 'lang', type: 'string', values: ['ja', 'en'], descKey: 'flag.lang', valueName: 'LANG' },
  { name: 'no-color', type: 'boolean', descKey: 'flag.noColor' },
  { name: 'debug', type: 'boolean', descKey: 'flag.debug' },
  { name: 'help', type: 'boolean', descKey: 'flag.help' },
];

/**
 * Parses `--flag value`, `--flag=value`, booleans and repeatable list flags; everything else is positional.
 * Unknown flags and bad values are usage errors that name the flag and what is valid.
 */
export function parseArgs(command: string, argv: readonly string[], specs: readonly FlagSpec[]): ParsedArgs {
  const all = [...specs, ...GLOBAL_FLAGS];
  const flags: Record<string, FlagValue | undefined> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg === '-h') flags.help = true;
      else positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = all.find((s) => s.name === name);
    if (!spec) {
      throw new UsageError('error.unknownFlag', {
        flag: `--${name}`,
        command,
        valid: all.map((s) => `--${s.name}`).join(', '),
      });
    }
    if (spec.type === 'boolean') {
      if (flags[spec.name] !== undefined) throw new UsageError('error.flagRepeated', { flag: `--${spec.name}` });
      flags[spec.name] = eq === -1 ? true : arg.slice(eq + 1) !== 'false';
      continue;
    }
    let value: string | undefined = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (value === undefined || (eq === -1 && value.startsWith('--'))) {
      throw new UsageError('error.flagNeedsValue', { flag: `--${spec.name}` });
    }
    if (spec.type !== 'list' && flags[spec.name] !== undefined)
      throw new UsageError('error.flagRepeated', { flag: `--${spec.name}` });
    flags[spec.name] = coerce(spec, value, flags[spec.name]);
    value = undefined;
  }
  return { flags, positionals };
}

function coerce(spec: FlagSpec, value: string, previous: FlagValue | undefined): FlagValue {
  switch (spec.type) {
    case 'number': {
      if (!/^-?\d+$/.test(value.trim())) throw new UsageError('error.flagNumber', { flag: `--${spec.name}`, value });
      return Number(value);
    }
    case 'list':
      return [...((previous as string[] | undefined) ?? []), value];
    default:
      if (spec.values && !spec.values.includes(value)) {
        throw new UsageError('error.flagValue', { flag: `--${spec.name}`, value, valid: spec.values.join(', ') });
      }
      return value;
  }
}
