import { UsageError } from '../../errors.js';
import { message } from '../../events.js';
import type { RosterMember } from '../../../shared/class-contract.js';
import { safePath, type RestoreTarget } from '../backup/restore.js';
import type { ClassContext } from './class-context.js';
import { readMembers, type UnreadableAccount } from './members.js';

export interface ClassExportRow {
  readonly account: string;
  readonly member: string;
  readonly dir: string;
  readonly files: number;
  readonly skipped: number;
  readonly backupWrittenAt?: string;
}

export interface ClassExportResult {
  readonly rows: readonly ClassExportRow[];
  /** Members whose notebook never backed up. */
  readonly noBackup: readonly { account: string; member: string }[];
  readonly unreadable: readonly UnreadableAccount[];
}

/** What `exportClass` uses of the class context. */
export type ExportClassContext = Pick<ClassContext, 'io' | 'member' | 'stackSets'>;

/**
 * smnb class export --to DIR: each member's latest backup into DIR/<member>/, read through the member account's
 * reader role. Paths are checked as `smnb restore` checks them, and a file already there is never replaced (the
 * target the command gives refuses to).
 */
export async function exportClass(
  ctx: ExportClassContext,
  roster: readonly RosterMember[],
  folderFor: (member: string) => RestoreTarget,
): Promise<ClassExportResult> {
  const names = new Map(roster.map((m) => [m.account, m.member]));
  const { notebooks, unreadable } = await readMembers(ctx);
  const rows: ClassExportRow[] = [];
  const noBackup: { account: string; member: string }[] = [];
  for (const n of notebooks) {
    const account = n.instance.account;
    const member = names.get(account) ?? n.notebookName ?? account;
    const manifest = n.bucket ? await n.scope.dataBuckets.latestBackup(n.bucket) : undefined;
    if (!n.bucket || !manifest) {
      noBackup.push({ account, member });
      continue;
    }
    const target = folderFor(member);
    let files = 0;
    let skipped = 0;
    for (const file of await n.scope.dataBuckets.backupFiles(n.bucket)) {
      if (!safePath(file.path)) throw new UsageError('error.restorePath', { path: file.path });
      const body = await n.scope.dataBuckets.backupFile(n.bucket, file.path);
      // Not written: already there, or a folder of that name in the way (counted with them).
      if ((await target.write(file.path, body)) === 'written') files++;
      else skipped++;
    }
    ctx.io.notify(message('class.exported', { member, files, dir: target.dir }));
    rows.push({ account, member, dir: target.dir, files, skipped, backupWrittenAt: manifest.writtenAt });
  }
  return { rows, noBackup, unreadable };
}
