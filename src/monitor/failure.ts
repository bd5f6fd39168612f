import type { StackEvent } from '../aws/stack-api.js';
import type { MessageKey } from '../i18n/messages.js';
import { isFailedResourceStatus } from './stack-status.js';

export interface FailureExplanation {
  readonly logicalId: string;
  readonly resourceType: string;
  /** Logical ID of the nested stack that holds the resource, when it is not the root stack. */
  readonly nestedStack?: string;
  readonly reason: string;
  /** A plain-language explanation of a known cause, if we recognise it. */
  readonly causeKey?: MessageKey;
}

/** Reasons that only echo a failure elsewhere; the real cause is in another event. */
const ECHOES = [
  /Resource creation cancelled/i,
  /Embedded stack .* was not successfully/i,
  /The following resource\(s\) failed/i,
  /Resource update cancelled/i,
];

/** Known causes (the project's reference notes on failures users hit), most specific first. */
const KNOWN_CAUSES: readonly [RegExp, MessageKey][] = [
  [/ResourceLimitExceeded|account-level service limit|quota/i, 'cause.quota'],
  [/Insufficient .*capacity/i, 'cause.capacity'],
  [/not (supported|available) in (the )?(requested )?Availability Zone|is not offered in/i, 'cause.zone'],
  [/Could not assume role|allows principal 'sagemaker\.amazonaws\.com'/i, 'cause.assumeRole'],
  [/not authorized to perform|AccessDenied/i, 'cause.permissions'],
  [/already exists/i, 'cause.exists'],
  [/lifecycle config|LifecycleConfigOnStart/i, 'cause.lifecycle'],
  [/bucket.* not empty|BucketNotEmpty/i, 'cause.bucketNotEmpty'],
];

export function knownCause(reason: string): MessageKey | undefined {
  return KNOWN_CAUSES.find(([pattern]) => pattern.test(reason))?.[1];
}

/**
 * The failure to show first: the earliest real failure (not an echo), preferring the deepest nested stack,
 * because that is where the cause is.
 */
export function explainFailure(
  events: readonly StackEvent[],
  rootStackId: string,
  nestedName: (stackId: string) => string | undefined,
): FailureExplanation | undefined {
  const failures = events.filter(
    (e) =>
      isFailedResourceStatus(e.status) &&
      e.reason &&
      !ECHOES.some((p) => p.test(e.reason!)) &&
      e.physicalId !== e.stackId,
  );
  const candidates =
    failures.length > 0 ? failures : events.filter((e) => isFailedResourceStatus(e.status) && e.reason);
  const pick = [...candidates].sort(
    (a, b) =>
      Number(b.stackId !== rootStackId) - Number(a.stackId !== rootStackId) ||
      a.timestamp.getTime() - b.timestamp.getTime(),
  )[0];
  if (!pick) return undefined;
  return {
    logicalId: pick.logicalId,
    resourceType: pick.resourceType,
    nestedStack: pick.stackId === rootStackId ? undefined : nestedName(pick.stackId),
    reason: pick.reason!,
    causeKey: knownCause(pick.reason!),
  };
}
