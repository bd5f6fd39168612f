import { toAppError } from '../aws/aws-errors.js';
import type { PermissionApi } from '../aws/permission-api.js';
import { ROLE_PATH } from '../../shared/policy-document.js';
import { boundaryArn, permissionsBoundary } from '../../shared/permissions-boundary.js';
import type { Check, CheckContext, CheckOutcome } from './check.js';
import { simulationPrincipal } from './permission-simulation.js';

const isAccessDenied = (error: unknown) => toAppError(error, 'iam').key === 'error.accessDenied';

/** A JSON value with object keys sorted, so two documents compare by content, not by key order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value;
}

/** The same document as the shipped boundary (IAM keeps the JSON as given; only key order may differ). */
export function sameBoundary(document: unknown): boolean {
  return JSON.stringify(canonical(document)) === JSON.stringify(canonical(permissionsBoundary()));
}

/**
 * Whether the caller may create roles only with the boundary (as the own-rights deployer statements allow): IAM's simulator
 * asked about a role without one. Undefined when it cannot be asked.
 */
async function createsRolesOnlyWithBoundary(
  api: PermissionApi,
  callerArn: string,
  account: string,
): Promise<boolean | undefined> {
  try {
    const principal = simulationPrincipal(callerArn);
    const arn =
      principal.kind === 'user' ? principal.arn : principal.kind === 'role' ? await api.roleArn(principal.name) : '';
    if (!arn) return undefined;
    const denied = await api.deniedActions(arn, {
      actions: ['iam:CreateRole'],
      resourceArn: `arn:aws:iam::${account}:role${ROLE_PATH}smnb-doctor-probe`,
      context: { 'aws:PrincipalAccount': account },
    });
    return denied.length > 0;
  } catch {
    return undefined;
  }
}

async function run(ctx: CheckContext): Promise<CheckOutcome> {
  const who = await ctx.op.identity();
  const policy = boundaryArn(who.account);
  const api = await ctx.op.permissions();
  let document: unknown;
  try {
    document = await api.policyDocument(policy);
  } catch (error) {
    if (!isAccessDenied(error)) throw error;
    return { status: 'unknown', detailKey: 'check.permissions.cannotCheck', params: { action: 'iam:GetPolicy' } };
  }
  const params = { policy };
  if (document === undefined) {
    // Only a definite "no" fails: without the boundary, this caller's deploy would stop at the first role.
    const needed = await createsRolesOnlyWithBoundary(api, who.arn, who.account);
    return needed
      ? { status: 'fail', detailKey: 'check.boundary.missingNeeded', params, hintKey: 'check.boundary.missingHint' }
      : { status: 'warn', detailKey: 'check.boundary.missing', params, hintKey: 'check.boundary.missingHint' };
  }
  return sameBoundary(document)
    ? { status: 'pass', detailKey: 'check.boundary.ok', params }
    : { status: 'warn', detailKey: 'check.boundary.differs', params, hintKey: 'check.boundary.differsHint' };
}

/**
 * Whether the account has smnb's permissions boundary, as shipped in docs/permissions-boundary.json: every role of
 * the templates gets it, and a deployer holding docs/deployer-policy.json may create roles only with it.
 */
export const BOUNDARY_CHECK: Check = { id: 'permissions-boundary', titleKey: 'check.boundary', gate: false, run };
