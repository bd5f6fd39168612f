/**
 * SageMaker notebook instance statuses, as smnb reasons about them, in one table: what status, list, the quota, the
 * waits and the power commands derive from. Its keys are the NotebookInstanceStatus enum of the SageMaker API (AWS SDK
 * for JavaScript v3, client-sagemaker `NotebookInstanceStatus`, read 2026-12-01); a test fails when the SDK knows a
 * status this table does not. Stack statuses live in src/monitor/stack-status.ts; this one is in shared/ because the
 * preflight Lambda counts the quota with it too.
 *
 * Pure: imports nothing from infra/ or src/.
 */

/** Running: the notebook works. Settling: it is on its way to another status. Stopped: it is at rest (or broken). */
export type NotebookPhase = 'running' | 'settling' | 'stopped';

interface StatusFacts {
  readonly phase: NotebookPhase;
  /** Its instance is running or starting: billed by the hour, and to be started again after a platform switch. */
  readonly up: boolean;
}

/**
 * The table. The meaning of Pending (starting), InService, Stopping, Stopped, Failed, Deleting and Updating follows
 * the SageMaker developer guide's notebook lifecycle ("Create a notebook instance", "Stop a notebook instance",
 * read 2026-11-29). Our assumptions, where AWS says nothing: the quota (see QUOTA_FREE_STATUSES); InMaintenance and
 * PendingMaintenance (in the API's enum, undocumented) behave as a running notebook that SageMaker is servicing
 * (InMaintenance: settling) or will service (PendingMaintenance: running).
 */
export const NOTEBOOK_STATUSES = {
  Pending: { phase: 'settling', up: true },
  InService: { phase: 'running', up: true },
  PendingMaintenance: { phase: 'running', up: true },
  InMaintenance: { phase: 'settling', up: true },
  Updating: { phase: 'settling', up: false },
  Stopping: { phase: 'settling', up: false },
  Stopped: { phase: 'stopped', up: false },
  Failed: { phase: 'stopped', up: false },
  Deleting: { phase: 'settling', up: false },
} as const satisfies Record<string, StatusFacts>;

export type NotebookStatus = keyof typeof NOTEBOOK_STATUSES;

const facts = (status: string): StatusFacts | undefined => (NOTEBOOK_STATUSES as Record<string, StatusFacts>)[status];

/** The phase of a status; a status AWS adds later counts as settling, so nothing acts on it blindly. */
export const notebookPhase = (status: string): NotebookPhase => facts(status)?.phase ?? 'settling';
/** The notebook works and can be opened. */
export const isRunning = (status: string): boolean => notebookPhase(status) === 'running';
/**
 * It will move on by itself, so waiting makes sense (Deleting ends in no notebook at all, so nobody waits on it).
 */
export const isSettling = (status: string): boolean => notebookPhase(status) === 'settling' && status !== 'Deleting';
/** Running or starting: billed by the hour. */
export const isUp = (status: string): boolean => facts(status)?.up ?? false;
/** At rest (Stopped, Failed): no instance is billed, but the notebook's ML volume still is. */
export const isAtRest = (status: string): boolean => facts(status)?.phase === 'stopped';
/**
 * The statuses that hold no instance of the "<type> for notebook instance usage" quota; every other one does, an
 * unknown one too, to be safe. A list apart from the table so the preflight Lambda's inline code stays small and
 * carries only this.
 */
export const QUOTA_FREE_STATUSES: readonly NotebookStatus[] = ['Stopped', 'Failed', 'Deleting'];
/** Holds an instance of the notebook quota. */
export const holdsQuota = (status: string): boolean => !(QUOTA_FREE_STATUSES as readonly string[]).includes(status);
