import { DEPLOYER_STATEMENTS, DOCTOR_ACTIONS } from '../../shared/deployer-policy.js';
import { toAppError } from '../aws/aws-errors.js';
import type { Check, CheckContext, CheckOutcome } from './check.js';
import { simulationPrincipal, simulationRequests } from './permission-simulation.js';

/** What deploy, stop, start and delete need: the policy's Allow statements less what only doctor itself uses. */
const REQUIRED = DEPLOYER_STATEMENTS.filter((s) => s.Effect === 'Allow')
  .map((s) => ({ ...s, Action: s.Action.filter((a) => !(DOCTOR_ACTIONS as readonly string[]).includes(a)) }))
  .filter((s) => s.Action.length > 0);
const REQUIRED_ACTION_COUNT = new Set(REQUIRED.flatMap((s) => s.Action)).size;
/** How many missing actions the detail names before "and N more". */
const SHOWN = 8;

const isAccessDenied = (error: unknown) => toAppError(error, 'iam').key === 'error.accessDenied';

const cannotCheck = (action: string): CheckOutcome => ({
  status: 'unknown',
  detailKey: 'check.permissions.cannotCheck',
  params: { action },
});

async function denied(ctx: CheckContext, principalArn: string, account: string): Promise<string[] | CheckOutcome> {
  const api = await ctx.op.permissions();
  const requests = simulationRequests(REQUIRED, account, ctx.op.region);
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
    const missing = await denied(ctx, arn, who.account);
    if (!Array.isArray(missing)) return missing;
    if (missing.length === 0)
      return {
        status: 'pass',
        detailKey: 'check.permissions.ok',
        params: { count: REQUIRED_ACTION_COUNT, principal: arn },
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
