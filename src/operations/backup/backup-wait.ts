import { BACKUP_REQUEST_CHECK_SECONDS } from '../../../shared/backup-layout.js';
import type { BackupManifest } from '../../aws/data-bucket-api.js';
import { toAppError } from '../../aws/aws-errors.js';
import type { AppError } from '../../errors.js';
import type { OperationContext } from '../../context/operation-context.js';

/**
 * How long smnb waits for a notebook's backup, declared once for `smnb backup` and `smnb delete` alike.
 * - ackMs: the notebook looks for a request every BACKUP_REQUEST_CHECK_SECONDS and acknowledges it at once; two
 *   checks (one may be missed, e.g. while the previous backup still runs) and 30 s for S3 and a slow check.
 * - doneMs: from the request until the manifest answers it: uploading a large volume takes minutes.
 * - lookMs: between two looks at the bucket (two small GETs per notebook and look, a fraction of a cent an hour).
 */
export const BACKUP_WAIT = {
  ackMs: (2 * BACKUP_REQUEST_CHECK_SECONDS + 30) * 1000,
  doneMs: 12 * 60_000,
  lookMs: 10_000,
} as const;

/** A request left in a notebook's data bucket. */
export interface BackupRequest {
  readonly notebookName: string;
  readonly bucket: string;
  readonly requestId: string;
}

/** How a request ended: the fresh backup, no acknowledgement in time, no backup in time, or S3 could not be asked. */
export type BackupOutcome =
  | { readonly kind: 'done'; readonly manifest: BackupManifest }
  | { readonly kind: 'noAck' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'failed'; readonly error: AppError };

/** What `requestBackup` uses of the operation context. */
export type RequestBackupContext = Pick<OperationContext, 'clock' | 'dataBuckets'>;

/** Leaves a backup request (its id made from the clock and the notebook, unique within one command). */
export async function requestBackup(
  ctx: RequestBackupContext,
  notebookName: string,
  bucket: string,
): Promise<BackupRequest> {
  const api = await ctx.dataBuckets();
  const start = ctx.clock.now();
  const requestId = `smnb-${start}-${notebookName}`;
  await api.requestBackup(bucket, requestId, new Date(start));
  return { notebookName, bucket, requestId };
}

/** One look at one request: the manifest first (a finished backup needs no acknowledgement), then the ack. */
async function look(ctx: Pick<OperationContext, 'dataBuckets'>, r: BackupRequest, acked: boolean) {
  const api = await ctx.dataBuckets();
  const manifest = await api.latestBackup(r.bucket);
  if (manifest?.requestId === r.requestId) return { manifest, acked: true };
  return { acked: acked || (await api.backupAck(r.bucket))?.requestId === r.requestId };
}

/** What `waitForBackups` uses of the operation context. */
export type WaitForBackupsContext = Pick<OperationContext, 'clock' | 'dataBuckets' | 'io' | 'pollIntervalMs'>;

/**
 * Waits once for every request together, with a countdown event at each look. A notebook that has not acknowledged
 * within ackMs, or not written its backup within doneMs, ends its own wait; the others go on. Counted in looks, one
 * every 5 poll intervals (10 s at the default 2 s), not by the clock, so a test with a short interval ends quickly.
 */
export async function waitForBackups(
  ctx: WaitForBackupsContext,
  requests: readonly BackupRequest[],
): Promise<Map<BackupRequest, BackupOutcome>> {
  const outcomes = new Map<BackupRequest, BackupOutcome>();
  const acked = new Set<BackupRequest>();
  for (let elapsed = 0; ; elapsed += BACKUP_WAIT.lookMs) {
    const pending = requests.filter((r) => !outcomes.has(r));
    await Promise.all(
      pending.map(async (r) => {
        try {
          const seen = await look(ctx, r, acked.has(r));
          if (seen.manifest) return void outcomes.set(r, { kind: 'done', manifest: seen.manifest });
          if (seen.acked) acked.add(r);
          if (!seen.acked && elapsed >= BACKUP_WAIT.ackMs) outcomes.set(r, { kind: 'noAck' });
          else if (elapsed >= BACKUP_WAIT.doneMs) outcomes.set(r, { kind: 'timeout' });
        } catch (error) {
          outcomes.set(r, { kind: 'failed', error: toAppError(error, 'backup') });
        }
      }),
    );
    const waiting = requests.filter((r) => !outcomes.has(r));
    if (waiting.length === 0) return outcomes;
    // The limit that ends the wait now: the acknowledgement's while a notebook has not answered at all.
    const limit = waiting.some((r) => acked.has(r)) ? BACKUP_WAIT.doneMs : BACKUP_WAIT.ackMs;
    ctx.io.notify({
      type: 'countdown',
      key: 'backup.countdown',
      params: {
        count: waiting.length,
        acked: waiting.filter((r) => acked.has(r)).length,
        notebooks: waiting.map((r) => r.notebookName).join(', '),
      },
      remainingSeconds: Math.max(0, (limit - elapsed) / 1000),
      totalSeconds: limit / 1000,
    });
    await ctx.clock.sleep((BACKUP_WAIT.lookMs / 2000) * ctx.pollIntervalMs);
  }
}
