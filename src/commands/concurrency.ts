import type { FlagSpec, ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';

/** --concurrency of smnb delete: stacks deleted at once. */
export const CONCURRENCY_FLAG: FlagSpec = {
  name: 'concurrency',
  type: 'number',
  descKey: 'flag.concurrency',
  valueName: 'N',
};

/** --concurrency of smnb deploy: the same flag and range, worded for the notebooks of --config deployed at once. */
export const DEPLOY_CONCURRENCY_FLAG: FlagSpec = { ...CONCURRENCY_FLAG, descKey: 'flag.concurrencyDeploy' };

export const MAX_CONCURRENCY = 10;

/** Stacks in flight at once: 4 by default, 1 to 10, gentle on CloudFormation's and SageMaker's rate limits. */
export function concurrencyOf(args: ParsedArgs): number {
  const n = (args.flags.concurrency as number | undefined) ?? 4;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY)
    throw new UsageError('error.concurrencyRange', { value: n, max: MAX_CONCURRENCY });
  return n;
}
