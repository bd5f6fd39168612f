import type { StoragePrice } from './volume-price.js';

/** What keeping files in S3 costs a month, and where the figure comes from. */
export interface S3StoragePrice {
  /** S3 Standard, USD per GB-month (the first 50 TB tier: a notebook's files never reach it). */
  readonly usdPerGbMonth: number;
  /** The region the figure is for; another region than the bucket's makes it a labelled reference. */
  readonly region: string;
  readonly source: string;
  /** Since when the figure holds. */
  readonly asOf: string;
}

/**
 * The one S3 figure smnb carries: S3 Standard storage in us-east-1. Other regions cost about the same or a little
 * more; until smnb asks the Price List API for S3 (service AmazonS3, usage type REGION-TimedStorage-ByteHrs) it shows
 * this figure labelled as us-east-1's, never as another region's price.
 */
export const S3_REFERENCE_PRICE: S3StoragePrice = {
  usdPerGbMonth: 0.023,
  region: 'us-east-1',
  // The price S3 Standard has had in us-east-1 since AWS's price change of 2016-12-01; not re-read from the pricing
  // page for this table, hence shown as a reference with that date.
  source: 'Amazon S3 pricing page (https://aws.amazon.com/s3/pricing/), S3 Standard, first 50 TB / month',
  asOf: '2016-12-01',
};

const GB = 1024 ** 3;

/** A kept bucket's monthly storage cost for `bytes` in `region`, with the price used and whether it is a reference. */
export function keptFilesMonthlyCost(bytes: number, region: string) {
  const price = S3_REFERENCE_PRICE;
  return { usdPerMonth: (bytes / GB) * price.usdPerGbMonth, price, reference: region !== price.region };
}

/** The S3 Standard price as the bill's items take it: us-east-1's figure, labelled a reference for other regions. */
export function s3StoragePrice(region: string): StoragePrice {
  const price = S3_REFERENCE_PRICE;
  return {
    usdPerGbMonth: price.usdPerGbMonth,
    asOf: price.asOf,
    source: price.source,
    basis: 'third-party-s3',
    region: price.region,
    reference: region !== price.region,
  };
}
