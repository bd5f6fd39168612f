import { PreconditionError, stackNotFound } from '../errors.js';
import { operationStart } from '../monitor/operation-start.js';
import { REVIEW_IN_PROGRESS } from '../monitor/stack-status.js';
import { watchStack, type WatchResult } from '../monitor/watch-stack.js';
import type { OperationContext } from '../context/operation-context.js';
import { resolveTarget } from './resolve-target.js';

/** What `watchOperation` uses of the operation context. */
export type WatchContext = Pick<
  OperationContext,
  'clock' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/**
 * Follows what a stack is doing now (`smnb watch`): replays its current operation from the start AWS recorded, then
 * follows it live. It announces the operation first, so the live header counts from when AWS began it, on AWS's
 * clock; a stack at rest is announced from now and settles at once.
 */
export async function watchOperation(ctx: WatchContext, name: string | undefined): Promise<WatchResult> {
  const { stack } = await resolveTarget(ctx, name, false);
  if (!stack) throw stackNotFound(name ?? '', ctx.region);
  // Nothing runs on it: say what to do instead of waiting for an operation that will never come.
  if (stack.status === REVIEW_IN_PROGRESS)
    throw new PreconditionError('error.stackInReview', { stack: stack.name }, 'hint.stackInReview');
  const since = operationStart(await ctx.stacks.newEvents(stack.id), stack.id);
  ctx.io.notify(
    since
      ? { type: 'operation', stackName: stack.name, at: since, clock: 'aws' }
      : { type: 'operation', stackName: stack.name, at: new Date(ctx.clock.now()) },
  );
  return watchStack(ctx, stack.id, since ? { since } : { afterEventId: await ctx.stacks.latestEventId(stack.id) });
}
