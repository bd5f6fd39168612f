import type { StackSummary } from '../aws/stack-api.js';
import type { StackEvent } from '../aws/stack-api.js';
import type { OperationContext } from '../context/operation-context.js';
import { typicalSeconds } from '../plan/durations.js';
import { StackEventPoller, type OperationBegin } from './event-poller.js';
import { explainFailure, type FailureExplanation } from './failure.js';
import { isInProgress, isTerminal } from './stack-status.js';

export const HEARTBEAT_MS = 30_000;
/**
 * The stack itself is described every this many polls, and whenever its own events show it settled: its events
 * already carry its status, so a DescribeStacks every poll would only double the calls (37.5 a minute, not 60).
 */
const DESCRIBE_EVERY = 4;
const THROTTLE_BACKOFF_MS = [1000, 2000, 4000, 8000, 16000];

/**
 * The most API calls watching makes in a minute, at the default 2 s poll interval: 40 (the events of each followed
 * stack, plus the stack itself every DESCRIBE_EVERY polls). A deploy with nested stacks follows several stacks per
 * poll, so a poll that made more calls than its share waits longer before the next: 0.75 poll intervals per call
 * (1.5 s at 2 s), never less than one interval. Scaled to the interval, so tests with a short interval stay short.
 */
export const CALLS_PER_MINUTE = 40;
const DEFAULT_POLL_INTERVAL_MS = 2000;

/** The pause after a poll that made `calls` calls. */
export function pauseAfter(calls: number, pollIntervalMs: number): number {
  const perCall = (pollIntervalMs * 60_000) / (CALLS_PER_MINUTE * DEFAULT_POLL_INTERVAL_MS);
  return Math.max(pollIntervalMs, Math.ceil(calls * perCall));
}

export interface WatchResult {
  /** The stack as it settled; for a finished delete its status is DELETE_COMPLETE. */
  readonly stack?: StackSummary;
  readonly events: readonly StackEvent[];
  readonly failure?: FailureExplanation;
  readonly elapsedSeconds: number;
}

function isThrottle(error: unknown): boolean {
  return error instanceof Error && /Throttl|TooManyRequests|RequestLimitExceeded/.test(error.name);
}

/** What `watchStack` uses of the operation context. */
export type WatchStackContext = Pick<OperationContext, 'clock' | 'io' | 'pollIntervalMs' | 'stacks'>;

/**
 * Follows one stack operation to its end: polls events (nested stacks too) and status, emits each event, a heartbeat
 * every 30 s naming what is still in progress, and polls once more after the stack settles so no failure reason is
 * lost. Throttling only slows the loop down; a throttled last poll never turns a success into a failure.
 */
export async function watchStack(ctx: WatchStackContext, stackId: string, begin: OperationBegin): Promise<WatchResult> {
  const poller = new StackEventPoller(ctx.stacks, stackId, begin);
  // Stack IDs are ARNs: arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/UUID.
  const rootName = stackId.split('/')[1] ?? stackId;
  const events: StackEvent[] = [];
  const active = new Map<string, StackEvent>();
  const started = ctx.clock.now();
  let lastHeartbeat = started;
  let throttled = 0;

  const take = (fresh: StackEvent[]) => {
    for (const e of fresh) {
      events.push(e);
      const key = `${e.stackId}/${e.logicalId}`;
      if (isInProgress(e.status) && e.physicalId !== e.stackId) active.set(key, e);
      else active.delete(key);
      ctx.io.notify({
        type: 'resource',
        stackName: rootName,
        nestedStack: e.stackId === stackId ? undefined : poller.nestedName(e.stackId),
        logicalId: e.logicalId,
        resourceType: e.resourceType,
        status: e.status,
        reason: e.reason,
        at: e.timestamp,
      });
    }
  };

  let stack: StackSummary | undefined;
  let everDescribed = false;
  for (let cycle = 0; ; cycle++) {
    let justDescribed = false;
    // One DescribeStackEvents per followed stack (a long page of news takes more, rarely).
    let calls = poller.stacksFollowed;
    try {
      const polled = await poller.poll();
      take(polled);
      const settled = polled.some((e) => e.stackId === stackId && e.physicalId === stackId && isTerminal(e.status));
      if (settled || !everDescribed || cycle % DESCRIBE_EVERY === 0) {
        calls++;
        stack = await ctx.stacks.describeStack(stackId);
        everDescribed = justDescribed = true;
      }
      throttled = 0;
    } catch (error) {
      if (!isThrottle(error)) throw error;
      await ctx.clock.sleep(THROTTLE_BACKOFF_MS[Math.min(throttled++, THROTTLE_BACKOFF_MS.length - 1)]!);
      continue;
    }
    // Gone (a finished delete) or settled, as the stack itself was just described.
    if (justDescribed && (!stack || isTerminal(stack.status))) break;
    const now = ctx.clock.now();
    if (now - lastHeartbeat >= HEARTBEAT_MS && active.size > 0) {
      lastHeartbeat = now;
      ctx.io.notify({
        type: 'heartbeat',
        elapsedSeconds: Math.round((now - started) / 1000),
        waitingFor: [...active.values()].map((e) => ({
          logicalId: e.logicalId,
          typicalSeconds: typicalSeconds(e.resourceType),
        })),
      });
    }
    await ctx.clock.sleep(pauseAfter(calls, ctx.pollIntervalMs));
  }
  try {
    take(await poller.poll());
  } catch (error) {
    if (!isThrottle(error)) throw error;
  }
  return {
    stack,
    events,
    failure: explainFailure(events, stackId, (id) => poller.nestedName(id)),
    elapsedSeconds: Math.round((ctx.clock.now() - started) / 1000),
  };
}
