import { CfnDeletionPolicy, Fn } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { named } from './logical-id.js';
import { stackScopedName } from './permissions-boundary.js';
import { DATA_BUCKET_PREFIX } from '../../shared/permissions-boundary.js';
import { acceptFindings } from '../rules/acknowledge.js';
import { BLOCK_PUBLIC_ACCESS, BUCKET_ENCRYPTION, denyInsecureTransport } from '../../shared/secure-bucket.js';

/**
 * The user's data bucket: encrypted, private, TLS-only and versioned. It is retained when the stack is deleted or
 * replaced, because it holds the user's data; deleting it is a deliberate, separate step.
 */
export class DataBucket extends Construct {
  public readonly bucket: s3.CfnBucket;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.bucket = named(
      new s3.CfnBucket(this, 'Bucket', {
        // A fixed prefix lets the deployer policy and the boundary name every smnb data bucket, a kept one too.
        bucketName: stackScopedName(DATA_BUCKET_PREFIX),
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
        versioningConfiguration: { status: 'Enabled' },
        lifecycleConfiguration: {
          rules: [
            {
              id: 'TidyUpOldVersionsAndUploads',
              status: 'Enabled',
              // Old versions protect against mistakes without growing the bill forever.
              noncurrentVersionExpiration: { noncurrentDays: 30 },
              abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
            },
          ],
        },
      }),
      'DataBucket',
    );
    acceptFindings(this.bucket, [
      {
        id: 'AwsSolutions-S1',
        reason:
          'Server access logs need a second bucket and cost money for a one-person sandbox; the bucket is private, TLS-only and versioned. Turn on CloudTrail S3 data events when an audit trail is required.',
      },
    ]);
    this.bucket.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
    this.bucket.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;

    const arn = this.bucket.attrArn;
    named(
      new s3.CfnBucketPolicy(this, 'Policy', {
        bucket: this.bucket.ref,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [denyInsecureTransport(arn, Fn.join('', [arn, '/*']))],
        },
      }),
      'DataBucketPolicy',
    );
  }
}
