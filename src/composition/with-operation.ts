import { toAppError } from '../aws/aws-errors.js';
import { checkEndpointVariables } from '../aws/client-factory.js';
import { CommandDeadline, deadlineSetting } from '../aws/deadline.js';
import type { OperationContext } from '../context/operation-context.js';
import { operationContext } from './operation-context.js';
import type { RootSettings } from './settings.js';

/** Builds the operation context, runs the operation, and turns any AWS failure into one of our errors. */
export async function withOperation<T>(
  settings: RootSettings,
  operation: string,
  run: (op: OperationContext) => Promise<T>,
): Promise<T> {
  // A malformed deadline or endpoint variable is the user's to fix (exit 2), before any call.
  const deadlineMs = settings.short ? deadlineSetting(settings.env) : undefined;
  checkEndpointVariables(settings.env);
  const deadline = deadlineMs === undefined ? undefined : new CommandDeadline(deadlineMs);
  try {
    return await run(await operationContext(settings, deadline));
  } catch (error) {
    throw toAppError(error, operation);
  } finally {
    deadline?.dispose();
  }
}
