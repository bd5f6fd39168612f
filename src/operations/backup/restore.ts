import { PreconditionError, UsageError } from '../../errors.js';
import { DEFAULT_NOTEBOOK_NAME } from '../../../shared/notebook-rules.js';
import { keptBackupFiles } from '../../../shared/backup-layout.js';
import { message } from '../../events.js';
import { backupOf } from './backup.js';
import type { OperationContext } from '../../context/operation-context.js';
import { resolveTarget } from '../resolve-target.js';

/** Where restored files go; the command gives the local folder (operations never touch the disk themselves). */
export interface RestoreTarget {
  readonly dir: string;
  /**
   * Writes one file; 'exists' leaves a file that is already there untouched; 'blocked': a folder of that name, or a
   * file where one of its folders goes, is in the way (a backup can hold both `a` and `a/b`).
   */
  write(path: string, body: Uint8Array): Promise<'written' | 'exists' | 'blocked'>;
}

export interface RestoreResult {
  readonly notebookName: string;
  readonly bucket: string;
  readonly dir: string;
  readonly files: number;
  readonly bytes: number;
  /** Already in the folder, so left as they were. */
  readonly skipped: number;
  /** Paths that could not be written: a folder or a file of the same name was in the way. */
  readonly blocked: string[];
  /** Backups a restore on the notebook kept aside (kept-<time>), for `--from`. */
  readonly kept: string[];
  readonly backupWrittenAt?: string;
  /** The backup kept aside that was copied (`--from`), when not the latest one. */
  readonly from?: string;
}

/** A backed-up path stays inside the target folder: no absolute paths, no "..". */
export function safePath(path: string): boolean {
  return !path.startsWith('/') && !path.split('/').some((part) => part === '..' || part === '');
}

/** What `restoreNotebook` uses of the operation context. */
export type RestoreContext = Pick<OperationContext, 'dataBuckets' | 'io' | 'notebooks' | 'region' | 'stacks'>;

/**
 * smnb restore NAME --to DIR: copies the notebook's latest backup to this computer, from the stack's data bucket
 * or, once the stack is deleted, from the bucket kept with the smnb:notebook tag. Never overwrites a file. With
 * `from` (kept-<time>), the backup a restore on the notebook kept aside instead.
 */
export async function restoreNotebook(
  ctx: RestoreContext,
  name: string | undefined,
  target: RestoreTarget,
  from?: string,
): Promise<RestoreResult> {
  const wanted = name ?? DEFAULT_NOTEBOOK_NAME;
  // A deleted notebook has no stack and no instance any more: its kept bucket is what is left.
  const found = await resolveTarget(ctx, wanted, false).catch((error: unknown) => {
    if (error instanceof PreconditionError) return undefined;
    throw error;
  });
  const notebookName = found?.notebookName ?? wanted;
  const info = await backupOf(ctx, notebookName, found?.stack);
  if (!info)
    throw new PreconditionError('error.noDataBucket', { notebook: notebookName, region: ctx.region }, 'hint.list');
  if (!info.manifest && !from)
    throw new PreconditionError('error.noBackup', { notebook: notebookName, bucket: info.bucket });
  const api = await ctx.dataBuckets();
  const prefix = from ? keptBackupFiles(from) : undefined;
  const files = await api.backupFiles(info.bucket, prefix);
  const kept = await api.keptBackups(info.bucket);
  if (from && files.length === 0)
    throw new PreconditionError('error.noKeptBackup', {
      from,
      bucket: info.bucket,
      notebook: notebookName,
      kept: kept.join(', ') || '-',
    });
  let written = 0;
  let bytes = 0;
  let skipped = 0;
  const blocked: string[] = [];
  for (const file of files) {
    if (!safePath(file.path)) throw new UsageError('error.restorePath', { path: file.path });
    const body = await api.backupFile(info.bucket, file.path, prefix);
    const outcome = await target.write(file.path, body);
    if (outcome === 'exists') skipped++;
    else if (outcome === 'blocked') blocked.push(file.path);
    else {
      written++;
      bytes += body.byteLength;
    }
  }
  ctx.io.notify(message('restore.progress', { files: written, dir: target.dir }));
  return {
    notebookName,
    bucket: info.bucket,
    dir: target.dir,
    files: written,
    bytes,
    skipped,
    blocked,
    kept,
    ...(from ? { from } : { backupWrittenAt: info.manifest?.writtenAt }),
  };
}
