import { isRetiredPlatform } from '../../shared/notebook-rules.js';
import type { MessageKey } from '../i18n/messages.js';
import { knownCause } from '../monitor/failure.js';
import type { HourlyPrice } from '../pricing/hourly-price.js';
import { backupOf, type BackupInfo } from './backup/backup.js';
import type { OperationContext } from '../context/operation-context.js';
import { resolveTarget } from './resolve-target.js';

export interface StatusResult {
  readonly stackName?: string;
  readonly stackStatus?: string;
  readonly notebookName: string;
  readonly notebookStatus?: string;
  readonly failureReason?: string;
  /** What the failure reason means, when it is a cause smnb recognises (quota, capacity, zone, account plan…). */
  readonly failureCause?: MessageKey;
  readonly instanceType?: string;
  readonly volumeSizeInGB?: number;
  readonly idleTimeoutMinutes?: number;
  readonly url?: string;
  /** PlatformIdentifier; an AL2 one cannot be started again once stopped. */
  readonly platform?: string;
  readonly retiredPlatform: boolean;
  readonly region: string;
  readonly outputs: Readonly<Record<string, string>>;
  /** What the notebook costs per hour while it runs. */
  readonly hourlyPrice?: HourlyPrice;
  /** The data bucket and the notebook's last backup in it; undefined when S3 could not be asked. */
  readonly backup?: BackupInfo;
}

/** What `status` uses of the operation context. */
export type StatusContext = Pick<OperationContext, 'dataBuckets' | 'notebooks' | 'price' | 'region' | 'stacks'>;

/** The stack and its notebook, side by side, with the auto-stop setting from the stack's parameters. */
export async function status(ctx: StatusContext, name: string | undefined): Promise<StatusResult> {
  const { stack, notebook, notebookName } = await resolveTarget(ctx, name);
  const idle = stack?.parameters.IdleTimeoutMinutes;
  // The price and the backup are asked at once: neither needs the other.
  const [hourlyPrice, backup] = await Promise.all([
    notebook?.instanceType ? priceOrNothing(ctx, notebook.instanceType) : undefined,
    // Status must answer even when S3 cannot be asked (no permission, no network): the backup row is then left out.
    backupOf(ctx, notebookName, stack).catch(() => undefined),
  ]);
  return {
    stackName: stack?.name,
    stackStatus: stack?.status,
    notebookName,
    notebookStatus: notebook?.status,
    failureReason: notebook?.failureReason,
    failureCause: notebook?.failureReason ? knownCause(notebook.failureReason) : undefined,
    instanceType: notebook?.instanceType,
    volumeSizeInGB: notebook?.volumeSizeInGB,
    idleTimeoutMinutes: idle === undefined ? undefined : Number(idle),
    url: notebook?.url,
    platform: notebook?.platform,
    retiredPlatform: isRetiredPlatform(notebook?.platform),
    region: ctx.region,
    outputs: stack?.outputs ?? {},
    hourlyPrice,
    backup,
  };
}

/** The price is a courtesy beside the answer: whatever goes wrong in finding it, the status is still given. */
async function priceOrNothing(
  ctx: Pick<OperationContext, 'price'>,
  instanceType: string,
): Promise<HourlyPrice | undefined> {
  try {
    return await ctx.price?.(instanceType);
  } catch {
    return undefined;
  }
}
