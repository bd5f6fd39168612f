/** A storage price per GB-month, with where it comes from and when it was read. */
export interface StoragePrice {
  readonly usdPerGbMonth: number;
  readonly asOf: string;
  /** Where the figure comes from, in English, as recorded (JSON carries it as it is). */
  readonly source: string;
  /**
   * The kind of source, so that text output names it in the reader's language (with `usageType` where it has one):
   * an answer of the Price List API, a third party's quote of a Price List row, or a third party's S3 figure.
   */
  readonly basis: 'price-list' | 'third-party-volume' | 'third-party-s3';
  /** The Price List usage type the figure is for, when it is one. */
  readonly usageType?: string;
  /** The region the price is for. */
  readonly region: string;
  /** Another region's price, shown labelled because nothing is known for the region asked about. */
  readonly reference: boolean;
}

type Row = Omit<StoragePrice, 'region' | 'reference'>;

/**
 * SageMaker notebook ML storage, billed per GB-month while the notebook exists, running or stopped
 * (StopNotebookInstance API reference: stopping ends compute billing and keeps the ML storage volume).
 * AWS's own pricing page renders this price as a placeholder (seen 2026-09-20 in a public transcription of
 * https://aws.amazon.com/sagemaker/pricing/), so every row here comes from third-party material, each marked so.
 * The Price List usage type is `<REGIONCODE>-Notebk:VolumeUsage.gp2`.
 */
const VOLUME_PRICES: Readonly<Record<string, Row>> = {
  'us-east-1': {
    usdPerGbMonth: 0.14,
    asOf: '2026-10-01',
    basis: 'third-party-volume',
    usageType: 'USE1-Notebk:VolumeUsage.gp2',
    source: 'third-party: Price List usage type USE1-Notebk:VolumeUsage.gp2 as quoted in a public repository',
  },
  'eu-west-1': {
    usdPerGbMonth: 0.154,
    asOf: '2026-10-01',
    basis: 'third-party-volume',
    usageType: 'EU-Notebk:VolumeUsage.gp2',
    source: 'third-party: Price List usage type EU-Notebk:VolumeUsage.gp2 as quoted in a public repository and a bill',
  },
  'ap-southeast-2': {
    usdPerGbMonth: 0.168,
    asOf: '2026-10-01',
    basis: 'third-party-volume',
    usageType: 'APS2-Notebk:VolumeUsage.gp2',
    source: 'third-party: Price List usage type APS2-Notebk:VolumeUsage.gp2 as quoted in a public repository',
  },
};

/** The region whose row is shown, labelled, for a region without its own. */
const VOLUME_REFERENCE_REGION = 'us-east-1';

/** The ML storage price in a region: its own row, else the reference region's, marked as a reference. */
export function volumePrice(region: string): StoragePrice {
  const own = VOLUME_PRICES[region];
  if (own) return { ...own, region, reference: false };
  return { ...VOLUME_PRICES[VOLUME_REFERENCE_REGION]!, region: VOLUME_REFERENCE_REGION, reference: true };
}

/** Storage prices asked from AWS, with the day they were asked. */
export interface StoragePriceCache {
  get(key: string): { usdPerGbMonth: number; asOf: string } | undefined;
  set(key: string, value: { usdPerGbMonth: number; asOf: string }): void;
}

/** Cached answers are trusted for a month, as the hourly prices are. */
const CACHE_DAYS = 30;

/**
 * The region's ML storage price: a fresh cached answer of the Price List API, else the API now (usage type
 * `<REGIONCODE>-Notebk:VolumeUsage.gp2`, cached with its date), else an older cached answer, else the built-in row,
 * else the reference region's, labelled. Never throws: a price is a courtesy, not a gate.
 */
export async function mlStoragePrice(
  region: string,
  deps: {
    cache: StoragePriceCache;
    lookup?: { storagePrice(usageType: string): Promise<number | undefined> };
    usageTypePrefix?: string;
    today: string;
  },
): Promise<StoragePrice> {
  const usageType = deps.usageTypePrefix && `${deps.usageTypePrefix}-Notebk:VolumeUsage.gp2`;
  const key = `${region}/ml-storage`;
  const source = `AWS Price List API, usage type ${usageType}`;
  const cached = deps.cache.get(key);
  const fromCache = (c: { usdPerGbMonth: number; asOf: string }): StoragePrice => ({
    ...c,
    source,
    basis: 'price-list',
    usageType,
    region,
    reference: false,
  });
  if (cached && (Date.parse(deps.today) - Date.parse(cached.asOf)) / 86_400_000 <= CACHE_DAYS) return fromCache(cached);
  if (usageType && deps.lookup) {
    try {
      const usdPerGbMonth = await deps.lookup.storagePrice(usageType);
      if (usdPerGbMonth !== undefined) {
        deps.cache.set(key, { usdPerGbMonth, asOf: deps.today });
        return { usdPerGbMonth, asOf: deps.today, source, basis: 'price-list', usageType, region, reference: false };
      }
    } catch {
      // No pricing:GetProducts permission, or offline: fall back below.
    }
  }
  return cached ? fromCache(cached) : volumePrice(region);
}
