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

/**
 * A failure reason smnb recognises: the error codes that name it (matched first), the wording to fall back on where
 * AWS gives no code, and what to tell the user.
 */
export interface KnownCause {
  /** Error codes, as they appear in a reason: "Code: …", "(Code) when calling", "Error Code: Code", "HandlerErrorCode: Code". */
  readonly codes: readonly (string | RegExp)[];
  /** Wording to match only where AWS gives no code; each pattern's source is cited next to it. */
  readonly text?: RegExp;
  readonly key: MessageKey;
  /** A reason as CloudFormation or SageMaker reports it (shortened), for the troubleshooting guide and its test. */
  readonly example: string;
}

/**
 * The error codes a reason carries. CloudFormation's resource handlers end their reasons with
 * "HandlerErrorCode: <code>" (CloudFormation CLI user guide, "Resource type handler error codes", read 2026-12-01);
 * the service's own code appears as "Code: message", "(Code) when calling …" or "Error Code: Code" (the SDKs'
 * error formats).
 */
export function errorCodesIn(reason: string): string[] {
  const codes = new Set<string>();
  const patterns = [
    /^\s*([A-Z][A-Za-z]+)\s*:/,
    /\(([A-Z][A-Za-z]+)\) when calling/g,
    /Error Code:\s*([A-Z][A-Za-z]+)/g,
    /HandlerErrorCode:\s*([A-Z][A-Za-z]+)/g,
  ];
  for (const p of patterns) {
    for (const m of reason.matchAll(p.global ? p : new RegExp(p.source, 'g'))) codes.add(m[1]!);
  }
  return [...codes];
}

/**
 * Known causes, most specific first (the project's reference notes on failures users hit, each checked against the
 * source named beside it).
 */
export const KNOWN_CAUSES: readonly KnownCause[] = [
  {
    // A Free-plan account, or a service not enabled for it: OptInRequired ("The AWS access key ID needs a
    // subscription for the service", Common Errors of every AWS API reference, read 2026-12-01) and
    // SubscriptionRequiredException, the same refusal as some services name it.
    codes: ['SubscriptionRequiredException', 'OptInRequired'],
    key: 'cause.accountPlan',
    example: 'SubscriptionRequiredException: The AWS Access Key Id needs a subscription for the service',
  },
  {
    // ResourceLimitExceeded: CreateNotebookInstance API reference, Errors; ServiceLimitExceeded: handler error codes.
    codes: ['ResourceLimitExceeded', 'ServiceLimitExceeded'],
    // Service Quotas' wording of a notebook quota, for reasons relayed without their code.
    text: /account-level service limit/i,
    key: 'cause.quota',
    example:
      "ResourceLimitExceeded: The account-level service limit 'ml.t3.medium for notebook instance usage' is 0 Instances",
  },
  {
    // InsufficientInstanceCapacity (EC2 error codes) and SageMaker's InsufficientCapacityError share the prefix;
    // CapacityError is SageMaker's FailureReason code for "Unable to provision requested ML compute capacity".
    codes: [/^InsufficientCapacity/, /^InsufficientInstanceCapacity/, 'CapacityError'],
    // SageMaker states capacity shortages for notebooks in words only (FailureReason of DescribeNotebookInstance):
    // "Insufficient notebook instance capacity", "… is temporarily unavailable …".
    text: /Insufficient .*capacity|Unable to provision requested ML compute capacity|is temporarily unavailable/i,
    key: 'cause.capacity',
    example:
      'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
  },
  {
    codes: [],
    // No code names it (it arrives as ValidationException / InvalidRequest); SageMaker's words:
    // "… is not supported in your requested Availability Zone", and the older "not available in the requested …".
    text: /not (supported|available) in (your |the )?(requested )?Availability Zone|is not offered in/i,
    key: 'cause.zone',
    example: 'The instance type ml.t3.medium is not supported in your requested Availability Zone',
  },
  {
    codes: [],
    // SageMaker's only words for a role it cannot assume (no distinct code: ValidationException).
    text: /Could not assume role|allows principal 'sagemaker\.amazonaws\.com'/i,
    key: 'cause.assumeRole',
    example: "Could not assume role ...: ensure the trust policy allows principal 'sagemaker.amazonaws.com'",
  },
  {
    // AccessDenied(Exception): IAM-evaluated refusals of every service; UnauthorizedOperation: EC2; handler code.
    codes: ['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation'],
    // IAM's wording, for reasons relayed without their code.
    text: /not authorized to perform/i,
    key: 'cause.permissions',
    example: 'User: arn:aws:iam::123456789012:user/learner is not authorized to perform: iam:PassRole',
  },
  {
    // AlreadyExists: handler error codes; ResourceInUse: SageMaker's code for a name already taken.
    codes: ['AlreadyExists', 'AlreadyExistsException', 'ResourceInUse'],
    // CloudFormation's own wording for a named resource that exists (no code in the event).
    text: /already exists/i,
    key: 'cause.exists',
    example: 'my-first-sagemaker-notebook already exists',
  },
  {
    codes: [],
    // SageMaker's FailureReason for a lifecycle script that failed or ran over 5 minutes (no code).
    text: /lifecycle config|LifecycleConfigOnStart/i,
    key: 'cause.lifecycle',
    example: 'Notebook Instance Lifecycle Config ... for Notebook Instance ... took longer than 5 minutes',
  },
  {
    // BucketNotEmpty: S3 error codes.
    codes: ['BucketNotEmpty'],
    // CloudFormation relays S3's message for a retained bucket without its code.
    text: /bucket.* not empty/i,
    key: 'cause.bucketNotEmpty',
    example: 'The bucket you tried to delete is not empty',
  },
];

const codeMatches = (wanted: string | RegExp, code: string) =>
  typeof wanted === 'string' ? wanted === code : wanted.test(code);

/** The known cause of a failure reason: by its error codes first, by its wording only when no code names one. */
export function knownCause(reason: string): MessageKey | undefined {
  const codes = errorCodesIn(reason);
  const byCode = KNOWN_CAUSES.find((c) => c.codes.some((w) => codes.some((code) => codeMatches(w, code))));
  return (byCode ?? KNOWN_CAUSES.find((c) => c.text?.test(reason)))?.key;
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
