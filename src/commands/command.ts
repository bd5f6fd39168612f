import type { ParsedArgs } from '../args.js';
import type { Lang } from '../i18n/lang.js';
import type { Translate } from '../i18n/messages.js';
import type { IoHost } from '../context/io-host.js';
import type { CommandHelp } from '../render/help.js';

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

export interface CommandDefinition extends CommandHelp {
  readonly maxPositionals: number;
  run(ctx: CommandContext, args: ParsedArgs): Promise<CommandResult>;
}
