import type { NotebookInfo } from '../aws/notebook-api.js';
import { AppError, notebookNotFound } from '../errors.js';
import type { OperationContext } from '../context/operation-context.js';

const WAIT_LIMIT_MS = 20 * 60_000;

/** What `waitForStatus` uses of the operation context. */
export type WaitForStatusContext = Pick<OperationContext, 'clock' | 'notebooks' | 'pollIntervalMs'>;

/** Polls a notebook until `done` holds for its status (20 minutes at most). */
export async function waitForStatus(
  ctx: WaitForStatusContext,
  name: string,
  done: (status: string) => boolean,
): Promise<NotebookInfo> {
  const started = ctx.clock.now();
  for (;;) {
    const info = await ctx.notebooks.describe(name);
    if (!info) throw notebookNotFound(name);
    if (done(info.status)) return info;
    if (ctx.clock.now() - started > WAIT_LIMIT_MS)
      throw new AppError('error.waitTimeout', { notebook: name, status: info.status });
    await ctx.clock.sleep(Math.max(ctx.pollIntervalMs * 5, 0));
  }
}
