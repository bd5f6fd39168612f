import type { BackupManifest } from '../aws/data-bucket-api.js';
import { keptFilesMonthlyCost } from '../pricing/s3-price.js';
import type { OperationContext } from './operation-context.js';

/** A notebook that is gone, and what is kept of its files. */
export interface KeptFiles {
  readonly notebookName: string;
  readonly bucket: string;
  readonly manifest?: BackupManifest;
  /** What keeping the backup costs a month (its size × S3 Standard's price). */
  readonly usdPerMonth: number;
  /** The price is us-east-1's, shown as a reference. */
  readonly reference: boolean;
}

/**
 * The data buckets of this region whose notebook no longer exists (not in `liveNotebooks`), with their last backup
 * and its monthly cost: what `smnb list` and a "still billed" summary show for deleted notebooks.
 */
export async function keptFilesOfDeletedNotebooks(
  ctx: OperationContext,
  liveNotebooks: ReadonlySet<string>,
): Promise<KeptFiles[]> {
  const api = await ctx.dataBuckets();
  const gone = (await api.dataBuckets(ctx.region)).filter((b) => !liveNotebooks.has(b.notebook));
  return Promise.all(
    gone.map(async ({ bucket, notebook }) => {
      const manifest = await api.latestBackup(bucket);
      const cost = keptFilesMonthlyCost(manifest?.bytes ?? 0, ctx.region);
      return { notebookName: notebook, bucket, manifest, usdPerMonth: cost.usdPerMonth, reference: cost.reference };
    }),
  );
}
