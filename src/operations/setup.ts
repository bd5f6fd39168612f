import { parse } from 'yaml';
import { AppError, PreconditionError, UserAbort } from '../errors.js';
import { message, resume } from '../events.js';
import type { FailureExplanation } from '../monitor/failure.js';
import { isBusy, isSuccess, REVIEW_IN_PROGRESS, ROLLBACK_COMPLETE } from '../monitor/stack-status.js';
import { watchStack } from '../monitor/watch-stack.js';
import { isNoChanges } from '../plan/change-analysis.js';
import {
  PEOPLE_GROUP_NAME,
  SERVICE_ROLE_NAME,
  SETUP_ACCOUNT_WIDE_PARAMETER,
  SETUP_EXISTING_BOUNDARY_PARAMETER,
  SETUP_OUTPUTS,
  SETUP_STACK_NAME,
  SETUP_VERSION,
} from '../../shared/setup-contract.js';
import type { OperationContext } from '../context/operation-context.js';
import { waitForChangeSet } from './deploy/deploy.js';
import { BOUNDARY_POLICY_NAME, boundaryArn } from '../../shared/permissions-boundary.js';
import { sameBoundary } from '../checks/boundary-check.js';

export interface SetupInput {
  /** setup-stack.yaml as shipped. */
  readonly templateBody: string;
  /** Agree without the typed confirmation (--yes). */
  readonly yes: boolean;
}

export type SetupOutcome = 'created' | 'updated' | 'up-to-date' | 'failed';

export interface SetupResult {
  readonly stackName: string;
  readonly outcome: SetupOutcome;
  readonly status: string;
  readonly accountWide: boolean;
  readonly version: number;
  readonly outputs: Readonly<Record<string, string>>;
  readonly failure?: FailureExplanation;
  readonly elapsedSeconds: number;
}

interface TemplateResource {
  readonly Type: string;
  readonly Condition?: string;
  readonly Properties?: { readonly Description?: unknown };
}

const isMissingEntity = (error: unknown) =>
  error instanceof Error && (error.name === 'NoSuchEntity' || error.name === 'NoSuchEntityException');

/** What `runSetup` uses of the operation context. */
export type SetupContext = Pick<
  OperationContext,
  'clock' | 'identity' | 'io' | 'permissions' | 'pollIntervalMs' | 'stacks'
>;

/**
 * Creates or updates the account set-up (stack SETUP_STACK_NAME) through a change set: decide AccountWide, stop with
 * "up to date" before any write when the deployed template and parameter are already this CLI's, show what will be
 * created and granted, ask (typed, or --yes), then run the change set and follow it to its end.
 */
export async function runSetup(ctx: SetupContext, input: SetupInput): Promise<SetupResult> {
  const found = await ctx.stacks.describeStack(SETUP_STACK_NAME);
  const existing = found && found.status !== REVIEW_IN_PROGRESS ? found : undefined;
  if (existing && isBusy(existing.status))
    throw new PreconditionError('error.stackBusy', { stack: existing.name, status: existing.status }, 'hint.watch');
  if (existing?.status === ROLLBACK_COMPLETE)
    throw new PreconditionError('error.setupRolledBack', { stack: existing.name }, 'hint.setupRolledBack');
  const accountWide = await decideAccountWide(ctx, existing?.parameters);
  const existingBoundary = await decideExistingBoundary(ctx, existing?.parameters, accountWide);
  if (
    existing &&
    isSuccess(existing.status) &&
    existing.parameters[SETUP_ACCOUNT_WIDE_PARAMETER] === accountWide &&
    (existing.parameters[SETUP_EXISTING_BOUNDARY_PARAMETER] ?? 'false') === existingBoundary &&
    (await ctx.stacks.templateBody(existing.id)) === input.templateBody
  )
    return upToDate(existing, accountWide);

  announce(ctx, input.templateBody, accountWide === 'true');
  const agreed =
    input.yes ||
    (await ctx.io.confirm({
      questionKey: 'confirm.setup',
      questionParams: { stack: SETUP_STACK_NAME },
      typeToConfirm: SETUP_STACK_NAME,
      defaultAnswer: true,
    }));
  if (!agreed) throw new UserAbort('error.setupDeclined', {}, 'hint.setupYes');
  return applyChangeSet(ctx, input, existing, accountWide, existingBoundary);
}

/**
 * 'true' when a first set-up finds the boundary already made by hand (the earlier way): the set-up then uses it by
 * name, as the roles of earlier stacks do, instead of failing on "already exists". A set-up keeps what it was given.
 */
async function decideExistingBoundary(
  ctx: Pick<OperationContext, 'identity' | 'io' | 'permissions'>,
  parameters: Readonly<Record<string, string>> | undefined,
  accountWide: 'true' | 'false',
): Promise<'true' | 'false'> {
  const given = parameters?.[SETUP_EXISTING_BOUNDARY_PARAMETER];
  if (given === 'true' || given === 'false') return given;
  if (parameters || accountWide === 'false') return 'false';
  const { account } = await ctx.identity();
  const policy = boundaryArn(account);
  const document = await (await ctx.permissions()).policyDocument(policy);
  if (document === undefined) return 'false';
  // The boundary is the only cap on the roles stacks make: a looser hand-made one must not be taken on trust.
  if (!sameBoundary(document))
    throw new PreconditionError('error.setupBoundaryDiffers', { policy }, 'hint.setupBoundaryDiffers');
  ctx.io.notify(message('setup.existingBoundary', { policy: BOUNDARY_POLICY_NAME }));
  return 'true';
}

/**
 * 'true' unless the account-wide part already exists elsewhere: IAM is global, so a second region's set-up must not
 * make the role again. A region that has its set-up keeps what it was given.
 */
async function decideAccountWide(
  ctx: Pick<OperationContext, 'io' | 'permissions'>,
  parameters: Readonly<Record<string, string>> | undefined,
): Promise<'true' | 'false'> {
  const given = parameters?.[SETUP_ACCOUNT_WIDE_PARAMETER];
  if (given === 'true' || given === 'false') return given;
  try {
    await (await ctx.permissions()).roleArn(SERVICE_ROLE_NAME);
    ctx.io.notify(message('setup.accountWideElsewhere', { role: SERVICE_ROLE_NAME }));
    return 'false';
  } catch (error) {
    if (isMissingEntity(error)) return 'true';
    throw error;
  }
}

function upToDate(
  stack: { name: string; status: string; outputs: Readonly<Record<string, string>> },
  accountWide: string,
) {
  return {
    stackName: stack.name,
    outcome: 'up-to-date' as const,
    status: stack.status,
    accountWide: accountWide === 'true',
    version: Number(stack.outputs[SETUP_OUTPUTS.version] ?? SETUP_VERSION),
    outputs: stack.outputs,
    elapsedSeconds: 0,
  };
}

/** What the stack will hold, from the template itself, and what it grants. */
function announce(ctx: Pick<OperationContext, 'io'>, templateBody: string, accountWide: boolean): void {
  const template = parse(templateBody) as { Resources: Record<string, TemplateResource> };
  ctx.io.notify(message(accountWide ? 'setup.willCreate' : 'setup.willCreateRegional', { stack: SETUP_STACK_NAME }));
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Condition && !accountWide) continue;
    const description = resource.Properties?.Description;
    ctx.io.notify(
      message('setup.resource', {
        type: resource.Type,
        id,
        description: typeof description === 'string' ? description : '',
      }),
    );
  }
  if (!accountWide) return;
  ctx.io.notify(message('setup.grantsPeople', { group: PEOPLE_GROUP_NAME }));
  ctx.io.notify(message('setup.deniesPeople'));
  ctx.io.notify(message('setup.grantsRole', { role: SERVICE_ROLE_NAME }));
}

async function applyChangeSet(
  ctx: Pick<OperationContext, 'clock' | 'io' | 'pollIntervalMs' | 'stacks'>,
  input: SetupInput,
  existing: { id: string } | undefined,
  accountWide: 'true' | 'false',
  existingBoundary: 'true' | 'false',
): Promise<SetupResult> {
  const type = existing ? 'UPDATE' : 'CREATE';
  const since = new Date(ctx.clock.now());
  ctx.io.notify(
    resume(type === 'CREATE' ? 'interrupt.preparingCreate' : 'interrupt.preparingUpdate', { stack: SETUP_STACK_NAME }),
  );
  const changeSetId = await ctx.stacks.createChangeSet({
    stackName: SETUP_STACK_NAME,
    changeSetName: `smnb-setup-${since.getTime()}`,
    type,
    templateBody: input.templateBody,
    parameters: [
      { key: SETUP_ACCOUNT_WIDE_PARAMETER, value: accountWide },
      { key: SETUP_EXISTING_BOUNDARY_PARAMETER, value: existingBoundary },
    ],
    // No smnb:managed tag: people may change only stacks that carry it, and never the set-up.
    tags: {},
  });
  const changeSet = await waitForChangeSet(ctx, changeSetId);
  if (changeSet.status === 'FAILED') {
    await ctx.stacks.deleteChangeSet(changeSetId).catch(() => undefined);
    if (isNoChanges(changeSet.statusReason)) {
      const stack = (await ctx.stacks.describeStack(SETUP_STACK_NAME))!;
      return upToDate(stack, accountWide);
    }
    throw new AppError('error.changeSetFailed', { stack: SETUP_STACK_NAME, reason: changeSet.statusReason ?? '' });
  }
  // Only what happens after the newest event so far (a new stack's is its REVIEW_IN_PROGRESS), as deploy does.
  const afterEventId = await ctx.stacks.latestEventId(SETUP_STACK_NAME);
  await ctx.stacks.executeChangeSet(changeSetId);
  const started = await ctx.stacks.describeStack(SETUP_STACK_NAME);
  ctx.io.notify({ type: 'operation', stackName: SETUP_STACK_NAME, at: since });
  const watched = await watchStack(ctx, started?.id ?? SETUP_STACK_NAME, { afterEventId });
  const status = watched.stack?.status ?? '';
  const outputs = watched.stack?.outputs ?? {};
  return {
    stackName: SETUP_STACK_NAME,
    outcome: isSuccess(status) ? (type === 'CREATE' ? 'created' : 'updated') : 'failed',
    status,
    accountWide: accountWide === 'true',
    version: Number(outputs[SETUP_OUTPUTS.version] ?? SETUP_VERSION),
    outputs,
    ...(watched.failure ? { failure: watched.failure } : {}),
    elapsedSeconds: watched.elapsedSeconds,
  };
}
