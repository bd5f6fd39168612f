import type { FlagSpec, ParsedArgs } from '../args.js';
import { UsageError } from '../errors.js';
import { DEFAULT_CONCURRENCY, MAX_CONCURRENCY } from '../operations/fan-out.js';

export const CONCURRENCY_FLAG: FlagSpec = {
  name: 'concurrency',
  type: 'number',
  descKey: 'flag.concurrency',
  valueName: 'N',
  default: DEFAULT_CONCURRENCY,
};

/** Stacks in flight at once (see operations/fan-out.ts for the default and the bound). */
export function concurrencyOf(args: ParsedArgs): number {
  const n = (args.flags.concurrency as number | undefined) ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY)
    throw new UsageError('error.concurrencyRange', { value: n, max: MAX_CONCURRENCY });
  return n;
}
