import { isNoAnswer, UNCOUNTED_KEYS, type CheckOutcome } from '../checks/check.js';
import { EXIT, type AppError, type ExitCode } from '../errors.js';
import { isSuccess } from '../monitor/stack-status.js';

/**
 * How each command's result becomes an exit code, in one place (errors map to theirs in errors.ts): 1 when the AWS
 * operation ran and failed, 3 when something must be fixed first, 4 when AWS could not be asked, else 0.
 */
export const exitCodeFor = {
  /** A deploy that rolled back failed; created, updated or unchanged is success. */
  deploy: (r: { readonly outcome: string }): ExitCode => (r.outcome === 'failed' ? EXIT.failed : EXIT.ok),
  /** The account set-up: a rolled-back change is a failure; created, updated or up to date is success. */
  setup: (r: { readonly outcome: string }): ExitCode => (r.outcome === 'failed' ? EXIT.failed : EXIT.ok),
  /** A fleet fails when any of its notebooks did. */
  fleet: (r: { readonly failed: number }): ExitCode => (r.failed > 0 ? EXIT.failed : EXIT.ok),
  /**
   * A failed deletion is a failure; one AWS refused is a refusal (nothing attempted); a busy stack must wait, and one
   * kept for want of a fresh backup needs its notebook looked at (or --no-backup).
   */
  delete: (r: {
    readonly failed: number;
    readonly refused: number;
    readonly skipped: readonly unknown[];
    readonly held: readonly unknown[];
  }): ExitCode =>
    r.failed > 0
      ? EXIT.failed
      : r.refused > 0
        ? EXIT.aws
        : r.skipped.length > 0 || r.held.length > 0
          ? EXIT.precondition
          : EXIT.ok,
  /** A listing with a region that did not answer is incomplete: scripts must not take it for the whole account. */
  list: (r: { readonly unanswered: readonly unknown[] }): ExitCode => (r.unanswered.length > 0 ? EXIT.aws : EXIT.ok),
  /**
   * Doctor: AWS unreachable, or a region whose notebooks could not be counted (as for list), beats a failed check,
   * which beats warnings (they pass).
   */
  doctor: (results: readonly CheckOutcome[]): ExitCode =>
    results.some((r) => isNoAnswer(r) || UNCOUNTED_KEYS.has(r.detailKey))
      ? EXIT.aws
      : results.some((r) => r.status === 'fail')
        ? EXIT.precondition
        : EXIT.ok,
  /** Watching ends well only when the stack settles in a *_COMPLETE success status. */
  watch: (finalStatus: string): ExitCode => (isSuccess(finalStatus) ? EXIT.ok : EXIT.failed),
  /**
   * A class: a StackSet operation that failed in an account is a failure (the others are still done); an account
   * that could not be read makes the answer incomplete, as for list.
   */
  class: (r: { readonly failed?: number; readonly unreadable?: readonly unknown[] }): ExitCode =>
    (r.failed ?? 0) > 0 ? EXIT.failed : (r.unreadable?.length ?? 0) > 0 ? EXIT.aws : EXIT.ok,
  /** One operation over several notebooks: the exit code of the first failure. */
  batch: (errors: readonly (AppError | undefined)[]): ExitCode => errors.find((e) => e)?.exitCode ?? EXIT.ok,
};
