import { isRunning } from '../../shared/notebook-status.js';
import type { StackSummary } from '../aws/stack-api.js';
import { toAppError } from '../aws/aws-errors.js';
import { PreconditionError, stackNotFound, UserAbort } from '../errors.js';
import { message, resume } from '../events.js';
import type { FailureExplanation } from '../monitor/failure.js';
import { isBusy } from '../monitor/stack-status.js';
import { watchStack } from '../monitor/watch-stack.js';
import { TAG_MANAGED } from '../../shared/notebook-rules.js';
import { globToRegExp } from '../plan/glob.js';
import { mapBounded } from './map-bounded.js';
import { formatBytes } from '../plan/byte-size.js';
import { BACKUP_WAIT_MS, backupOf, freshBackup } from './backup.js';
import { serviceRoleToUse } from './account-setup.js';
import type { OperationContext } from './operation-context.js';
import { notebookOfStack, resolveTarget } from './resolve-target.js';

export interface DeleteInput {
  readonly names: readonly string[];
  /** Shell-style pattern (* and ?) over the names of stacks made by smnb. */
  readonly match?: string;
  readonly yes: boolean;
  /** How many stacks are deleted at once. */
  readonly concurrency: number;
  /** Do not ask a running notebook for a fresh backup first. */
  readonly noBackup?: boolean;
}

export interface DeletedStack {
  readonly stackName: string;
  readonly notebookName?: string;
  readonly status: string;
  /** Resources kept on purpose (the data bucket), with what to run to remove them deliberately. */
  readonly retained: readonly { readonly logicalId: string; readonly physicalId: string; readonly region: string }[];
  readonly failure?: FailureExplanation;
  /** AWS refused the DeleteStack call itself (access denied, throttled, unreachable): nothing was attempted. */
  readonly refused?: boolean;
}

export interface DeleteResult {
  readonly deleted: readonly DeletedStack[];
  /** Deletes that CloudFormation started and that did not end in DELETE_COMPLETE. */
  readonly failed: number;
  /** Deletes that AWS refused before anything was attempted: those stacks are as they were. */
  readonly refused: number;
  /** Stacks left alone because CloudFormation was busy with them (they can be deleted once it is done). */
  readonly skipped: readonly { readonly stackName: string; readonly status: string }[];
}

async function selectStacks(ctx: OperationContext, input: DeleteInput): Promise<StackSummary[]> {
  const chosen = new Map<string, StackSummary>();
  for (const name of input.names) {
    const target = await resolveTarget(ctx, name, false);
    if (!target.stack) throw stackNotFound(name, ctx.region);
    chosen.set(target.stack.id, target.stack);
  }
  if (input.match) {
    const re = globToRegExp(input.match);
    for (const s of await ctx.stacks.listStacks()) {
      if (s.tags[TAG_MANAGED] === 'true' && !s.parentId && re.test(s.name) && s.status !== 'DELETE_COMPLETE')
        chosen.set(s.id, s);
    }
  }
  if (chosen.size === 0)
    throw new PreconditionError('error.nothingToDelete', { pattern: input.match ?? '' }, 'hint.list');
  return [...chosen.values()];
}

/**
 * Deletes whole notebook stacks. Says exactly what goes (the notebook and the files on its volume) and what stays (the
 * data bucket), asks for the stack names to be typed, deletes several at once within a bound, and reports what was
 * retained with how to remove it deliberately.
 */
export async function deleteStacks(ctx: OperationContext, input: DeleteInput): Promise<DeleteResult> {
  const selected = await selectStacks(ctx, input);
  // A busy stack is left for later, never a reason to leave the others; only when all are busy is there nothing to do.
  const busy = selected.filter((s) => isBusy(s.status));
  const stacks = selected.filter((s) => !isBusy(s.status));
  if (stacks.length === 0) {
    const first = busy[0]!;
    throw new PreconditionError('error.stackBusy', { stack: first.name, status: first.status }, 'hint.watch');
  }
  for (const s of busy) ctx.io.notify(message('delete.skippedBusy', { stack: s.name, status: s.status }, 'warn'));
  for (const s of stacks) {
    ctx.io.notify(
      message(
        'delete.whatGoes',
        {
          stack: s.name,
          notebook: notebookOfStack(s) ?? '-',
          bucket: s.outputs.DataBucketName ?? '-',
        },
        'warn',
      ),
    );
  }
  for (const s of stacks) await backupBeforeDelete(ctx, s, input.noBackup === true);
  const names = stacks.map((s) => s.name).join(' ');
  const agreed =
    input.yes ||
    (await ctx.io.confirm({
      questionKey: 'confirm.delete',
      questionParams: { names },
      typeToConfirm: names,
      defaultAnswer: false,
    }));
  // Without a terminal there was no one to ask: say how to agree in advance.
  if (!agreed) throw new UserAbort('error.deleteDeclined', { names }, 'hint.deleteYes');

  const deleted = await mapBounded(stacks, input.concurrency, (stack) =>
    deleteOne(ctx, stack).catch((error: unknown): DeletedStack => ({
      stackName: stack.name,
      notebookName: notebookOfStack(stack),
      status: error instanceof DeleteRefused ? stack.status : 'DELETE_FAILED',
      retained: [],
      failure: {
        logicalId: stack.name,
        resourceType: 'AWS::CloudFormation::Stack',
        reason: reasonOf(error instanceof DeleteRefused ? error.cause : error),
      },
      refused: error instanceof DeleteRefused || undefined,
    })),
  );
  return {
    deleted,
    failed: deleted.filter((d) => !d.refused && d.status !== 'DELETE_COMPLETE').length,
    refused: deleted.filter((d) => d.refused).length,
    skipped: busy.map((s) => ({ stackName: s.name, status: s.status })),
  };
}

/** AWS answered the delete request with a refusal: CloudFormation never started deleting. */
class DeleteRefused extends Error {
  constructor(override readonly cause: unknown) {
    super('delete refused');
  }
}

/**
 * Says what is kept of the notebook's files before the question is asked: for a running notebook a fresh backup
 * first (unless --no-backup), else, or when that fails, the last one and how old it is.
 */
async function backupBeforeDelete(ctx: OperationContext, stack: StackSummary, skip: boolean): Promise<void> {
  const notebookName = notebookOfStack(stack);
  if (!notebookName || !stack.outputs.DataBucketName) return;
  const info = await backupOf(ctx, notebookName, stack).catch(() => undefined);
  if (!info) return;
  let manifest = info.manifest;
  const running = isRunning((await ctx.notebooks.describe(notebookName))?.status ?? '');
  if (running && !skip) {
    try {
      manifest = await freshBackup(ctx, notebookName, info.bucket);
    } catch (error) {
      const e = toAppError(error, 'backup');
      const at = manifest?.writtenAt ?? '-';
      ctx.io.notify(
        e.key === 'error.backupTimeout'
          ? message('delete.backupTimedOut', { notebook: notebookName, minutes: BACKUP_WAIT_MS / 60_000, at }, 'warn')
          : message(
              'delete.backupFailed',
              { notebook: notebookName, reason: String(e.params?.message ?? e.key), at },
              'warn',
            ),
      );
    }
  }
  if (!manifest) ctx.io.notify(message('delete.noBackupYet', { notebook: notebookName }, 'warn'));
  else
    ctx.io.notify(
      message('delete.lastBackup', {
        notebook: notebookName,
        at: manifest.writtenAt,
        files: manifest.files,
        size: formatBytes(manifest.bytes),
        bucket: info.bucket,
      }),
    );
}

/** One failure's words for the summary: our message when we have one, else AWS's. */
function reasonOf(error: unknown): string {
  const e = toAppError(error, 'delete');
  return String(e.params?.message ?? e.key);
}

async function deleteOne(ctx: OperationContext, stack: StackSummary): Promise<DeletedStack> {
  const since = new Date(ctx.clock.now());
  ctx.io.notify(resume('interrupt.deleting', { stack: stack.name }));
  let afterEventId: string | undefined;
  try {
    afterEventId = await ctx.stacks.latestEventId(stack.id);
    // With the account set-up's service role when there is one: a person holds no rights of their own to delete with.
    await ctx.stacks.deleteStack(stack.id, await serviceRoleToUse(ctx));
  } catch (error) {
    throw new DeleteRefused(error);
  }
  ctx.io.notify({ type: 'operation', stackName: stack.name, at: since });
  const watched = await watchStack(ctx, stack.id, { afterEventId });
  const retained = watched.events
    .filter((e) => e.status === 'DELETE_SKIPPED' && e.physicalId)
    .map((e) => ({ logicalId: e.logicalId, physicalId: e.physicalId!, region: ctx.region }));
  return {
    stackName: stack.name,
    notebookName: notebookOfStack(stack),
    status: watched.stack?.status ?? 'DELETE_COMPLETE',
    retained,
    failure: watched.stack?.status === 'DELETE_COMPLETE' ? undefined : watched.failure,
  };
}
