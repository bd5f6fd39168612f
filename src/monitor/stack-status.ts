/** CloudFormation stack statuses, as the CLI reasons about them. */
export const isInProgress = (status: string): boolean => status.endsWith('_IN_PROGRESS');
export const isTerminal = (status: string): boolean => status !== '' && !isInProgress(status);
export const isSuccess = (status: string): boolean =>
  ['CREATE_COMPLETE', 'UPDATE_COMPLETE', 'DELETE_COMPLETE', 'IMPORT_COMPLETE'].includes(status);
/** A failed create leaves this; the stack cannot be updated, only deleted. */
export const ROLLBACK_COMPLETE = 'ROLLBACK_COMPLETE';
export const isFailedResourceStatus = (status: string): boolean => status.endsWith('_FAILED');
