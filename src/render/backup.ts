import { usd } from '../plan/money-text.js';
import type { Translate } from '../i18n/messages.js';
import type { BackupInfo, BackupResult } from '../operations/backup/backup.js';
import type { RestoreResult } from '../operations/backup/restore.js';
import { formatBytes } from '../plan/byte-size.js';
import { keptFilesMonthlyCost } from '../pricing/s3-price.js';

/** "when, how many files, how big, where, what it costs to keep", or that there is none yet. */
export function formatBackupInfo(info: BackupInfo, t: Translate, region?: string): string {
  const m = info.manifest;
  if (!m) return t('backup.none', { bucket: info.bucket });
  const summary = t('backup.summary', {
    at: m.writtenAt,
    files: m.files,
    size: formatBytes(m.bytes),
    bucket: info.bucket,
  });
  if (!region) return summary;
  const cost = keptFilesMonthlyCost(m.bytes, region);
  return `${summary}; ${t(cost.reference ? 'backup.costReference' : 'backup.cost', {
    usd: usd(cost.usdPerMonth),
    price: cost.price.usdPerGbMonth,
    region: cost.price.region,
    asOf: cost.price.asOf,
  })}`;
}

/** Cents matter here: a few MB cost less than one. */

export function formatBackupResult(r: BackupResult, t: Translate): string {
  return t('backup.done', {
    notebook: r.notebookName,
    summary: formatBackupInfo({ bucket: r.bucket, manifest: r.manifest }, t),
  });
}

export function formatRestoreResult(r: RestoreResult, t: Translate): string {
  const lines = [restoreSummary(r, t)];
  if (r.blocked.length > 0) lines.push(t('restore.blocked', { count: r.blocked.length, first: r.blocked[0]! }));
  if (!r.from && r.kept.length > 0)
    lines.push(t('restore.keptToo', { notebook: r.notebookName, names: r.kept.join(', '), name: r.kept.at(-1)! }));
  return lines.join('\n');
}

function restoreSummary(r: RestoreResult, t: Translate): string {
  return t(r.from ? 'restore.doneKept' : 'restore.done', {
    from: r.from ?? '',
    notebook: r.notebookName,
    files: r.files,
    size: formatBytes(r.bytes),
    bucket: r.bucket,
    at: r.backupWrittenAt ?? '-',
    dir: r.dir,
    skipped: r.skipped,
  });
}
