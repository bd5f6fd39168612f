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
import { backupOf } from './backup/backup.js';
import {
  BACKUP_WAIT,
  requestBackup,
  waitForBackups,
  type BackupOutcome,
  type BackupRequest,
} from './backup/backup-wait.js';
import type { BackupManifest } from '../aws/data-bucket-api.js';
import { serviceRoleToUse } from '../checks/account-setup.js';
import type { OperationContext } from '../context/operation-context.js';
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
  /** Stacks kept because their running notebook did not write the fresh backup asked for (--no-backup goes ahead). */
  readonly held: readonly HeldStack[];
}

/** A stack not deleted because its notebook's fresh backup did not come: why, and how old the last one is. */
export interface HeldStack {
  readonly stackName: string;
  readonly notebookName: string;
  /** noAck: the notebook never acknowledged the request; timeout: it did, but the backup did not finish in time. */
  readonly reason: 'noAck' | 'timeout' | 'failed';
  /** For `failed`: what S3 answered. */
  readonly detail?: string;
  /** How long smnb waited for what did not come (the acknowledgement's limit, or the backup's). */
  readonly waitedMinutes: number;
  readonly lastBackupAt?: string;
  readonly lastBackupAgeSeconds?: number;
}

async function selectStacks(
  ctx: Pick<OperationContext, 'notebooks' | 'region' | 'stacks'>,
  input: DeleteInput,
): Promise<StackSummary[]> {
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

/** What `deleteStacks` uses of the operation context. */
export type DeleteContext = Pick<
  OperationContext,
  'clock' | 'dataBuckets' | 'identity' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/**
 * Deletes whole notebook stacks. Decides first: says exactly what goes (the notebook and the files on its volume) and
 * what stays (the data bucket, its last backup), and asks for the stack names to be typed (or takes --yes); a refusal
 * has sent nothing but reads. Then acts: asks every running notebook for a fresh backup at once and waits once; a
 * notebook that does not answer keeps its own stack, the others are deleted, several at once within a bound.
 */
export async function deleteStacks(ctx: DeleteContext, input: DeleteInput): Promise<DeleteResult> {
  const selected = await selectStacks(ctx, input);
  // A busy stack is left for later, never a reason to leave the others; only when all are busy is there nothing to do.
  const busy = selected.filter((s) => isBusy(s.status));
  const stacks = selected.filter((s) => !isBusy(s.status));
  if (stacks.length === 0) {
    const first = busy[0]!;
    throw new PreconditionError('error.stackBusy', { stack: first.name, status: first.status }, 'hint.watch');
  }
  for (const s of busy) ctx.io.notify(message('delete.skippedBusy', { stack: s.name, status: s.status }, 'warn'));
  const plans = await mapBounded(stacks, input.concurrency, (s) => keptOf(ctx, s));
  for (const p of plans) tellWhatGoes(ctx, p, input.noBackup === true);
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

  const held = input.noBackup ? [] : await backupsFirst(ctx, plans);
  const going = stacks.filter((s) => !held.some((h) => h.stackName === s.name));
  const deleted = await mapBounded(going, input.concurrency, (stack) =>
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
    held,
  };
}

/** What a stack keeps when it goes: its data bucket, the last backup in it, and whether its notebook is running. */
interface KeptPlan {
  readonly stack: StackSummary;
  readonly notebookName?: string;
  readonly bucket?: string;
  readonly lastBackup?: BackupManifest;
  readonly running: boolean;
}

/** Reads only: the bucket, its last backup and the notebook's status (any of them may be unknown). */
async function keptOf(
  ctx: Pick<OperationContext, 'dataBuckets' | 'notebooks' | 'region' | 'stacks'>,
  stack: StackSummary,
): Promise<KeptPlan> {
  const notebookName = notebookOfStack(stack);
  const bucket = await dataBucketOf(ctx, stack).catch(() => undefined);
  if (!notebookName || !bucket) return { stack, notebookName, bucket, running: false };
  const [info, notebook] = await Promise.all([
    backupOf(ctx, notebookName, stack, bucket).catch(() => undefined),
    ctx.notebooks.describe(notebookName).catch(() => undefined),
  ]);
  return { stack, notebookName, bucket, lastBackup: info?.manifest, running: isRunning(notebook?.status ?? '') };
}

/** Before the question: what goes, what stays, and whether a fresh backup will be asked for first. */
function tellWhatGoes(ctx: Pick<OperationContext, 'io'>, p: KeptPlan, noBackup: boolean): void {
  const notebook = p.notebookName ?? '-';
  ctx.io.notify(
    message(
      p.bucket ? 'delete.whatGoes' : 'delete.whatGoesNoBucket',
      { stack: p.stack.name, notebook, bucket: p.bucket ?? '' },
      'warn',
    ),
  );
  if (!p.notebookName || !p.bucket) return;
  if (p.lastBackup)
    ctx.io.notify(
      message('delete.lastBackup', {
        notebook,
        at: p.lastBackup.writtenAt,
        files: p.lastBackup.files,
        size: formatBytes(p.lastBackup.bytes),
        bucket: p.bucket,
      }),
    );
  else ctx.io.notify(message('delete.noBackupYet', { notebook }, 'warn'));
  if (p.running && !noBackup) ctx.io.notify(message('delete.freshBackupFirst', { notebook }));
}

/**
 * Asks every running notebook for a fresh backup at once, waits once, and returns the stacks whose notebook did not
 * answer in time: their delete stops, the others go ahead.
 */
async function backupsFirst(
  ctx: Pick<OperationContext, 'clock' | 'dataBuckets' | 'io' | 'pollIntervalMs'>,
  plans: readonly KeptPlan[],
): Promise<HeldStack[]> {
  const asked = plans.filter((p) => p.running && p.notebookName && p.bucket);
  if (asked.length === 0) return [];
  const requests = await Promise.all(
    asked.map(async (p) => {
      try {
        return { plan: p, request: await requestBackup(ctx, p.notebookName!, p.bucket!) };
      } catch (error) {
        return { plan: p, error: toAppError(error, 'backup') };
      }
    }),
  );
  for (const r of requests)
    if (r.request)
      ctx.io.notify(message('backup.requested', { notebook: r.request.notebookName, bucket: r.request.bucket }));
  const sent = requests.flatMap((r) => (r.request ? [r.request] : []));
  const outcomes = sent.length > 0 ? await waitForBackups(ctx, sent) : new Map<BackupRequest, BackupOutcome>();
  const held: HeldStack[] = [];
  for (const r of requests) {
    const outcome: BackupOutcome = r.request ? outcomes.get(r.request)! : { kind: 'failed', error: r.error! };
    const p = r.plan;
    if (outcome.kind === 'done') {
      const m = outcome.manifest;
      ctx.io.notify(
        message('delete.freshBackup', {
          notebook: p.notebookName!,
          at: m.writtenAt,
          files: m.files,
          size: formatBytes(m.bytes),
          bucket: p.bucket!,
        }),
      );
      continue;
    }
    const lastAt = p.lastBackup?.writtenAt;
    held.push({
      stackName: p.stack.name,
      notebookName: p.notebookName!,
      reason: outcome.kind,
      detail: outcome.kind === 'failed' ? String(outcome.error.params?.message ?? outcome.error.key) : undefined,
      waitedMinutes: (outcome.kind === 'noAck' ? BACKUP_WAIT.ackMs : BACKUP_WAIT.doneMs) / 60_000,
      lastBackupAt: lastAt,
      lastBackupAgeSeconds: lastAt ? Math.max(0, (ctx.clock.now() - Date.parse(lastAt)) / 1000) : undefined,
    });
  }
  return held;
}

/** AWS answered the delete request with a refusal: CloudFormation never started deleting. */
class DeleteRefused extends Error {
  constructor(override readonly cause: unknown) {
    super('delete refused');
  }
}

/**
 * The logical ID the templates give the data bucket (infra/constructs/data-bucket.ts; a test reads the committed
 * templates to keep the two the same).
 */
export const DATA_BUCKET_LOGICAL_ID = 'DataBucket';

/**
 * The stack's data bucket: its output; else the kept bucket it was given; else, for a stack whose outputs are missing
 * (a create that stopped half-way, an older stack), its DataBucket resource, in the stack or one of its nested stacks.
 */
async function dataBucketOf(ctx: Pick<OperationContext, 'stacks'>, stack: StackSummary): Promise<string | undefined> {
  const given = stack.outputs.DataBucketName || stack.parameters.ExistingDataBucketName;
  if (given) return given;
  const resources = await ctx.stacks.stackResources(stack.id);
  const own = resources.find((r) => r.logicalId === DATA_BUCKET_LOGICAL_ID)?.physicalId;
  if (own) return own;
  for (const nested of resources.filter((r) => r.resourceType === 'AWS::CloudFormation::Stack' && r.physicalId)) {
    const found = (await ctx.stacks.stackResources(nested.physicalId!)).find(
      (r) => r.logicalId === DATA_BUCKET_LOGICAL_ID,
    )?.physicalId;
    if (found) return found;
  }
  return undefined;
}

/** One failure's words for the summary: our message when we have one, else AWS's. */
function reasonOf(error: unknown): string {
  const e = toAppError(error, 'delete');
  return String(e.params?.message ?? e.key);
}

async function deleteOne(
  ctx: Pick<OperationContext, 'clock' | 'identity' | 'io' | 'pollIntervalMs' | 'region' | 'stacks'>,
  stack: StackSummary,
): Promise<DeletedStack> {
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
