import type { StackEvent } from '../aws/stack-api.js';

const STARTS = ['CREATE_IN_PROGRESS', 'UPDATE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'IMPORT_IN_PROGRESS'];

/** When the stack's latest operation began: its newest own CREATE/UPDATE/DELETE/IMPORT_IN_PROGRESS event. */
export function operationStart(events: readonly StackEvent[], stackId: string): Date | undefined {
  const starts = events.filter((e) => e.physicalId === stackId && STARTS.includes(e.status));
  return starts.length ? new Date(Math.max(...starts.map((e) => e.timestamp.getTime()))) : undefined;
}
