import type { ParsedArgs } from '../args.js';
import type { Lang } from '../i18n/lang.js';
import type { Translate } from '../i18n/messages.js';
import type { IoHost } from '../context/io-host.js';
import type { CommandHelp } from '../render/help.js';
import type { OperationContext } from '../context/operation-context.js';
import type { ClassContext } from '../operations/class/class-context.js';
import type { CostPriceSources } from '../operations/cost.js';

/**
 * How a command gets what its operations use. The entry point hands every command the composition root's
 * (src/composition/root.ts); a test can hand a command fakes instead.
 */
export interface OperationAccess {
  /** Builds the operation context, runs `run` in it, and turns any AWS failure into one of our errors. */
  withOperation<T>(operation: string, run: (op: OperationContext) => Promise<T>): Promise<T>;
  /** The same for smnb class: StackSets in the administrator account and each member account's reads. */
  withClassOperation<T>(operation: string, run: (cls: ClassContext) => Promise<T>): Promise<T>;
  /** smnb cost's prices: the dated caches, and the Price List only with --live. */
  costPriceSources(request: { readonly region: string; readonly live: boolean }): Promise<CostPriceSources>;
}

export interface CommandContext extends OperationAccess {
  readonly lang: Lang;
  readonly t: Translate;
  readonly io: IoHost;
  readonly output: 'table' | 'json';
  readonly color: boolean;
  readonly env: NodeJS.ProcessEnv;
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
