import { isRunning } from '../../../shared/notebook-status.js';
import type { BackupManifest } from '../../aws/data-bucket-api.js';
import type { StackSummary } from '../../aws/stack-api.js';
import { AppError, PreconditionError } from '../../errors.js';
import { message } from '../../events.js';
import type { OperationContext } from '../../context/operation-context.js';
import { resolveTarget } from '../resolve-target.js';
import { BACKUP_WAIT, requestBackup, waitForBackups } from './backup-wait.js';

/** A notebook's data bucket and its last backup (none when it never backed up). */
export interface BackupInfo {
  readonly bucket: string;
  readonly manifest?: BackupManifest;
}

/** What `backupOf` uses of the operation context. */
export type BackupOfContext = Pick<OperationContext, 'dataBuckets' | 'region'>;

/**
 * The notebook's data bucket: the stack's output while the stack lives, else the bucket kept from an earlier stack,
 * found by its smnb:notebook tag (the newest backup wins when there are several). `knownBucket` is the stack's bucket
 * when the caller found it some other way (a stack without outputs).
 */
export async function backupOf(
  ctx: BackupOfContext,
  notebookName: string,
  stack?: StackSummary,
  knownBucket?: string,
): Promise<BackupInfo | undefined> {
  const api = await ctx.dataBuckets();
  const inUse = knownBucket ?? stack?.outputs.DataBucketName;
  const buckets = inUse ? [inUse] : await api.bucketsOfNotebook(notebookName, ctx.region);
  const found = await Promise.all(
    buckets.map(async (bucket) => ({ bucket, manifest: await api.latestBackup(bucket) })),
  );
  return found.sort((a, b) => (b.manifest?.writtenAt ?? '').localeCompare(a.manifest?.writtenAt ?? ''))[0];
}

/** What `freshBackup` uses of the operation context. */
export type FreshBackupContext = Pick<OperationContext, 'clock' | 'dataBuckets' | 'io' | 'pollIntervalMs'>;

/**
 * Leaves a backup request in the data bucket and waits until the notebook's manifest answers it. The CLI cannot run
 * anything on the notebook: the notebook looks for the request every minute, acknowledges it, then backs up.
 */
export async function freshBackup(
  ctx: FreshBackupContext,
  notebookName: string,
  bucket: string,
): Promise<BackupManifest> {
  const request = await requestBackup(ctx, notebookName, bucket);
  ctx.io.notify(message('backup.requested', { notebook: notebookName, bucket }));
  const outcome = (await waitForBackups(ctx, [request])).get(request)!;
  if (outcome.kind === 'done') return outcome.manifest;
  if (outcome.kind === 'failed') throw outcome.error;
  throw outcome.kind === 'noAck'
    ? new AppError('error.backupNoAck', { notebook: notebookName, minutes: BACKUP_WAIT.ackMs / 60_000 })
    : new AppError('error.backupTimeout', { notebook: notebookName, minutes: BACKUP_WAIT.doneMs / 60_000 });
}

export interface BackupResult {
  readonly notebookName: string;
  readonly bucket: string;
  readonly manifest: BackupManifest;
}

/** What `backupNotebook` uses of the operation context. */
export type BackupContext = Pick<
  OperationContext,
  'clock' | 'dataBuckets' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/** smnb backup: a running notebook writes a fresh backup of ~/SageMaker, and this waits until it is written. */
export async function backupNotebook(ctx: BackupContext, name: string | undefined): Promise<BackupResult> {
  const { stack, notebook, notebookName } = await resolveTarget(ctx, name);
  const info = stack ? await backupOf(ctx, notebookName, stack) : undefined;
  if (!info)
    throw new PreconditionError('error.noDataBucket', { notebook: notebookName, region: ctx.region }, 'hint.list');
  if (!isRunning(notebook?.status ?? ''))
    throw new PreconditionError(
      'error.backupNotRunning',
      { notebook: notebookName, status: notebook?.status ?? '-', last: info.manifest?.writtenAt ?? '-' },
      'hint.backupStart',
    );
  return { notebookName, bucket: info.bucket, manifest: await freshBackup(ctx, notebookName, info.bucket) };
}
