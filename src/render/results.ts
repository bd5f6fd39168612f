import { formatBackupInfo } from './backup.js';
import type { MessageKey, Translate } from '../i18n/messages.js';
import type { FleetResult } from '../operations/deploy/fleet.js';
import type { DeleteResult, HeldStack } from '../operations/delete.js';
import type { DeployResult } from '../operations/deploy/deploy.js';
import type { ListedNotebook } from '../plan/account-listing.js';
import type { PowerResult } from '../operations/notebook-power.js';
import type { OpenResult } from '../operations/open.js';
import type { OutputsResult } from '../operations/outputs.js';
import type { StatusResult } from '../operations/status.js';
import type { UpgradeResult } from '../operations/platform/upgrade.js';
import { displayWidth, padEnd } from '../plan/text-width.js';
import type { HourlyPrice } from '../pricing/hourly-price.js';
import { formatAge, formatDuration } from './duration.js';
import { usdHourly } from '../plan/money-text.js';
import { isUp } from '../../shared/notebook-status.js';

/** Rows as aligned columns (display width, so Japanese text lines up too). */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : padEnd(cell, widths[i]! + 2)))
      .join('')
      .trimEnd(),
  );
}

function keyValues(values: Readonly<Record<string, string>>): string[] {
  const entries = Object.entries(values);
  return entries.length === 0 ? [] : table(entries.map(([k, v]) => [`  ${k}`, v]));
}

export function formatDeployResult(r: DeployResult, t: Translate, retryFlags: string): string {
  const duration = formatDuration(r.elapsedSeconds, t);
  switch (r.outcome) {
    case 'no-changes':
      return t('result.noChanges', { stack: r.stackName });
    case 'started':
      return [t('result.started', { stack: r.stackName }), t('deploy.started', { stack: r.stackName })].join('\n');
    case 'failed': {
      const lines = [t('result.failed', { stack: r.stackName, status: r.status })];
      if (r.failure) {
        const where = (r.failure.nestedStack ? `${r.failure.nestedStack}/` : '') + r.failure.logicalId;
        lines.push(t('result.failedResource', { resource: where, type: r.failure.resourceType }));
        lines.push(t('result.reason', { reason: r.failure.reason }));
        if (r.failure.causeKey) lines.push(t('result.cause', { cause: t(r.failure.causeKey) }));
      }
      lines.push(t('result.cleanup', { stack: r.stackName, flags: retryFlags }));
      return lines.join('\n');
    }
    default:
      return [
        t(r.outcome === 'created' ? 'result.created' : 'result.updated', { stack: r.stackName, duration }),
        '',
        `${t('result.outputs')}:`,
        ...keyValues(r.outputs),
        '',
        t('result.next', { notebook: r.notebookName }),
      ].join('\n');
  }
}

export function formatStatus(r: StatusResult, t: Translate): string {
  const none = t('status.none');
  const idle =
    r.idleTimeoutMinutes === undefined
      ? none
      : r.idleTimeoutMinutes === 0
        ? t('status.autoStopOff')
        : t('status.autoStopMinutes', { minutes: r.idleTimeoutMinutes });
  const rows: [string, string][] = [
    [t('status.stack'), r.stackName ? `${r.stackName}  ${r.stackStatus}` : none],
    [t('status.notebook'), `${r.notebookName}  ${r.notebookStatus ?? none}`],
    [t('status.type'), r.instanceType ?? none],
    [t('status.volume'), r.volumeSizeInGB === undefined ? none : `${r.volumeSizeInGB} GB`],
    [t('status.autoStop'), idle],
  ];
  if (r.platform)
    rows.push([
      t('status.platform'),
      r.retiredPlatform ? t('status.platformRetired', { platform: r.platform, notebook: r.notebookName }) : r.platform,
    ]);
  if (r.idleTimeoutMinutes)
    rows.push([t('status.autoStopLog'), t('status.autoStopLogWhere', { notebook: r.notebookName, region: r.region })]);
  rows.push([t('status.cost'), r.hourlyPrice ? formatHourly(r.hourlyPrice, t) : t('status.costUnknown')]);
  if (r.backup) rows.push([t('status.backup'), formatBackupInfo(r.backup, t, r.region)]);
  if (r.failureReason) rows.push([t('status.failure'), r.failureReason]);
  if (r.failureCause) rows.push([t('status.failureCause'), t(r.failureCause)]);
  if (r.url) rows.push([t('status.url'), `https://${r.url}/lab`]);
  return table(rows).join('\n');
}

function formatHourly(p: HourlyPrice, t: Translate): string {
  return t(`status.cost.${p.source}`, { usd: usdHourly(p.usdPerHour), asOf: p.asOf, region: p.region });
}

export function formatOutputs(r: OutputsResult, t: Translate): string {
  return [`${t('status.stack')}: ${r.stackName}  ${r.status}`, ...keyValues(r.outputs)].join('\n');
}

export function formatOpen(r: OpenResult, t: Translate): string {
  return [t('open.url', { notebook: r.notebookName }), r.url, '', t('open.console'), r.consoleUrl].join('\n');
}

export function formatPower(r: PowerResult, t: Translate): string {
  if (!r.changed) return t('power.already', { notebook: r.notebookName, status: r.status });
  return t(r.action === 'stop' ? 'power.done.stop' : 'power.done.start', {
    notebook: r.notebookName,
    status: r.status,
  });
}

export function formatUpgrade(r: UpgradeResult, t: Translate): string {
  const params = { notebook: r.notebookName, from: r.from, platform: r.platform, status: r.status };
  return t(r.changed ? 'result.upgraded' : 'result.upgradeNotNeeded', params);
}

/** A stack kept because its notebook's fresh backup did not come: why, how old the last backup is, how to go ahead. */
function heldLines(h: HeldStack, t: Translate): string[] {
  const params = { stack: h.stackName, notebook: h.notebookName, minutes: h.waitedMinutes, reason: h.detail ?? '' };
  return [
    t(`delete.held.${h.reason}`, params),
    h.lastBackupAt
      ? t('delete.heldLast', { at: h.lastBackupAt, age: formatAge(h.lastBackupAgeSeconds ?? 0, t) })
      : t('delete.heldNone'),
    t('delete.heldHint', params),
  ];
}

export function formatDelete(r: DeleteResult, t: Translate): string {
  const lines: string[] = [];
  for (const d of r.deleted) {
    lines.push(t(d.refused ? 'delete.refused' : 'delete.done', { stack: d.stackName, status: d.status }));
    for (const kept of d.retained) lines.push(t('delete.retained', kept));
    if (d.failure) lines.push(`  ${t('result.reason', { reason: d.failure.reason })}`);
  }
  for (const s of r.skipped) lines.push(t('delete.skipped', { stack: s.stackName, status: s.status }));
  for (const h of r.held) lines.push(...heldLines(h, t));
  const ok = r.deleted.length - r.failed - r.refused;
  lines.push(t('delete.summary', { ok, failed: r.failed, skipped: r.skipped.length }));
  if (r.refused > 0) lines.push(t('delete.refusedSummary', { count: r.refused }));
  if (r.held.length > 0) lines.push(t('delete.heldSummary', { count: r.held.length }));
  return lines.join('\n');
}

/**
 * What the running notebooks cost an hour together. A notebook without a known price is named, never counted as
 * zero: the sum is then "at least", or unknown when none is priced.
 */
export function runningLine(
  running: { count: number; usdPerHourKnown: number; unpriced: readonly string[] },
  t: Translate,
  everywhere: boolean,
): string {
  const params = { count: running.count, usd: usdHourly(running.usdPerHourKnown), names: running.unpriced.join(', ') };
  if (running.unpriced.length === 0) return t(everywhere ? 'list.runningEverywhere' : 'list.running', params);
  if (running.unpriced.length === running.count)
    return t(everywhere ? 'list.runningEverywhereUnknown' : 'list.runningUnknown', params);
  return t(everywhere ? 'list.runningEverywhereAtLeast' : 'list.runningAtLeast', params);
}

export function formatList(rows: readonly ListedNotebook[], t: Translate, region: string): string {
  if (rows.length === 0) return t('list.empty', { region });
  const header = ['name', 'status', 'type', 'cost', 'created', 'stack'].map((h) =>
    t(`list.header.${h}` as 'list.header.name'),
  );
  const up = (r: ListedNotebook) => r.status !== undefined && isUp(r.status);
  const lines = table([
    header,
    ...rows.map((r) => [
      r.name,
      r.status ?? '-',
      r.instanceType ?? '-',
      // A stopped notebook is not billed by the hour: its price is what it would cost once started.
      r.usdPerHour === undefined
        ? '-'
        : up(r)
          ? usdHourly(r.usdPerHour)
          : t('list.priceWhenRunning', { usd: usdHourly(r.usdPerHour) }),
      r.createdAt?.slice(0, 16) ?? '-',
      r.stackName ?? '-',
    ]),
  ]);
  // What the running ones cost together, so a forgotten notebook stands out.
  const running = rows.filter(up);
  if (running.length > 0) {
    const usdPerHourKnown = running.reduce((sum, r) => sum + (r.usdPerHour ?? 0), 0);
    const unpriced = running.filter((r) => r.usdPerHour === undefined).map((r) => r.name);
    lines.push('', runningLine({ count: running.length, usdPerHourKnown, unpriced }, t, false));
  }
  const retired = rows.filter((r) => r.retiredPlatform).map((r) => r.name);
  if (retired.length > 0) lines.push('', t('list.retired', { count: retired.length, names: retired.join(', ') }));
  return lines.join('\n');
}

export function formatFleetResult(r: FleetResult, t: Translate): string {
  const rows = r.rows.map((row) => [
    row.name,
    row.stackName,
    t(`fleet.outcome.${row.outcome}` as MessageKey),
    row.failure
      ? `${row.failure.logicalId}: ${row.failure.reason}`
      : row.error
        ? t(row.error.key, row.error.params)
        : '',
  ]);
  const header = [t('list.header.name'), t('list.header.stack'), t('fleet.header.result'), t('fleet.header.detail')];
  return [
    t('fleet.title', { fleet: r.fleet }),
    ...table([header, ...rows]),
    '',
    t('fleet.summary', { ok: r.rows.length - r.failed, failed: r.failed }),
  ].join('\n');
}
