import type { ResourceChange, StackSummary } from '../../aws/stack-api.js';
import { AppError, PreconditionError, UserAbort } from '../../errors.js';
import { message, resume } from '../../events.js';
import { explainFailure, type FailureExplanation } from '../../monitor/failure.js';
import { isBusy, isSuccess, REVIEW_IN_PROGRESS, ROLLBACK_COMPLETE } from '../../monitor/stack-status.js';
import { watchStack } from '../../monitor/watch-stack.js';
import { analyseChanges, isNoChanges, isReplacement, type ChangeAnalysis } from '../../plan/change-analysis.js';
import type { DeployOptions } from '../../plan/deploy-options.js';
import { isRetiredPlatform, TAG_MANAGED, TAG_NOTEBOOK } from '../../../shared/notebook-rules.js';
import { withKeptBucket } from './kept-bucket.js';
import { templateForUpdate } from './template-for-update.js';
import { setNotebookPower } from '../notebook-power.js';
import { switchPlatformInPlace } from '../platform/switch-in-place.js';
import type { OperationContext } from '../../context/operation-context.js';
import { BOUNDARY_PARAMETER, boundaryToPass } from './permissions-boundary.js';
import { isUp } from '../../../shared/notebook-status.js';
import { serviceRoleToUse } from '../../checks/account-setup.js';

export interface DeployInput {
  readonly options: DeployOptions;
  readonly templateBody: string;
  readonly templateParameters: readonly string[];
  /** Do not wait for the stack to finish (smnb watch can attach later). */
  readonly noWait: boolean;
  /** Accept replacing the notebook (its files are lost) without the typed confirmation. */
  readonly allowReplacement: boolean;
  /** Typical time of the whole deployment, from the plan, for the "time left" estimate. */
  readonly expectedSeconds?: number;
  /** Stack tags besides smnb's own (fleet, owner, the user's). */
  readonly extraTags?: Readonly<Record<string, string>>;
}

export type DeployOutcome = 'created' | 'updated' | 'no-changes' | 'started' | 'failed';

export interface DeployResult {
  readonly stackName: string;
  readonly stackId: string;
  readonly notebookName: string;
  readonly outcome: DeployOutcome;
  readonly status: string;
  readonly changes: readonly ResourceChange[];
  readonly outputs: Readonly<Record<string, string>>;
  readonly failure?: FailureExplanation;
  readonly elapsedSeconds: number;
}

const CHANGE_SET_POLL_LIMIT = 300;

/** The user's parameters, plus the permissions boundary when the template takes one, the user set none, and it exists. */
async function withBoundary(
  ctx: Pick<OperationContext, 'identity' | 'permissions'>,
  templateParameters: readonly string[],
  parameters: Readonly<Record<string, string>>,
): Promise<Readonly<Record<string, string>>> {
  if (!templateParameters.includes(BOUNDARY_PARAMETER) || BOUNDARY_PARAMETER in parameters) return parameters;
  const name = await boundaryToPass(ctx);
  return name ? { ...parameters, [BOUNDARY_PARAMETER]: name } : parameters;
}

/** What `deploy` uses of the operation context. */
export type DeployContext = Pick<
  OperationContext,
  'clock' | 'dataBuckets' | 'identity' | 'io' | 'notebooks' | 'permissions' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/**
 * Creates or updates the notebook stack through a change set, in four phases: find the stack (clearing one left in
 * ROLLBACK_COMPLETE, with consent), prepare the change set, show it and ask where the notebook would be replaced,
 * then execute it and follow the stack to its end.
 */
export async function deploy(ctx: DeployContext, input: DeployInput): Promise<DeployResult> {
  const existing = await stackToDeploy(ctx, input.options.stackName);
  const prepared = await prepareChangeSet(ctx, input, existing);
  const base = {
    stackName: input.options.stackName,
    notebookName: input.options.notebookName,
    changes: prepared.changeSet.changes,
  };
  if (prepared.changeSet.status === 'FAILED' || !prepared.changeSetId) {
    if (prepared.changeSetId) await ctx.stacks.deleteChangeSet(prepared.changeSetId).catch(() => undefined);
    if (isNoChanges(prepared.changeSet.statusReason)) return noChanges(ctx, existing, base);
    throw new AppError('error.changeSetFailed', {
      stack: input.options.stackName,
      reason: prepared.changeSet.statusReason ?? '',
    });
  }
  const analysis = analyseChanges(prepared.changeSet.changes);
  showChanges(ctx, input.options.stackName, existing ? 'UPDATE' : 'CREATE', prepared.changeSet.changes, analysis);
  await confirmReplacement(ctx, input, analysis, existing, prepared.changeSetId);
  return executeAndFollow(ctx, input, existing, { ...prepared, changeSetId: prepared.changeSetId }, base);
}

/** Phase 1: the stack as it stands, or undefined for a new one. A busy stack is refused before anything is sent. */
async function stackToDeploy(
  ctx: Pick<OperationContext, 'clock' | 'identity' | 'io' | 'pollIntervalMs' | 'stacks'>,
  stackName: string,
): Promise<StackSummary | undefined> {
  const existing = await ctx.stacks.describeStack(stackName);
  // A change set that was never executed (an earlier run stopped before it) leaves REVIEW_IN_PROGRESS: create again.
  if (!existing || existing.status === REVIEW_IN_PROGRESS) return undefined;
  if (isBusy(existing.status)) {
    throw new PreconditionError('error.stackBusy', { stack: existing.name, status: existing.status }, 'hint.watch');
  }
  return existing.status === ROLLBACK_COMPLETE ? clearFailedCreate(ctx, existing) : existing;
}

interface PreparedChangeSet {
  readonly changeSetId: string | undefined;
  readonly changeSet: { status: string; statusReason?: string; changes: readonly ResourceChange[] };
  /** When the deploy began, on this machine's clock: only for the change set's name and the elapsed time shown. */
  readonly since: Date;
}

/**
 * Phase 2: the parameters (a kept data bucket for a new stack, the permissions boundary when the account has it),
 * then the change set, described with its nested change sets. Nothing is changed in AWS yet.
 */
async function prepareChangeSet(
  ctx: Pick<
    OperationContext,
    'clock' | 'dataBuckets' | 'identity' | 'io' | 'permissions' | 'pollIntervalMs' | 'region' | 'stacks'
  >,
  input: DeployInput,
  existing: StackSummary | undefined,
): Promise<PreparedChangeSet> {
  const { options } = input;
  const type = existing ? 'UPDATE' : 'CREATE';
  // A new stack of a notebook that had one before uses its kept data bucket again (and so gets its backup back).
  const kept = type === 'CREATE' ? await withKeptBucket(ctx, input) : options.parameters;
  const templateBody = existing ? await templateForUpdate(ctx, existing, input.templateBody) : input.templateBody;
  const parameters = await withBoundary(ctx, input.templateParameters, kept);
  const roleArn = await serviceRoleToUse(ctx);
  const since = new Date(ctx.clock.now());
  ctx.io.notify(
    resume(type === 'CREATE' ? 'interrupt.preparingCreate' : 'interrupt.preparingUpdate', {
      stack: options.stackName,
    }),
  );
  const changeSetId = await noChangesAsUndefined(
    ctx.stacks.createChangeSet({
      stackName: options.stackName,
      changeSetName: `smnb-${since.getTime()}`,
      type,
      templateBody,
      // What the user set, else what the stack had: UsePreviousValue only works for a parameter the stack has.
      parameters: input.templateParameters
        .filter((key) => key in parameters || (existing && key in existing.parameters))
        .map((key) => (key in parameters ? { key, value: parameters[key] } : { key, usePrevious: true })),
      tags: { ...input.extraTags, [TAG_MANAGED]: 'true', [TAG_NOTEBOOK]: options.notebookName },
      // The nested layout's notebook lives in a child: only nested change sets show that it would be replaced.
      includeNestedStacks: options.nested,
      ...(roleArn ? { roleArn } : {}),
    }),
  );
  const changeSet = changeSetId
    ? await waitForChangeSet(ctx, changeSetId)
    : { status: 'FAILED', statusReason: 'No updates are to be performed.', changes: [] };
  return { changeSetId, changeSet, since };
}

/** Phase 3: what changes. A new stack adds everything (the plan lists it); an update names each change. */
function showChanges(
  ctx: Pick<OperationContext, 'io'>,
  stackName: string,
  type: 'CREATE' | 'UPDATE',
  changes: readonly ResourceChange[],
  { adds, modifies, removes }: ChangeAnalysis,
): void {
  ctx.io.notify(message('deploy.changes', { adds, modifies, removes, stack: stackName }));
  if (type === 'CREATE') return;
  for (const c of changes) {
    ctx.io.notify(
      message(isReplacement(c) ? 'deploy.changeReplace' : 'deploy.changeLine', {
        action: c.action,
        resource: [...(c.nestedIn ?? []), c.logicalId].join('/'),
        type: c.resourceType,
      }),
    );
  }
}

/**
 * Phase 4, once the user agreed to all: an AL2 notebook is switched in place first, then the change set runs and the
 * stack is followed to its end (or left running with --no-wait); a notebook stopped for the switch starts again.
 */
async function executeAndFollow(
  ctx: Pick<OperationContext, 'clock' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'>,
  input: DeployInput,
  existing: StackSummary | undefined,
  prepared: PreparedChangeSet & { readonly changeSetId: string },
  base: Pick<DeployResult, 'stackName' | 'notebookName' | 'changes'>,
): Promise<DeployResult> {
  const { options } = input;
  const type = existing ? 'UPDATE' : 'CREATE';
  const notebookName = existing?.parameters.NotebookInstanceName ?? options.notebookName;
  const restart = existing ? await switchBeforeUpdate(ctx, notebookName, prepared.changeSetId) : false;

  ctx.io.notify(resume(type === 'CREATE' ? 'interrupt.creating' : 'interrupt.updating', { stack: options.stackName }));
  // The operation is what comes after the stack's newest event now: no clock is compared with AWS's.
  const afterEventId = await ctx.stacks.latestEventId(options.stackName);
  const executed = ctx.stacks.executeChangeSet(prepared.changeSetId).then(() => true);
  if ((await noChangesAsUndefined(executed)) === undefined) {
    if (restart) await setNotebookPower(ctx, notebookName, 'start', false);
    return noChanges(ctx, existing, base);
  }
  const started = await ctx.stacks.describeStack(options.stackName);
  const stackId = started?.id ?? options.stackName;
  if (input.noWait) {
    ctx.io.notify(message('deploy.started', { stack: options.stackName }));
    if (restart) ctx.io.notify(message('deploy.startLater', { notebook: notebookName }, 'warn'));
    return { ...base, stackId, outcome: 'started', status: started?.status ?? '', outputs: {}, elapsedSeconds: 0 };
  }
  ctx.io.notify({
    type: 'operation',
    stackName: options.stackName,
    expectedSeconds: input.expectedSeconds,
    at: prepared.since,
  });
  const watched = await watchStack(ctx, stackId, { afterEventId });
  const status = watched.stack?.status ?? '';
  const ok = isSuccess(status);
  if (restart) {
    ctx.io.notify(message('deploy.restarting', { notebook: notebookName }));
    await setNotebookPower(ctx, notebookName, 'start', false);
  }
  return {
    ...base,
    stackId,
    outcome: ok ? (type === 'CREATE' ? 'created' : 'updated') : 'failed',
    status,
    outputs: watched.stack?.outputs ?? {},
    failure: ok ? undefined : watched.failure,
    elapsedSeconds: watched.elapsedSeconds,
  };
}

/**
 * An AL2 notebook cannot be started again, and CloudFormation would replace it (empty volume) to change its
 * platform: switch it in place first (asks). Returns whether it was running, to start it again afterwards.
 */
async function switchBeforeUpdate(
  ctx: Pick<OperationContext, 'clock' | 'io' | 'notebooks' | 'pollIntervalMs' | 'stacks'>,
  name: string,
  changeSetId: string,
): Promise<boolean> {
  const notebook = await ctx.notebooks.describe(name);
  if (!notebook || !isRetiredPlatform(notebook.platform)) return false;
  try {
    await switchPlatformInPlace(ctx, notebook);
  } catch (error) {
    await ctx.stacks.deleteChangeSet(changeSetId).catch(() => undefined);
    throw error;
  }
  return isUp(notebook.status);
}

/** "No changes" is a success: the stack stays as it is. */
function noChanges(
  ctx: Pick<OperationContext, 'io'>,
  existing: StackSummary | undefined,
  base: Pick<DeployResult, 'stackName' | 'notebookName' | 'changes'>,
): DeployResult {
  ctx.io.notify(message('deploy.noChanges', { stack: base.stackName }));
  return {
    ...base,
    stackId: existing?.id ?? '',
    outcome: 'no-changes',
    status: existing?.status ?? '',
    outputs: existing?.outputs ?? {},
    elapsedSeconds: 0,
  };
}

/**
 * CloudFormation may also say "No updates are to be performed." by throwing a ValidationError (from CreateChangeSet,
 * ExecuteChangeSet or UpdateStack) instead of failing the change set: that is "no changes", a success.
 */
async function noChangesAsUndefined<T>(call: Promise<T>): Promise<T | undefined> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof Error && error.name === 'ValidationError' && isNoChanges(error.message)) return undefined;
    throw error;
  }
}

/** Waits until a change set is ready or has failed (an empty one fails with "no changes"). */
export async function waitForChangeSet(ctx: Pick<OperationContext, 'stacks' | 'clock' | 'pollIntervalMs'>, id: string) {
  for (let i = 0; i < CHANGE_SET_POLL_LIMIT; i++) {
    const info = await ctx.stacks.describeChangeSet(id);
    if (info.status === 'CREATE_COMPLETE' || info.status === 'FAILED') return info;
    await ctx.clock.sleep(Math.max(ctx.pollIntervalMs / 2, 0));
  }
  throw new AppError('error.changeSetTimeout', { id });
}

/**
 * The files at risk are on the notebook the stack has now, which is not the one named by --name when the update
 * renames it: the warning names both, and the name to type is the current one.
 */
async function confirmReplacement(
  ctx: Pick<OperationContext, 'io' | 'stacks'>,
  input: DeployInput,
  analysis: ChangeAnalysis,
  existing: StackSummary | undefined,
  changeSetId: string,
) {
  if (!analysis.replacesNotebook) return;
  const next = input.options.notebookName;
  const current = existing?.parameters.NotebookInstanceName ?? next;
  ctx.io.notify(
    current === next
      ? message('deploy.replacementWarning', { notebook: current }, 'warn')
      : message('deploy.replacementRenames', { current, notebook: next }, 'warn'),
  );
  const agreed =
    input.allowReplacement ||
    (await ctx.io.confirm({
      questionKey: 'confirm.replacement',
      questionParams: { notebook: current },
      typeToConfirm: current,
      defaultAnswer: false,
    }));
  if (!agreed) {
    await ctx.stacks.deleteChangeSet(changeSetId).catch(() => undefined);
    throw new UserAbort('error.replacementDeclined', { notebook: current }, 'hint.allowReplacement');
  }
}

/** A stack whose first create failed can only be deleted; say why it failed, then delete it with consent. */
async function clearFailedCreate(
  ctx: Pick<OperationContext, 'clock' | 'identity' | 'io' | 'pollIntervalMs' | 'stacks'>,
  stack: StackSummary,
): Promise<undefined> {
  const events = await ctx.stacks.newEvents(stack.id);
  const failure = explainFailure(events, stack.id, () => undefined);
  ctx.io.notify(
    message(
      'deploy.rollbackComplete',
      { stack: stack.name, resource: failure?.logicalId ?? '?', reason: failure?.reason ?? '' },
      'warn',
    ),
  );
  const agreed = await ctx.io.confirm({
    questionKey: 'confirm.recreate',
    questionParams: { stack: stack.name },
    defaultAnswer: true,
  });
  if (!agreed) throw new UserAbort('error.recreateDeclined', { stack: stack.name });
  const afterEventId = await ctx.stacks.latestEventId(stack.id);
  await ctx.stacks.deleteStack(stack.id, await serviceRoleToUse(ctx));
  const watched = await watchStack(ctx, stack.id, { afterEventId });
  if (watched.stack && watched.stack.status !== 'DELETE_COMPLETE') {
    throw new AppError('error.deleteFailed', {
      stack: stack.name,
      reason: watched.failure?.reason ?? watched.stack.status,
    });
  }
  return undefined;
}
