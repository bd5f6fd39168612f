import { referencePrice } from '../../pricing/hourly-price.js';
import type { RosterMember } from '../../../shared/class-contract.js';
import type { ClassContext } from './class-context.js';
import { errorName, readMembers, type UnreadableAccount } from './members.js';

/** Running this long without a stop is flagged: a class day is over by then (our threshold, not AWS's). */
export const FORGOTTEN_AFTER_HOURS = 10;
/** A backup older than this (or none) is flagged: the notebook's own schedule writes one every few minutes. */
export const STALE_BACKUP_DAYS = 7;

export interface ClassStatusRow {
  readonly account: string;
  readonly member: string;
  readonly region: string;
  readonly notebook?: string;
  readonly status: string;
  readonly instanceType?: string;
  /** Hours InService this month, as far as the notebook shows it: since its last start, from the 1st at the earliest. */
  readonly hoursThisMonth: number;
  readonly lastBackup?: string;
  readonly usdPerHour?: number;
  /** The price is another region's, shown as a reference. */
  readonly priceIsReference?: boolean;
  readonly usdThisMonth?: number;
  readonly flags: readonly ('forgotten' | 'noRecentBackup' | 'failed')[];
}

export interface ClassStatusResult {
  readonly rows: readonly ClassStatusRow[];
  readonly unreadable: readonly UnreadableAccount[];
  readonly totals: {
    readonly notebooks: number;
    readonly running: number;
    readonly usdPerHour: number;
    readonly usdThisMonth: number;
  };
}

const HOUR = 3_600_000;

/** What `classStatus` uses of the class context. */
export type ClassStatusContext = Pick<ClassContext, 'clock' | 'member' | 'price' | 'stackSets'>;

/**
 * smnb class status: one row per member notebook, read in each account through its reader role: status, hours
 * running this month (from the notebook's LastModifiedTime, which a start sets: DescribeNotebookInstance API
 * Reference; earlier runs this month are not visible to a read-only role without billing access, so this is a lower
 * bound, and the table says so), the last backup, the hourly price and what this month's running has cost so far.
 */
export async function classStatus(
  ctx: ClassStatusContext,
  roster: readonly RosterMember[] = [],
): Promise<ClassStatusResult> {
  const names = new Map(roster.map((m) => [m.account, m.member]));
  const { notebooks, unreadable } = await readMembers(ctx);
  const now = ctx.clock.now();
  const d = new Date(now);
  const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const rows: ClassStatusRow[] = [];
  const stillUnreadable = [...unreadable];
  for (const n of notebooks) {
    const { account, region } = n.instance;
    const member = names.get(account) ?? n.notebookName ?? '-';
    if (!n.notebookName) {
      rows.push({
        account,
        member,
        region,
        status: n.instance.detailedStatus ?? n.instance.status,
        hoursThisMonth: 0,
        flags: ['failed'],
      });
      continue;
    }
    try {
      const [info, backup] = await Promise.all([
        n.scope.notebooks.describe(n.notebookName),
        n.bucket ? n.scope.dataBuckets.latestBackup(n.bucket) : Promise.resolve(undefined),
      ]);
      const status = info?.status ?? 'Missing';
      const since = info?.lastModifiedAt ? Math.max(info.lastModifiedAt.getTime(), monthStart) : now;
      const hours = status === 'InService' ? Math.max(0, (now - since) / HOUR) : 0;
      const live = info ? await ctx.price(region, info.instanceType) : undefined;
      const price = live ?? (info ? referencePrice(info.instanceType) : undefined);
      const flags: ClassStatusRow['flags'][number][] = [];
      if (status === 'InService' && hours >= FORGOTTEN_AFTER_HOURS) flags.push('forgotten');
      if (!backup || now - Date.parse(backup.writtenAt) > STALE_BACKUP_DAYS * 24 * HOUR) flags.push('noRecentBackup');
      if (status === 'Failed' || status === 'Missing') flags.push('failed');
      rows.push({
        account,
        member,
        region,
        notebook: n.notebookName,
        status,
        instanceType: info?.instanceType,
        hoursThisMonth: Math.round(hours * 10) / 10,
        lastBackup: backup?.writtenAt,
        usdPerHour: price?.usdPerHour,
        priceIsReference: price !== undefined && !live,
        usdThisMonth: price ? Math.round(hours * price.usdPerHour * 100) / 100 : undefined,
        flags,
      });
    } catch (error) {
      stillUnreadable.push({ account, region, error: errorName(error) });
    }
  }
  const running = rows.filter((r) => r.status === 'InService');
  return {
    rows,
    unreadable: stillUnreadable,
    totals: {
      notebooks: rows.length,
      running: running.length,
      usdPerHour: Math.round(running.reduce((s, r) => s + (r.usdPerHour ?? 0), 0) * 1000) / 1000,
      usdThisMonth: Math.round(rows.reduce((s, r) => s + (r.usdThisMonth ?? 0), 0) * 100) / 100,
    },
  };
}
