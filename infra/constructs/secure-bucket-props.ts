import type * as s3 from 'aws-cdk-lib/aws-s3';
import { BLOCK_PUBLIC_ACCESS, BUCKET_ENCRYPTION } from '../../shared/secure-bucket.js';

/**
 * The properties every bucket smnb makes shares, from the secure-bucket rule (shared/secure-bucket.ts): encrypted at
 * rest, every public access blocked, and ACLs off (the bucket owner owns every object).
 */
export function secureBucketProps(): Pick<
  s3.CfnBucketProps,
  'bucketEncryption' | 'publicAccessBlockConfiguration' | 'ownershipControls'
> {
  return {
    bucketEncryption: {
      serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: BUCKET_ENCRYPTION } }],
    },
    publicAccessBlockConfiguration: {
      blockPublicAcls: BLOCK_PUBLIC_ACCESS.BlockPublicAcls,
      blockPublicPolicy: BLOCK_PUBLIC_ACCESS.BlockPublicPolicy,
      ignorePublicAcls: BLOCK_PUBLIC_ACCESS.IgnorePublicAcls,
      restrictPublicBuckets: BLOCK_PUBLIC_ACCESS.RestrictPublicBuckets,
    },
    ownershipControls: { rules: [{ objectOwnership: 'BucketOwnerEnforced' }] },
  };
}
