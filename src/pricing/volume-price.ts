/** A storage price per GB-month, with where it comes from and when it was read. */
export interface StoragePrice {
  readonly usdPerGbMonth: number;
  readonly asOf: string;
  readonly source: string;
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
    source: 'third-party: Price List usage type USE1-Notebk:VolumeUsage.gp2 as quoted in a public repository',
  },
  'eu-west-1': {
    usdPerGbMonth: 0.154,
    asOf: '2026-10-01',
    source: 'third-party: Price List usage type EU-Notebk:VolumeUsage.gp2 as quoted in a public repository and a bill',
  },
  'ap-southeast-2': {
    usdPerGbMonth: 0.168,
    asOf: '2026-10-01',
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
