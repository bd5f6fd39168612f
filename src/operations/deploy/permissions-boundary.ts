import { toAppError } from '../../aws/aws-errors.js';
import { BOUNDARY_POLICY_NAME, boundaryArn } from '../../../shared/permissions-boundary.js';
import type { OperationContext } from '../../context/operation-context.js';

const CANNOT_LOOK = new Set(['error.accessDenied', 'error.unreadableAnswer']);

/** The template parameter that gives every role of a stack the permissions boundary. */
export const BOUNDARY_PARAMETER = 'PermissionsBoundaryPolicyName';

/** What `boundaryToPass` uses of the operation context. */
export type BoundaryContext = Pick<OperationContext, 'identity' | 'permissions'>;

/**
 * The boundary's name when the account has it, so that `smnb deploy` passes it without a flag: a deployer holding
 * docs/deployer-policy.json may create roles only with it, and an administrator's roles get the same cap. Undefined
 * when it does not exist or the caller may not look (then the stack keeps what it had, or no boundary).
 */
export async function boundaryToPass(ctx: BoundaryContext): Promise<string | undefined> {
  const { account } = await ctx.identity();
  try {
    const exists = await (await ctx.permissions()).policyExists(boundaryArn(account));
    return exists ? BOUNDARY_POLICY_NAME : undefined;
  } catch (error) {
    // Refused, or an endpoint without IAM: the lookup only spares a flag, so the deploy goes on without it. Anything
    // else (throttling, say) is the caller's to retry, so a boundary that exists is never silently left out.
    if (CANNOT_LOOK.has(toAppError(error, 'iam').key)) return undefined;
    throw error;
  }
}
