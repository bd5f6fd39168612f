import type { StackApi } from '../aws/stack-api.js';
import { message } from '../events.js';
import { isSuccess } from '../monitor/stack-status.js';
import {
  MIN_SETUP_VERSION,
  SETUP_OUTPUTS,
  SETUP_STACK_NAME,
  SETUP_VERSION,
  serviceRoleArn,
} from '../../shared/setup-contract.js';
import type { OperationContext } from '../context/operation-context.js';

/** This region's account set-up (setup-stack.yaml), as deploy, delete and doctor use it. */
export interface AccountSetup {
  readonly stackId: string;
  readonly status: string;
  readonly version: number;
  /** The role CloudFormation acts with (RoleARN): the account-wide part's output, or the role's fixed name. */
  readonly serviceRoleArn: string;
  /** This region's template bucket for the nested layout. */
  readonly templateBucketName?: string;
  /** Whether this region's set-up holds the account-wide part (boundary, role, people policy and group). */
  readonly accountWide: boolean;
}

/** One DescribeStacks of the set-up per run: keyed on the run's CloudFormation client. */
const lookups = new WeakMap<StackApi, Promise<AccountSetup | undefined>>();

/**
 * The set-up in this region, or undefined when there is none (or it never completed). One DescribeStacks, cached for
 * the run. A further region's set-up (AccountWide 'false') has no role output; the role is global and its name is
 * fixed (shared/setup-contract.ts), so its ARN follows from the account.
 */
export function accountSetup(ctx: Pick<OperationContext, 'stacks' | 'identity'>): Promise<AccountSetup | undefined> {
  let lookup = lookups.get(ctx.stacks);
  if (!lookup) {
    lookup = findSetup(ctx);
    lookups.set(ctx.stacks, lookup);
  }
  return lookup;
}

async function findSetup(ctx: Pick<OperationContext, 'stacks' | 'identity'>): Promise<AccountSetup | undefined> {
  const stack = await ctx.stacks.describeStack(SETUP_STACK_NAME);
  if (!stack || !isSuccess(stack.status)) return undefined;
  const role = stack.outputs[SETUP_OUTPUTS.serviceRoleArn];
  return {
    stackId: stack.id,
    status: stack.status,
    version: Number(stack.outputs[SETUP_OUTPUTS.version] ?? 0) || 0,
    serviceRoleArn: role ?? serviceRoleArn((await ctx.identity()).account),
    templateBucketName: stack.outputs[SETUP_OUTPUTS.templateBucketName],
    accountWide: role !== undefined,
  };
}

/**
 * The role deploy and delete pass (RoleARN), or undefined without a set-up (the caller's own rights, as before).
 * An older set-up than this CLI needs is said in one line naming `smnb setup`; the role is still used.
 */
export async function serviceRoleToUse(
  ctx: Pick<OperationContext, 'stacks' | 'identity' | 'io'>,
): Promise<string | undefined> {
  const setup = await accountSetup(ctx);
  if (!setup) return undefined;
  if (setup.version < MIN_SETUP_VERSION)
    ctx.io.notify(
      message('setup.outdated', { version: setup.version, min: MIN_SETUP_VERSION, current: SETUP_VERSION }, 'warn'),
    );
  return setup.serviceRoleArn;
}
