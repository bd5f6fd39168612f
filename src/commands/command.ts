import type { FlagSpec, ParsedArgs } from '../args.js';
import type { Lang } from '../i18n/lang.js';
import type { MessageKey, Translate } from '../i18n/messages.js';
import type { IoHost } from '../io/io-host.js';

export interface CommandContext {
  readonly lang: Lang;
  readonly t: Translate;
  readonly io: IoHost;
  readonly output: 'table' | 'json';
  readonly color: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** A short command's deadline (deadline.ts): its AWS calls stop after this long without an answer. */
  readonly deadlineMs?: number;
}

/** What a command hands back: data for --output json, text for people, and the exit code. */
export interface CommandResult {
  readonly data: unknown;
  readonly text: string;
  readonly exitCode?: number;
}

export interface CommandDefinition {
  readonly name: string;
  readonly summaryKey: MessageKey;
  /** Positional part of the usage line, e.g. `[NAME]`. */
  readonly usage: string;
  readonly maxPositionals: number;
  readonly examples: readonly string[];
  readonly flags: readonly FlagSpec[];
  run(ctx: CommandContext, args: ParsedArgs): Promise<CommandResult>;
}
