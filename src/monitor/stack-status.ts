/**
 * CloudFormation stack statuses, as the CLI reasons about them, in one place. Source: CloudFormation user guide,
 * "Stack status codes" (read 2026-11-29): REVIEW_IN_PROGRESS means a stack was created for a change set that was
 * never executed; nothing runs on it, and it can be deleted or given a new CREATE change set.
 */
export const REVIEW_IN_PROGRESS = 'REVIEW_IN_PROGRESS';
/** A failed create leaves this; the stack cannot be updated, only deleted. */
export const ROLLBACK_COMPLETE = 'ROLLBACK_COMPLETE';

/** A resource or stack status of something under way (resource events use the same suffix). */
export const isInProgress = (status: string): boolean => status.endsWith('_IN_PROGRESS');
/** A stack CloudFormation is working on: nothing else may start on it (REVIEW_IN_PROGRESS is waiting, not working). */
export const isBusy = (status: string): boolean => isInProgress(status) && status !== REVIEW_IN_PROGRESS;
/** Settled: watching it any longer would show nothing new. */
export const isTerminal = (status: string): boolean => status !== '' && !isBusy(status);
export const isSuccess = (status: string): boolean =>
  ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'DELETE_COMPLETE', 'IMPORT_COMPLETE'].includes(status);
export const isFailedResourceStatus = (status: string): boolean => status.endsWith('_FAILED');
