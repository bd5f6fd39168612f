import { UserAbort } from '../../errors.js';
import { message } from '../../events.js';
import { CLASS_NOTEBOOK_STACK_SET } from '../../../shared/class-contract.js';
import { keptFilesMonthlyCost } from '../../pricing/s3-price.js';
import type { OperationPreferences } from '../../aws/class/stack-set-api.js';
import type { ClassContext } from './class-context.js';
import { readMembers, type UnreadableAccount } from './members.js';
import { waitForOperation } from './wait-operation.js';

export interface KeptBucket {
  readonly account: string;
  readonly region: string;
  readonly bucket: string;
  /** Bytes of the backup the reader role can see (the bucket's smnb-backup/ prefix). */
  readonly backupBytes: number;
  readonly usdPerMonth: number;
  readonly priceRegion: string;
}

export interface ClassDeleteResult {
  readonly deleted: readonly { account: string; region: string; status: string; reason?: string }[];
  readonly kept: readonly KeptBucket[];
  readonly unreadable: readonly UnreadableAccount[];
  readonly failed: number;
}

/** What `deleteClass` uses of the class context. */
export type DeleteClassContext = Pick<ClassContext, 'clock' | 'io' | 'member' | 'pollIntervalMs' | 'stackSets'>;

/**
 * smnb class delete: every notebook instance of the class's notebook StackSet, in one DeleteStackInstances
 * operation (RetainStacks false: the stacks go; each data bucket stays, as its DeletionPolicy Retain keeps it). The
 * set-up StackSet stays: it holds the budget and the reader role. Asks first, naming how many notebooks go (typed), and
 * lists afterwards each account's kept bucket with what its backup costs a month.
 */
export async function deleteClass(
  ctx: DeleteClassContext,
  options: { readonly yes: boolean; readonly preferences: OperationPreferences },
): Promise<ClassDeleteResult> {
  const instances = await ctx.stackSets.instances(CLASS_NOTEBOOK_STACK_SET);
  if (instances.length === 0) return { deleted: [], kept: [], unreadable: [], failed: 0 };
  const count = instances.length;
  const agreed =
    options.yes ||
    (await ctx.io.confirm({
      questionKey: 'confirm.classDelete',
      questionParams: { count },
      typeToConfirm: String(count),
      defaultAnswer: false,
    }));
  if (!agreed) throw new UserAbort('error.classDeleteDeclined', { count }, 'hint.classDeleteYes');
  // Read the buckets before the stacks (and their outputs) are gone.
  const { notebooks, unreadable } = await readMembers(ctx);
  const kept: KeptBucket[] = [];
  for (const n of notebooks) {
    if (!n.bucket) continue;
    const bytes = (await n.scope.dataBuckets.backupFiles(n.bucket)).reduce((s, f) => s + f.bytes, 0);
    const cost = keptFilesMonthlyCost(bytes, n.instance.region);
    kept.push({
      account: n.instance.account,
      region: n.instance.region,
      bucket: n.bucket,
      backupBytes: bytes,
      usdPerMonth: cost.usdPerMonth,
      priceRegion: cost.price.region,
    });
  }
  const ous = [...new Set(instances.map((i) => i.ou).filter((o): o is string => Boolean(o)))];
  const regions = [...new Set(instances.map((i) => i.region))];
  const accounts = [...new Set(instances.map((i) => i.account))];
  ctx.io.notify(message('class.deleting', { count }));
  const id = await ctx.stackSets.deleteInstances(
    CLASS_NOTEBOOK_STACK_SET,
    { ous, accounts, filter: 'INTERSECTION' },
    regions,
    options.preferences,
  );
  const { results } = await waitForOperation(ctx, CLASS_NOTEBOOK_STACK_SET, id, new Map());
  const deleted = results.map((r) => ({ account: r.account, region: r.region, status: r.status, reason: r.reason }));
  return { deleted, kept, unreadable, failed: deleted.filter((d) => d.status !== 'SUCCEEDED').length };
}
