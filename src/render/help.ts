import { GLOBAL_FLAGS, type FlagSpec } from '../args.js';
import { EXIT } from '../errors.js';
import type { MessageKey, Translate } from '../i18n/messages.js';
import { padEnd } from '../plan/text-width.js';

function flagLines(flags: readonly FlagSpec[], t: Translate): string[] {
  const label = (f: FlagSpec) =>
    `--${f.name}${f.type === 'boolean' ? '' : ` ${f.valueName ?? (f.values ? f.values.join('|') : 'VALUE')}`}`;
  const width = Math.max(...flags.map((f) => label(f).length)) + 2;
  const text = (f: FlagSpec) =>
    f.default === undefined || f.default === ''
      ? t(f.descKey)
      : `${t(f.descKey)} ${t('cli.default', { value: f.default })}`;
  return flags.map((f) => `  ${padEnd(label(f), width)}${text(f)}`);
}

function exitCodeLines(t: Translate): string[] {
  return Object.values(EXIT).map((code) => `  ${padEnd(String(code), 5)}${t(`cli.exit.${code}` as MessageKey)}`);
}

/** A learner's first day, in order: what will be made, make it, see it, stop it, and what still bills. */
const MAIN_EXAMPLES = [
  'smnb plan',
  'smnb deploy',
  'smnb open',
  'smnb stop',
  'smnb list --all-regions',
  'smnb deploy --help',
] as const;

/** `smnb --help`: every command with its summary, the common options, examples and the exit codes. */
export function formatMainHelp(commands: Record<string, { summaryKey: MessageKey }>, t: Translate): string {
  const names = Object.keys(commands);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [
    t('cli.usage'),
    '',
    `${t('cli.commands')}:`,
    ...names.map((n) => `  ${padEnd(n, width)}${t(commands[n]!.summaryKey)}`),
    '',
    `${t('cli.globalOptions')}:`,
    ...flagLines(GLOBAL_FLAGS, t),
    '',
    `${t('cli.examples')}:`,
    ...MAIN_EXAMPLES.map((e) => `  ${e}`),
    '',
    `${t('cli.exitCodes')}:`,
    ...exitCodeLines(t),
    '',
    t('cli.moreHelp'),
  ].join('\n');
}

/** What a command's help shows: the part of its definition that describes it (see CommandDefinition). */
export interface CommandHelp {
  readonly name: string;
  readonly summaryKey: MessageKey;
  /** Positional part of the usage line, e.g. `[NAME]`. */
  readonly usage: string;
  readonly examples: readonly string[];
  readonly flags: readonly FlagSpec[];
}

/** `smnb <command> --help`: usage, options, examples and exit codes. */
export function formatCommandHelp(command: CommandHelp, t: Translate): string {
  return [
    `smnb ${command.name}${command.usage ? ` ${command.usage}` : ''} ${t('cli.options')}`,
    '',
    t(command.summaryKey),
    '',
    ...flagLines([...command.flags, ...GLOBAL_FLAGS], t),
    '',
    `${t('cli.examples')}:`,
    ...command.examples.map((e) => `  ${e}`),
    '',
    `${t('cli.exitCodes')}:`,
    ...exitCodeLines(t),
  ].join('\n');
}
