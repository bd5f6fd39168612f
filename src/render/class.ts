import type { Translate } from '../i18n/messages.js';
import type { ClassDeployResult } from '../operations/class/deploy.js';
import type { ClassStatusResult } from '../operations/class/status.js';
import type { ClassDeleteResult } from '../operations/class/delete.js';
import type { ClassExportResult } from '../operations/class/export.js';
import type { UnreadableAccount } from '../operations/class/members.js';
import { formatBytes } from '../plan/byte-size.js';
import { usd, usdHourly } from '../plan/money-text.js';
import { table } from './results.js';

const unreadableLines = (unreadable: readonly UnreadableAccount[], t: Translate) =>
  unreadable.map((u) => t('class.unreadable', { account: u.account, region: u.region, error: u.error }));

/** The deploy summary: one row per account and region, setup and notebook results, and why a failure failed. */
export function formatClassDeploy(r: ClassDeployResult, t: Translate): string {
  const head = [
    t('class.col.account'),
    t('class.col.member'),
    t('class.col.region'),
    t('class.col.setup'),
    t('class.col.notebook'),
  ];
  const rows = r.rows.map((x) => [x.account, x.member, x.region, x.setup, x.notebook]);
  const reasons = r.rows
    .filter((x) => x.reason)
    .map((x) => t('class.reason', { account: x.account, reason: x.reason! }));
  return [
    ...table([head, ...rows]),
    ...reasons,
    r.failed > 0
      ? t('class.deployFailed', { failed: r.failed, total: r.rows.length })
      : t('class.deployDone', { total: r.rows.length }),
  ].join('\n');
}

/** The class at a glance: one row per member, totals, flags, and the accounts that could not be read. */
export function formatClassStatus(r: ClassStatusResult, t: Translate): string {
  const head = [
    t('class.col.account'),
    t('class.col.member'),
    t('class.col.region'),
    t('class.col.status'),
    t('class.col.hours'),
    t('class.col.lastBackup'),
    t('class.col.perHour'),
    t('class.col.month'),
    t('class.col.flags'),
  ];
  const rows = r.rows.map((x) => [
    x.account,
    x.member,
    x.region,
    x.status,
    x.hoursThisMonth.toFixed(1),
    x.lastBackup ?? t('class.never'),
    x.usdPerHour === undefined ? '-' : `${usdHourly(x.usdPerHour)}${x.priceIsReference ? '*' : ''}`,
    x.usdThisMonth === undefined ? '-' : usd(x.usdThisMonth),
    x.flags.map((f) => t(`class.flag.${f}`)).join(', '),
  ]);
  return [
    ...table([head, ...rows]),
    t('class.totals', {
      notebooks: r.totals.notebooks,
      running: r.totals.running,
      perHour: usdHourly(r.totals.usdPerHour),
      month: usd(r.totals.usdThisMonth),
    }),
    t('class.hoursNote'),
    ...(r.rows.some((x) => x.priceIsReference) ? [t('class.referenceNote')] : []),
    ...unreadableLines(r.unreadable, t),
  ].join('\n');
}

export function formatClassDelete(r: ClassDeleteResult, t: Translate): string {
  if (r.deleted.length === 0 && r.kept.length === 0) return t('class.nothingToDelete');
  const deleted = r.deleted.map((d) =>
    t(d.status === 'SUCCEEDED' ? 'class.deletedOne' : 'class.deleteFailedOne', {
      account: d.account,
      region: d.region,
      status: d.status,
      reason: d.reason ?? '',
    }),
  );
  const kept = r.kept.map((k) =>
    t('class.keptBucket', {
      account: k.account,
      bucket: k.bucket,
      size: formatBytes(k.backupBytes),
      usd: usd(k.usdPerMonth),
      priceRegion: k.priceRegion,
    }),
  );
  return [
    ...deleted,
    ...(kept.length ? [t('class.keptHeader'), ...kept] : []),
    ...unreadableLines(r.unreadable, t),
  ].join('\n');
}

export function formatClassExport(r: ClassExportResult, t: Translate): string {
  return [
    ...r.rows.map((x) =>
      t('class.exportedOne', {
        member: x.member,
        files: x.files,
        skipped: x.skipped,
        dir: x.dir,
        at: x.backupWrittenAt ?? '',
      }),
    ),
    ...r.noBackup.map((x) => t('class.noBackup', { member: x.member, account: x.account })),
    ...unreadableLines(r.unreadable, t),
  ].join('\n');
}
