import type { FlagSpec, ParsedArgs } from '../args.js';

export const CONCURRENCY_FLAG: FlagSpec = {
  name: 'concurrency',
  type: 'number',
  descKey: 'flag.concurrency',
  valueName: 'N',
};

/** Stacks in flight at once: 4 by default, 1 to 10, gentle on CloudFormation's and SageMaker's rate limits. */
export function concurrencyOf(args: ParsedArgs): number {
  return Math.max(1, Math.min(10, (args.flags.concurrency as number | undefined) ?? 4));
}
