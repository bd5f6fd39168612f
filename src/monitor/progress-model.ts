import type { AppEvent } from '../events.js';
import { groupOf, GROUPS, type ResourceGroup } from '../plan/resource-groups.js';
import { isFailedResourceStatus, isInProgress } from './stack-status.js';

export interface ResourceProgress {
  readonly name: string;
  /** The nested stack holding it (nested layout), by logical ID. */
  readonly nestedStack?: string;
  /** True for a nested stack itself, as its parent reports it. */
  readonly isStack: boolean;
  readonly group: ResourceGroup;
  readonly status: string;
  readonly reason?: string;
  /** When its latest status began. */
  readonly since: number;
}

export interface ProgressState {
  readonly stackName?: string;
  readonly startedAt?: number;
  /** True when `startedAt` is a time on AWS's clock (an operation found in the stack's events). */
  readonly startedOnAwsClock?: boolean;
  readonly expectedSeconds?: number;
  readonly resources: ReadonlyMap<string, ResourceProgress>;
  /**
   * How far AWS's clock reads ahead of this machine's (negative: behind), in ms: the largest "event time minus the
   * time it was seen". An event is seen after it happened, so this never overshoots: timers built on it are never
   * negative and are off by at most one poll, however far the two clocks disagree.
   */
  readonly awsAheadMs?: number;
}

export const emptyProgress = (): ProgressState => ({ resources: new Map() });

/** Folds one event into the progress state (stack-level events only set the operation). */
export function applyEvent(state: ProgressState, event: AppEvent): ProgressState {
  if (event.type === 'operation') {
    // Several stacks (a fleet delete) share one view: their names join, the first start counts.
    const names = new Set([...(state.stackName ? state.stackName.split(', ') : []), event.stackName]);
    return {
      ...state,
      stackName: [...names].join(', '),
      startedAt: state.startedAt ?? event.at.getTime(),
      startedOnAwsClock: state.startedAt === undefined ? event.clock === 'aws' : state.startedOnAwsClock,
      expectedSeconds: event.expectedSeconds ?? state.expectedSeconds,
    };
  }
  if (event.type !== 'resource') return state;
  // The root stack's own events say where the operation is, not a resource's progress.
  if (!event.nestedStack && event.logicalId === event.stackName) return state;
  const name = (event.nestedStack ? `${event.nestedStack}/` : '') + event.logicalId;
  const key = `${event.stackName ?? ''}/${name}`;
  const resources = new Map(state.resources);
  resources.set(key, {
    name,
    group: groupOf(event.logicalId, event.resourceType),
    nestedStack: event.nestedStack,
    isStack: event.resourceType === 'AWS::CloudFormation::Stack',
    status: event.status,
    reason: event.reason,
    since: event.at.getTime(),
  });
  return { ...state, resources };
}

/** Folds an event in as seen at `seenAt` on this machine's clock, learning from it how AWS's clock stands. */
export function applySeenEvent(state: ProgressState, event: AppEvent, seenAt: number): ProgressState {
  const next = applyEvent(state, event);
  if (event.type !== 'resource') return next;
  const ahead = event.at.getTime() - seenAt;
  return { ...next, awsAheadMs: Math.max(state.awsAheadMs ?? -Infinity, ahead) };
}

/** Now on AWS's clock, as well as the events seen so far tell (this machine's clock before any was seen). */
export const awsNow = (state: ProgressState, localNow: number): number => localNow + (state.awsAheadMs ?? 0);

export interface GroupSummary {
  /** A step of the guide, or (nested layout) a nested stack with its resources. */
  readonly line:
    { readonly kind: 'group'; readonly group: ResourceGroup } | { readonly kind: 'stack'; readonly name: string };
  readonly done: number;
  readonly total: number;
  readonly active: readonly ResourceProgress[];
  readonly failed: boolean;
}

function summary(line: GroupSummary['line'], members: readonly ResourceProgress[]): GroupSummary {
  return {
    line,
    total: members.length,
    done: members.filter((r) => !isInProgress(r.status) && !isFailedResourceStatus(r.status)).length,
    active: members.filter((r) => isInProgress(r.status)),
    failed: members.some((r) => isFailedResourceStatus(r.status)),
  };
}

/**
 * One line per step of the guide: how many resources are done, which are in progress, whether one failed. In the
 * nested layout, one line per nested stack instead, each with its own resources (the stack counts as one of them).
 */
export function summarise(state: ProgressState): GroupSummary[] {
  const all = [...state.resources.values()];
  const stacks = all.filter((r) => r.isStack && !r.nestedStack).map((r) => r.name);
  if (stacks.length > 0) {
    return stacks.map((name) =>
      summary(
        { kind: 'stack', name },
        all.filter((r) => r.name === name || r.nestedStack === name),
      ),
    );
  }
  return GROUPS.map((group) =>
    summary(
      { kind: 'group', group },
      all.filter((r) => r.group === group),
    ),
  ).filter((g) => g.total > 0);
}

export function failures(state: ProgressState): ResourceProgress[] {
  return [...state.resources.values()].filter((r) => isFailedResourceStatus(r.status) && r.reason);
}
