import { roundCents } from './rounding.js';
import type { StoragePrice } from '../pricing/volume-price.js';

/**
 * What goes on costing money while no notebook runs: a stopped notebook's ML volume, a data bucket kept after its
 * stack was deleted, and the template bucket of the nested layout. Each kind has one way to end it on purpose.
 */
export type BilledKind = 'notebook-volume' | 'data-bucket' | 'template-bucket';

/** One thing still billed, with its monthly cost and the exact command that ends it. */
export interface BilledItem {
  readonly kind: BilledKind;
  readonly region: string;
  /** The notebook, bucket or bucket prefix. */
  readonly name: string;
  /** The notebook it belongs to, when it belongs to one (a kept data bucket's `smnb:notebook` tag). */
  readonly notebook?: string;
  readonly gb: number;
  readonly price: StoragePrice;
  readonly monthlyUsd: number;
  /** The command that ends the cost; never run by smnb. */
  readonly endCommand: string;
  /** Running endCommand deletes files the user stored (the notebook's volume, a data bucket's objects). */
  readonly deletesData: boolean;
}

/** Everything still billed, the monthly total, and the total per notebook. */
export interface BilledSummary {
  readonly items: readonly BilledItem[];
  readonly totalMonthlyUsd: number;
  readonly byNotebook: Readonly<Record<string, number>>;
}

const GIB = 1024 ** 3;

function item(fields: Omit<BilledItem, 'monthlyUsd'>): BilledItem {
  return { ...fields, monthlyUsd: roundCents(fields.gb * fields.price.usdPerGbMonth) };
}

/**
 * A stopped (or failed) notebook's ML volume. A notebook smnb made ends with `smnb delete` of its stack (which asks
 * for the name typed); one made elsewhere with SageMaker's own delete call.
 */
export function notebookVolumeItem(
  notebook: { name: string; region: string; volumeGb: number; stackName?: string },
  price: StoragePrice,
): BilledItem {
  const r = `--region ${notebook.region}`;
  return item({
    kind: 'notebook-volume',
    region: notebook.region,
    name: notebook.name,
    notebook: notebook.name,
    gb: notebook.volumeGb,
    price,
    endCommand: notebook.stackName
      ? `smnb delete ${notebook.stackName} ${r}`
      : `aws sagemaker delete-notebook-instance --notebook-instance-name ${notebook.name} ${r}`,
    deletesData: true,
  });
}

/**
 * A data bucket kept after its stack went: its size times the S3 price. Removing it deletes every object in it,
 * so the command names the one bucket. It is versioned, so `aws s3 rb --force` would fail on the older versions: it
 * is emptied first (the S3 console's "Empty" deletes every version), and the words around the command say so.
 */
export function dataBucketItem(
  bucket: { name: string; region: string; bytes: number; notebook?: string },
  price: StoragePrice,
): BilledItem {
  return item({
    kind: 'data-bucket',
    region: bucket.region,
    name: bucket.name,
    notebook: bucket.notebook,
    gb: bucket.bytes / GIB,
    price,
    endCommand: `aws s3 rb s3://${bucket.name} --region ${bucket.region}`,
    deletesData: true,
  });
}

/**
 * The templates smnb staged for the nested layout: only the prefix smnb wrote is counted and removed (the bucket may
 * hold other things of the user's); a later `smnb deploy --nested` uploads them again.
 */
export function templateBucketItem(
  staged: { bucket: string; prefix: string; region: string; bytes: number },
  price: StoragePrice,
): BilledItem {
  return item({
    kind: 'template-bucket',
    region: staged.region,
    name: `${staged.bucket}/${staged.prefix}`,
    gb: staged.bytes / GIB,
    price,
    endCommand: `aws s3 rm s3://${staged.bucket}/${staged.prefix} --recursive --region ${staged.region}`,
    deletesData: false,
  });
}

/** Totals over the items; "nothing billed any more" is an empty item list, not a zero total (cents round away). */
export function billedSummary(items: readonly BilledItem[]): BilledSummary {
  const byNotebook: Record<string, number> = {};
  for (const i of items)
    if (i.notebook) byNotebook[i.notebook] = roundCents((byNotebook[i.notebook] ?? 0) + i.monthlyUsd);
  const sorted = [...items].sort(
    (a, b) => a.region.localeCompare(b.region) || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name),
  );
  return { items: sorted, totalMonthlyUsd: roundCents(items.reduce((sum, i) => sum + i.monthlyUsd, 0)), byNotebook };
}
