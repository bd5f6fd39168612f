import { parameterOf } from '../../../shared/template-parameters.js';
import { dataBucketItem, type BilledItem } from '../../plan/billed-items.js';
import { s3StoragePrice } from '../../pricing/s3-price.js';
import type { ListOptions } from './list-account.js';
import type { OperationContext } from '../../context/operation-context.js';

/**
 * The data buckets whose notebook is gone (kept when its stack was deleted, found by their smnb:notebook tag), each
 * with its size (every current object, the backup and anything else the learner put there) and S3's price. A bucket
 * that cannot be looked at throws, so the listing says kept buckets were not counted instead of "nothing billed".
 */
async function keptDataBucketItems(
  ctx: Pick<OperationContext, 'dataBuckets' | 'stagedTemplates'>,
  regions: readonly string[],
  liveNotebooks: ReadonlySet<string>,
): Promise<BilledItem[]> {
  const [buckets, sizes] = await Promise.all([ctx.dataBuckets(), ctx.stagedTemplates()]);
  const items: BilledItem[] = [];
  for (const region of regions) {
    for (const { bucket, notebook } of await buckets.dataBuckets(region)) {
      if (liveNotebooks.has(notebook)) continue;
      const bytes = (await sizes.stagedBytes(bucket, '')) ?? 0;
      items.push(dataBucketItem({ name: bucket, region, bytes, notebook }, s3StoragePrice(region)));
    }
  }
  return items;
}

const TEMPLATE_PREFIX = String(parameterOf('TemplatePrefix')?.default ?? '');

/**
 * What `smnb list` and `smnb doctor` look at beyond the notebooks, declared once for both: the prefix where
 * `smnb deploy --nested` stages templates by default (the TemplatePrefix parameter's declared default), and the data
 * buckets kept after a delete.
 */
export function billListOptions(allRegions: boolean): ListOptions {
  return { allRegions, templatePrefix: TEMPLATE_PREFIX, keptDataBuckets: keptDataBucketItems };
}
