import { resourceType } from '../../shared/resource-types.js';

/** Extra time CloudFormation spends starting and finishing a nested stack around its children. */
export const NESTED_STACK_OVERHEAD_SECONDS = 20;

/** Typical creation time of a resource type, in seconds (shared/resource-types.ts, with its sources). */
export function typicalSeconds(type: string): number {
  return resourceType(type).typicalSeconds;
}
