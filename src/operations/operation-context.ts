/**
 * What every operation is given. Declared in context/, below operations, so that the checks and the stack monitor
 * that operations run can name it too without importing upwards.
 */
export type { OperationContext, RegionScope } from '../context/operation-context.js';
