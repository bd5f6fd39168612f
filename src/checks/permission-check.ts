import { DEPLOYER_STATEMENTS, DOCTOR_ACTIONS, type PolicyStatement } from '../../shared/deployer-policy.js';
import { PEOPLE_STATEMENTS } from '../../shared/setup-policies.js';
import { accountSetup } from './account-setup.js';
import { toAppError } from '../aws/aws-errors.js';
import type { Check, CheckContext, CheckOutcome } from './check.js';
import { simulationPrincipal, simulationRequests } from './permission-simulation.js';

/** What deploy, stop, start and delete need: a policy's Allow statements less what only doctor itself uses. */
const required = (statements: readonly PolicyStatement[]) =>
  statements
    .filter((s) => s.Effect === 'Allow')
    .map((s) => ({ ...s, Action: s.Action.filter((a) => !(DOCTOR_ACTIONS as readonly string[]).includes(a)) }))
    .filter((s) => s.Action.length > 0);
/** Without a set-up a person acts with their own rights; with one, the people policy is all they need. */
const REQUIRED = required(DEPLOYER_STATEMENTS);
const REQUIRED_WITH_SETUP = required(PEOPLE_STATEMENTS);
const actionCount = (statements: readonly PolicyStatement[]) => new Set(statements.flatMap((s) => s.Action)).size;
/** How many missing actions the detail names before "and N more". */
const SHOWN = 8;

const isAccessDenied = (error: unknown) => toAppError(error, 'iam').key === 'error.accessDenied';

const cannotCheck = (action: string): CheckOutcome => ({
  status: 'unknown',
  detailKey: 'check.permissions.cannotCheck',
  params: { action },
});

async function denied(
  ctx: CheckContext,
  principalArn: string,
  account: string,
  statements: readonly PolicyStatement[],
): Promise<string[] | CheckOutcome> {
  const api = await ctx.op.permissions();
  const requests = simulationRequests(statements, account, ctx.op.region);
  try {
    const answers = await Promise.all(requests.map((r) => api.deniedActions(principalArn, r)));
    return [...new Set(answers.flat())];
  } catch (error) {
    if (isAccessDenied(error)) return cannotCheck('iam:SimulatePrincipalPolicy');
    throw error;
  }
}

async function principalArn(ctx: CheckContext, callerArn: string): Promise<string | CheckOutcome> {
  const principal = simulationPrincipal(callerArn);
  switch (principal.kind) {
    case 'user':
      return principal.arn;
    case 'root':
      return { status: 'warn', detailKey: 'check.permissions.root', hintKey: 'check.permissions.rootHint' };
    case 'unsupported':
      return { status: 'warn', detailKey: 'check.permissions.unsupported', params: { arn: callerArn } };
    case 'role':
      try {
        return await (await ctx.op.permissions()).roleArn(principal.name);
      } catch (error) {
        if (isAccessDenied(error)) return cannotCheck('iam:GetRole');
        throw error;
      }
  }
}

/**
 * Asks IAM's policy simulator whether the caller may do everything in docs/deployer-policy.json, so a deploy that
 * would stop on AccessDenied minutes in stops before it starts, with the missing actions named.
 */
export const PERMISSION_CHECK: Check = {
  id: 'permissions',
  titleKey: 'check.permissions',
  gate: true,
  async run(ctx) {
    const who = await ctx.op.identity();
    const arn = await principalArn(ctx, who.arn);
    if (typeof arn !== 'string') return arn;
    const statements = (await accountSetup(ctx.op)) ? REQUIRED_WITH_SETUP : REQUIRED;
    const missing = await denied(ctx, arn, who.account, statements);
    if (!Array.isArray(missing)) return missing;
    if (missing.length === 0)
      return {
        status: 'pass',
        detailKey: 'check.permissions.ok',
        params: { count: actionCount(statements), principal: arn },
      };
    const shown = missing.slice(0, SHOWN).join(', ');
    return {
      status: 'fail',
      detailKey: 'check.permissions.missing',
      params: {
        count: missing.length,
        actions: missing.length > SHOWN ? `${shown}, … (+${missing.length - SHOWN})` : shown,
        principal: arn,
      },
      hintKey: 'check.permissions.hint',
    };
  },
};
