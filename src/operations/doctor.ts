import { toAppError } from '../aws/aws-errors.js';
import type { Check, CheckContext, CheckOutcome } from '../checks/check.js';

export interface CheckResult extends CheckOutcome {
  readonly id: string;
  readonly titleKey: Check['titleKey'];
}

/** Runs checks in order; a check whose AWS call fails is a failed check that says why, never a crash. */
export async function runChecks(ctx: CheckContext, checks: readonly Check[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    try {
      results.push({ id: check.id, titleKey: check.titleKey, ...(await check.run(ctx)) });
    } catch (error) {
      const e = toAppError(error, check.id);
      results.push({
        id: check.id,
        titleKey: check.titleKey,
        status: 'fail',
        detailKey: e.key,
        params: e.params,
        hintKey: e.hintKey,
      });
    }
  }
  return results;
}
