import { message } from '../../events.js';
import type { OperationResult } from '../../aws/class/stack-set-api.js';
import type { ClassContext } from './class-context.js';

/** Statuses an operation is still moving in (StackSetOperation Status: RUNNING, QUEUED, STOPPING). */
const MOVING = new Set(['RUNNING', 'QUEUED', 'STOPPING']);

/** What `waitForOperation` uses of the class context. */
export type WaitForOperationContext = Pick<ClassContext, 'clock' | 'io' | 'pollIntervalMs' | 'stackSets'>;

/**
 * Follows one StackSet operation until it ends, telling the user each account's result as it changes, and returns
 * the final per-account results (read once more after the end, so no late result is lost).
 */
export async function waitForOperation(
  ctx: WaitForOperationContext,
  stackSet: string,
  operationId: string,
  names: ReadonlyMap<string, string>,
): Promise<{ status: string; results: OperationResult[] }> {
  const seen = new Map<string, string>();
  for (;;) {
    const status = await ctx.stackSets.operationStatus(stackSet, operationId);
    const results = await ctx.stackSets.operationResults(stackSet, operationId);
    for (const r of results) {
      const key = `${r.account}/${r.region}`;
      if (seen.get(key) === r.status) continue;
      seen.set(key, r.status);
      ctx.io.notify(
        message(
          'class.progress',
          { stackSet, account: r.account, member: names.get(r.account) ?? '-', region: r.region, status: r.status },
          r.status === 'FAILED' ? 'warn' : 'info',
        ),
      );
    }
    if (!MOVING.has(status)) return { status, results };
    await ctx.clock.sleep(ctx.pollIntervalMs);
  }
}
