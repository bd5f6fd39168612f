import type { StoragePrice } from './volume-price.js';

/**
 * S3 Standard storage for the template bucket, per GB-month. A stand-in to swap for the shared S3 price module
 * (src/pricing/s3-price.ts) once it exists: this one knows a single, third-party figure, so every region gets it as
 * a labelled reference. The template bucket holds a few kilobytes of templates, so the amount rounds to USD 0.00
 * whatever the price; it is listed so that "nothing is billed any more" is only said when it is gone.
 */
export function templateBucketStoragePrice(region: string): StoragePrice {
  return {
    usdPerGbMonth: 0.023,
    asOf: '2026-11-28',
    source: 'third-party: S3 Standard, first 50 TB, us-east-1, as collected in the project reference notes',
    basis: 'third-party-s3',
    region: 'us-east-1',
    reference: region !== 'us-east-1',
  };
}
