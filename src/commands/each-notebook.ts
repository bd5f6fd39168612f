import { exitCodeFor } from './exit-codes.js';
import type { ParsedArgs } from '../args.js';

import type { OperationContext } from '../context/operation-context.js';
import { fanOut } from '../operations/fan-out.js';
import type { CommandContext, CommandResult } from './command.js';
import { readFleetConfig } from './fleet-config-file.js';

/** The notebooks of --config, when it is given. */
export async function configNames(args: ParsedArgs): Promise<string[] | undefined> {
  return typeof args.flags.config === 'string'
    ? (await readFleetConfig(args.flags.config)).notebooks.map((n) => n.name)
    : undefined;
}

/**
 * Runs one notebook operation on NAME, or on every notebook of --config, a few at a time (fanOut). With --config one notebook's
 * failure is its own line and never stops the others; a summary closes the run and the exit code is that of the first
 * failure.
 */
export async function eachNotebook<T>(
  ctx: CommandContext,
  args: ParsedArgs,
  operation: string,
  run: (op: OperationContext, name: string | undefined) => Promise<T>,
  format: (result: T) => string,
): Promise<CommandResult> {
  const names = await configNames(args);
  if (!names) {
    const result = await ctx.withOperation(operation, (op) => run(op, args.positionals[0]));
    return { data: result, text: format(result) };
  }
  const rows = (await ctx.withOperation(operation, (op) => fanOut(names, operation, (name) => run(op, name)))).map(
    (r) => ({ name: r.item, result: r.result, error: r.error }),
  );
  const failed = rows.filter((r) => r.error);
  return {
    data: rows.map((r) =>
      r.error ? { notebookName: r.name, error: { key: r.error.key, params: r.error.params } } : r.result,
    ),
    text: [
      ...rows.map((r) =>
        r.error
          ? ctx.t('batch.failedRow', { notebook: r.name, message: ctx.t(r.error.key, r.error.params) })
          : format(r.result as T),
      ),
      '',
      ctx.t('batch.summary', { ok: rows.length - failed.length, failed: failed.length }),
    ].join('\n'),
    exitCode: exitCodeFor.batch(rows.map((r) => r.error)),
  };
}
