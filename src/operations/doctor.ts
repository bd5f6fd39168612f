import { toAppError } from '../aws/aws-errors.js';
import { AwsCallError, ChecksFailedError, type AppError } from '../errors.js';
import { CHECKS } from '../checks/notebook-checks.js';
import type { AccountListing } from '../plan/account-listing.js';
import { listAccount, type ListAccountContext } from './list/list-account.js';
import { billListOptions } from './list/bill-sources.js';
import type { DeployOptions } from '../plan/deploy-options.js';
import type { FleetConfig } from '../plan/fleet-config.js';
import { DEFAULT_INSTANCE_TYPE } from '../../shared/notebook-rules.js';
import {
  isNoAnswer,
  type Check,
  type CheckContext,
  type CheckOperationContext,
  type CheckOutcome,
} from '../checks/check.js';

export interface CheckResult extends CheckOutcome {
  readonly id: string;
  readonly titleKey: Check['titleKey'];
}

/**
 * A check that threw: missing or expired credentials are a definite "no" (fail); anything else means the question
 * could not be asked, said in one plain sentence without the SDK's own message.
 */
export function outcomeOfError(e: AppError): CheckOutcome {
  if (e.key === 'error.noCredentials' || e.key === 'error.expiredToken')
    return { status: 'fail', detailKey: e.key, params: e.params, hintKey: e.hintKey };
  if (e.key === 'error.accessDenied') return { status: 'unknown', detailKey: 'check.unknown.denied' };
  if (e.key === 'error.throttled') return { status: 'unknown', detailKey: 'check.unknown.throttled' };
  if (e.key === 'error.dns') return { status: 'unknown', detailKey: 'check.unknown.dns', params: e.params };
  if (e.key === 'error.unreachable' || e.key === 'error.timeout' || e.key === 'error.deadline')
    return { status: 'unknown', detailKey: 'check.unknown.unreachable' };
  // An AWS error code (NoSuchEntity, InvalidAction) says something; a parser's error name says nothing to a user.
  const code = String(e.params?.code ?? '');
  return /^[A-Z][A-Za-z]+$/.test(code) && !/^(Error|SyntaxError|TypeError|RangeError|ReferenceError)$/.test(code)
    ? { status: 'unknown', detailKey: 'check.unknown.code', params: { code } }
    : { status: 'unknown', detailKey: 'check.unknown.answer' };
}

/** Missing or expired credentials: once one check met them, every other would only repeat the same error. */
const isCredentialFailure = (r: CheckOutcome) =>
  r.status === 'fail' && (r.detailKey === 'error.noCredentials' || r.detailKey === 'error.expiredToken');

/**
 * Runs checks in order; a check whose AWS call fails says so as its outcome, never a crash. After AWS gave no answer,
 * or the credentials failed, the other checks say in one line that they could not be checked, without asking.
 */
export async function runChecks(ctx: CheckContext, checks: readonly Check[]): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    // Once AWS did not answer, the other checks would only wait as long again: they say so without asking.
    if (results.some(isNoAnswer)) {
      results.push({
        id: check.id,
        titleKey: check.titleKey,
        status: 'unknown',
        detailKey: 'check.unknown.unreachable',
      });
      continue;
    }
    if (results.some(isCredentialFailure)) {
      results.push({
        id: check.id,
        titleKey: check.titleKey,
        status: 'unknown',
        detailKey: 'check.unknown.credentials',
      });
      continue;
    }
    try {
      results.push({ id: check.id, titleKey: check.titleKey, ...(await check.run(ctx)) });
    } catch (error) {
      results.push({ id: check.id, titleKey: check.titleKey, ...outcomeOfError(toAppError(error, check.id)) });
    }
  }
  return results;
}

/** What doctor uses of the operation context: what the checks read, and the account listing of the billing checks. */
export type DoctorContext = CheckOperationContext & ListAccountContext;

/**
 * The checks' context: the operation context, what to check, and one shared look at every enabled region for the
 * billing checks (asked on first use, once per run).
 */
export function checkContextFor(op: DoctorContext, targets: CheckContext['targets']): CheckContext {
  let listing: Promise<AccountListing> | undefined;
  return { op, targets, accountListing: () => (listing ??= listAccount(op, billListOptions(true))) };
}

export function checkContext(op: DoctorContext, options: DeployOptions): CheckContext {
  return checkContextFor(op, [
    {
      notebookName: options.notebookName,
      stackName: options.stackName,
      instanceType: options.parameters.InstanceType ?? DEFAULT_INSTANCE_TYPE,
    },
  ]);
}

/** A fleet is checked as a whole: its notebooks must fit the quota together. */
export function fleetCheckContext(op: DoctorContext, config: FleetConfig): CheckContext {
  return checkContextFor(
    op,
    config.notebooks.map((nb) => ({
      notebookName: nb.name,
      stackName: nb.stackName,
      instanceType: nb.settings.InstanceType ?? DEFAULT_INSTANCE_TYPE,
    })),
  );
}

/** Deploy's gate: the checks that can doom a deploy, run first; a failure stops it before anything changes. */
export async function gateChecks(ctx: CheckContext): Promise<void> {
  const results = await runChecks(
    ctx,
    CHECKS.filter((c) => c.gate),
  );
  // A host name that does not resolve is said as such (a typo or no network), never as "did not answer in time".
  const dns = results.find((r) => r.detailKey === 'check.unknown.dns');
  if (dns)
    throw new AwsCallError('error.dns', { operation: 'deploy', host: String(dns.params?.host ?? '?') }, 'hint.dns');
  // No answer from AWS dooms the deploy too: stop now rather than wait for every call to time out again.
  if (results.some(isNoAnswer)) throw new AwsCallError('error.timeout', { operation: 'deploy' }, 'hint.timeout');
  // Only a definite "no" stops a deploy; a check that could not ask says so once and lets it go on.
  for (const r of results.filter((x) => x.status === 'unknown'))
    ctx.op.io.notify({ type: 'checkUnknown', titleKey: r.titleKey, detailKey: r.detailKey, params: r.params });
  const failed = results.filter((r) => r.status === 'fail');
  if (failed.length > 0) throw new ChecksFailedError(failed);
}
