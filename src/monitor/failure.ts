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

/** A failure reason smnb recognises: how it looks in CloudFormation's events, and what to tell the user. */
export interface KnownCause {
  readonly pattern: RegExp;
  readonly key: MessageKey;
  /** A reason as CloudFormation reports it (shortened), for the troubleshooting guide and its test. */
  readonly example: string;
}

/** Known causes (the project's reference notes on failures users hit), most specific first. */
export const KNOWN_CAUSES: readonly KnownCause[] = [
  {
    pattern: /ResourceLimitExceeded|account-level service limit|quota/i,
    key: 'cause.quota',
    example:
      "ResourceLimitExceeded: The account-level service limit 'ml.t3.medium for notebook instance usage' is 0 Instances",
  },
  { pattern: /Insufficient .*capacity/i, key: 'cause.capacity', example: 'Insufficient notebook instance capacity' },
  {
    pattern: /not (supported|available) in (the )?(requested )?Availability Zone|is not offered in/i,
    key: 'cause.zone',
    example: 'The instance type ml.t3.medium is not available in the requested Availability Zone',
  },
  {
    pattern: /Could not assume role|allows principal 'sagemaker\.amazonaws\.com'/i,
    key: 'cause.assumeRole',
    example: "Could not assume role ...: ensure the trust policy allows principal 'sagemaker.amazonaws.com'",
  },
  {
    pattern: /not authorized to perform|AccessDenied/i,
    key: 'cause.permissions',
    example: 'User: arn:aws:iam::123456789012:user/learner is not authorized to perform: iam:PassRole',
  },
  { pattern: /already exists/i, key: 'cause.exists', example: 'my-first-sagemaker-notebook already exists' },
  {
    pattern: /lifecycle config|LifecycleConfigOnStart/i,
    key: 'cause.lifecycle',
    example: 'Notebook Instance Lifecycle Config ... for Notebook Instance ... took longer than 5 minutes',
  },
  {
    pattern: /bucket.* not empty|BucketNotEmpty/i,
    key: 'cause.bucketNotEmpty',
    example: 'The bucket you tried to delete is not empty',
  },
];

export function knownCause(reason: string): MessageKey | undefined {
  return KNOWN_CAUSES.find((c) => c.pattern.test(reason))?.key;
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
