import { secureBucketProps } from './secure-bucket-props.js';
import { CfnCondition, CfnDeletionPolicy, Fn, Stack, Tags, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { named } from './logical-id.js';
import { stackScopedName } from './permissions-boundary.js';
import { DATA_BUCKET_PREFIX } from '../../shared/permissions-boundary.js';
import { acceptFindings } from '../rules/acknowledge.js';
import { denyInsecureTransport } from '../../shared/secure-bucket.js';
import { TAG_NOTEBOOK } from '../../shared/notebook-rules.js';

export interface DataBucketProps {
  /** The notebook the bucket belongs to: its `smnb:notebook` tag, by which smnb finds a kept bucket again. */
  readonly notebookName: string;
  /** A bucket kept from an earlier stack to use instead of a new one. @default '' (create a new bucket) */
  readonly existingBucketName: string;
}

/**
 * The user's data bucket: encrypted, private, TLS-only and versioned. It is retained when the stack is deleted or
 * replaced, because it holds the user's data (and the notebook's backups); deleting it is a deliberate, separate
 * step. Given a bucket kept from an earlier stack, the stack creates none and uses that one (its settings stay as
 * the earlier stack left them; its TLS-only policy is made again, as that went with the earlier stack).
 */
export class DataBucket extends Construct {
  public readonly bucket: s3.CfnBucket;
  /** The bucket's name: the new bucket's, or the kept one's. */
  public readonly bucketName: string;
  /** The bucket's ARN: the new bucket's, or the kept one's. */
  public readonly bucketArn: string;

  constructor(scope: Construct, id: string, props: DataBucketProps) {
    super(scope, id);
    const create = named(
      new CfnCondition(this, 'CreateDataBucket', { expression: Fn.conditionEquals(props.existingBucketName, '') }),
      'CreateDataBucket',
    );
    this.bucket = named(
      new s3.CfnBucket(this, 'Bucket', {
        // A fixed prefix lets the deployer policy and the boundary name every smnb data bucket, a kept one too.
        bucketName: stackScopedName(DATA_BUCKET_PREFIX),
        ...secureBucketProps(),
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
      {
        id: 'AwsSolutions-S10',
        reason:
          'DataBucketPolicy denies every request made without TLS (the secure-bucket rule); cdk-nag cannot follow it because the policy names the bucket through the CreateDataBucket condition (new or kept bucket).',
      },
    ]);
    this.bucket.cfnOptions.condition = create;
    Tags.of(this.bucket).add(TAG_NOTEBOOK, props.notebookName);
    this.bucketName = Fn.conditionIf(create.logicalId, this.bucket.ref, props.existingBucketName).toString();
    this.bucketArn = Fn.conditionIf(
      create.logicalId,
      this.bucket.attrArn,
      Fn.sub('arn:${AWS::Partition}:s3:::${Name}', { Name: props.existingBucketName }),
    ).toString();
    Validations.of(Stack.of(this)).acknowledge({
      id: 'CloudFormation-Validate::W1001',
      reason:
        'DataBucket is referenced only in the true branch of Fn::If on CreateDataBucket, the condition it is created under.',
    });
    this.bucket.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
    this.bucket.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;

    // The policy is made for a kept bucket too: the earlier stack's policy went with that stack.
    const arn = this.bucketArn;
    named(
      new s3.CfnBucketPolicy(this, 'Policy', {
        bucket: this.bucketName,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [denyInsecureTransport(arn, Fn.join('', [arn, '/*']))],
        },
      }),
      'DataBucketPolicy',
    );
  }
}
