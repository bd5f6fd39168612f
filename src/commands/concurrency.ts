import type { FlagSpec, ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../operations/fan-out.js';

/** --concurrency of smnb delete: stacks deleted at once. */
export const CONCURRENCY_FLAG: FlagSpec = {
  name: 'concurrency',
  type: 'number',
  descKey: 'flag.concurrency',
  valueName: 'N',
  default: DEFAULT_CONCURRENCY,
};

/** --concurrency of smnb deploy: the same flag and range, worded for the notebooks of --config deployed at once. */
export const DEPLOY_CONCURRENCY_FLAG: FlagSpec = { ...CONCURRENCY_FLAG, descKey: 'flag.concurrencyDeploy' };

/** Stacks in flight at once (see operations/fan-out.ts for the default and the bound). */
export function concurrencyOf(args: ParsedArgs): number {
  const n = (args.flags.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY)
    throw new UsageError('error.concurrencyRange', { value: n, max: MAX_CONCURRENCY });
  return n;
}
