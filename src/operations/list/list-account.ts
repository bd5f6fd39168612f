import { isAtRest, isUp } from '../../../shared/notebook-status.js';
import { toAppError } from '../../aws/aws-errors.js';
import { billedSummary, notebookVolumeItem, templateBucketItem, type BilledItem } from '../../plan/billed-items.js';
import { roundHourly } from '../../plan/rounding.js';
import { s3StoragePrice } from '../../pricing/s3-price.js';
import type { StoragePrice } from '../../pricing/volume-price.js';
import { listNotebooks } from './list.js';
import type { AccountListing, ListedNotebook, UnansweredRegion } from '../../plan/account-listing.js';
import { mapBounded } from '../map-bounded.js';
import type { OperationContext, RegionScope } from '../../context/operation-context.js';
import { defaultTemplateBucket } from '../deploy/package-templates.js';

export interface ListOptions {
  readonly allRegions: boolean;
  /** Where `smnb deploy --nested` stages its templates in the default template bucket (main-stack.yaml's default). */
  readonly templatePrefix: string;
  /**
   * Data buckets kept after their stacks were deleted, as dataBucketItem rows (found by their smnb:notebook tag and
   * priced with the S3 price). Without it the listing says they were not counted, and never claims "nothing billed".
   */
  readonly keptDataBuckets?: (
    ctx: Pick<OperationContext, 'dataBuckets' | 'stagedTemplates'>,
    regions: readonly string[],
    liveNotebooks: ReadonlySet<string>,
  ) => Promise<BilledItem[]>;
}

/** Regions asked at once: enough to finish the ~30 regions in a few rounds, few enough to stay clear of throttling. */
const REGION_CONCURRENCY = 6;

/** The ML volumes of stopped notebooks, priced with their region's storage price (asked once per region). */
async function volumeItems(
  ctx: Pick<OperationContext, 'storagePrice'>,
  notebooks: readonly ListedNotebook[],
): Promise<BilledItem[]> {
  const idle = notebooks.filter((n) => n.status && isAtRest(n.status) && n.volumeSizeInGB !== undefined);
  const prices = new Map<string, StoragePrice>();
  for (const region of new Set(idle.map((n) => n.region))) prices.set(region, await ctx.storagePrice(region));
  return idle.map((n) =>
    notebookVolumeItem(
      { name: n.name, region: n.region, volumeGb: n.volumeSizeInGB!, stackName: n.stackName },
      prices.get(n.region)!,
    ),
  );
}

/** The templates smnb staged in the default template bucket; none when the bucket or the prefix is empty. */
async function templateItems(
  ctx: Pick<OperationContext, 'identity' | 'region' | 'stagedTemplates'>,
  prefix: string,
): Promise<BilledItem[]> {
  const bucket = defaultTemplateBucket((await ctx.identity()).account);
  const bytes = await (await ctx.stagedTemplates()).stagedBytes(bucket, prefix);
  if (!bytes) return [];
  return [templateBucketItem({ bucket, prefix, region: ctx.region, bytes }, s3StoragePrice(ctx.region))];
}

/** What `listAccount` uses of the operation context. */
export type ListAccountContext = Pick<
  OperationContext,
  | 'dataBuckets'
  | 'enabledRegions'
  | 'identity'
  | 'inRegion'
  | 'notebooks'
  | 'price'
  | 'region'
  | 'stacks'
  | 'stagedTemplates'
  | 'storagePrice'
>;

/**
 * The notebooks of the region, or of every region the account has enabled (at most a few regions at once, each call
 * bounded by the client's timeouts), with what runs now and what stays billed while nothing runs. A region that does
 * not answer is listed in `unanswered`; the others are still shown.
 */
export async function listAccount(ctx: ListAccountContext, options: ListOptions): Promise<AccountListing> {
  const regions = options.allRegions ? await ctx.enabledRegions() : [ctx.region];
  const unanswered: UnansweredRegion[] = [];
  const perRegion = await mapBounded(regions, REGION_CONCURRENCY, async (region) => {
    try {
      const scope: RegionScope = region === ctx.region ? ctx : await ctx.inRegion(region);
      return await listNotebooks(scope);
    } catch (error) {
      if (!options.allRegions) throw error;
      const e = toAppError(error, 'list');
      unanswered.push({ region, key: e.key, params: e.params });
      return [];
    }
  });
  const notebooks = perRegion.flat();
  let staged: BilledItem[] = [];
  let templateBucketUnchecked = false;
  try {
    staged = await templateItems(ctx, options.templatePrefix);
  } catch {
    templateBucketUnchecked = true;
  }
  let kept: BilledItem[] = [];
  let keptDataBucketsUnchecked = !options.keptDataBuckets;
  try {
    // Only where the notebooks were listed: elsewhere a live notebook's bucket would pass for a kept one.
    const answered = regions.filter((r) => !unanswered.some((u) => u.region === r));
    kept = (await options.keptDataBuckets?.(ctx, answered, new Set(notebooks.map((n) => n.name)))) ?? [];
  } catch {
    keptDataBucketsUnchecked = true;
  }
  const items = [...(await volumeItems(ctx, notebooks)), ...staged, ...kept];
  const running = notebooks.filter((n) => n.status && isUp(n.status));
  const runningUnpriced = running.filter((n) => n.usdPerHour === undefined).map((n) => n.name);
  const runningUsdPerHourKnown = roundHourly(running.reduce((sum, n) => sum + (n.usdPerHour ?? 0), 0));
  return {
    regions,
    notebooks,
    unanswered: unanswered.sort((a, b) => a.region.localeCompare(b.region)),
    stillBilled: billedSummary(items),
    templateBucketUnchecked,
    keptDataBucketsUnchecked,
    runningUsdPerHour: runningUnpriced.length > 0 ? null : runningUsdPerHourKnown,
    runningUsdPerHourKnown,
    runningUnpriced,
  };
}
