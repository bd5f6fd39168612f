import type { AccountListing } from '../plan/account-listing.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';
import type { OperationContext } from '../context/operation-context.js';

/**
 * pass, warn and fail are answers; unknown means smnb could not ask (the API is missing, refused the question, kept
 * throttling or answered something unreadable). Only fail blocks a deploy.
 */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'unknown';

export interface CheckOutcome {
  readonly status: CheckStatus;
  readonly detailKey: MessageKey;
  readonly params?: MessageParams;
  readonly hintKey?: MessageKey;
}

/** The keys of the outcomes that say some region was not counted: doctor exits 4 on them, as list does. */
export const UNCOUNTED_KEYS: ReadonlySet<string> = new Set([
  'check.bill.silent',
  'check.bill.refused',
  'check.bill.refusedAndSilent',
]);

/** A check that got no answer from AWS at all (network, endpoint, timeout). */
export const isNoAnswer = (r: CheckOutcome): boolean =>
  r.status === 'unknown' && (r.detailKey === 'check.unknown.unreachable' || r.detailKey === 'check.unknown.dns');

/** A notebook about to be deployed. */
export interface CheckTarget {
  readonly notebookName: string;
  readonly stackName: string;
  readonly instanceType: string;
}

/** What the checks read of the operation context (as `ctx.op`); a check that needs more fails tsc until it is added. */
export type CheckOperationContext = Pick<
  OperationContext,
  'clock' | 'identity' | 'io' | 'notebookQuota' | 'notebooks' | 'permissions' | 'region' | 'stacks'
>;

/** What the checks look at: AWS through the operation context, and the notebooks about to be deployed (a fleet's all). */
export interface CheckContext {
  readonly op: CheckOperationContext;
  readonly targets: readonly CheckTarget[];
  /** Every enabled region's notebooks and what stays billed, looked at once per doctor run (the billing checks). */
  readonly accountListing: () => Promise<AccountListing>;
}

/** A check is data: an ID, a title, and a function from the context to pass, warn or fail. */
export interface Check {
  readonly id: string;
  readonly titleKey: MessageKey;
  /** Deploy runs the checks marked as gates first, so a doomed deploy stops in seconds. */
  readonly gate: boolean;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}
