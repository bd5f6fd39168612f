import { isRunning } from '../../shared/notebook-status.js';
import type { BackupManifest } from '../aws/data-bucket-api.js';
import type { StackSummary } from '../aws/stack-api.js';
import { AppError, PreconditionError } from '../errors.js';
import { message } from '../events.js';
import type { OperationContext } from './operation-context.js';
import { resolveTarget } from './resolve-target.js';

/** A notebook's data bucket and its last backup (none when it never backed up). */
export interface BackupInfo {
  readonly bucket: string;
  readonly manifest?: BackupManifest;
}

/**
 * The notebook's data bucket: the stack's output while the stack lives, else the bucket kept from an earlier stack,
 * found by its smnb:notebook tag (the newest backup wins when there are several).
 */
export async function backupOf(
  ctx: OperationContext,
  notebookName: string,
  stack?: StackSummary,
): Promise<BackupInfo | undefined> {
  const api = await ctx.dataBuckets();
  const inUse = stack?.outputs.DataBucketName;
  const buckets = inUse ? [inUse] : await api.bucketsOfNotebook(notebookName, ctx.region);
  const found = await Promise.all(
    buckets.map(async (bucket) => ({ bucket, manifest: await api.latestBackup(bucket) })),
  );
  return found.sort((a, b) => (b.manifest?.writtenAt ?? '').localeCompare(a.manifest?.writtenAt ?? ''))[0];
}

/** How long `smnb backup` waits: the notebook looks for requests every 5 minutes; one missed run is allowed for. */
export const BACKUP_WAIT_MS = 12 * 60_000;

/**
 * Leaves a backup request in the data bucket and waits until the notebook's manifest answers it. The CLI cannot run
 * anything on the notebook: its scheduled backup picks the request object up (at most 5 minutes later).
 */
export async function freshBackup(
  ctx: OperationContext,
  notebookName: string,
  bucket: string,
): Promise<BackupManifest> {
  const api = await ctx.dataBuckets();
  const start = ctx.clock.now();
  const requestId = `smnb-${start}`;
  await api.requestBackup(bucket, requestId, new Date(start));
  ctx.io.notify(message('backup.requested', { notebook: notebookName, bucket }));
  // A fixed number of looks, one every 5 poll intervals: at the default 2 s that is every 10 s for 12 minutes (72
  // GETs, a fraction of a cent); counted in looks, not by the clock, so a test with a short interval ends quickly.
  for (let look = 0; look < BACKUP_WAIT_MS / 10_000; look++) {
    const manifest = await api.latestBackup(bucket);
    if (manifest?.requestId === requestId) return manifest;
    await ctx.clock.sleep(5 * ctx.pollIntervalMs);
  }
  throw new AppError('error.backupTimeout', { notebook: notebookName, minutes: BACKUP_WAIT_MS / 60_000 });
}

export interface BackupResult {
  readonly notebookName: string;
  readonly bucket: string;
  readonly manifest: BackupManifest;
}

/** smnb backup: a running notebook writes a fresh backup of ~/SageMaker, and this waits until it is written. */
export async function backupNotebook(ctx: OperationContext, name: string | undefined): Promise<BackupResult> {
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
