import {
  CreateBucketCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutBucketEncryptionCommand,
  PutBucketPolicyCommand,
  PutObjectCommand,
  PutPublicAccessBlockCommand,
  type S3Client,
} from '@aws-sdk/client-s3';

/** The S3 calls the nested layout needs to stage its child templates (tests replace it with a fake). */
export interface TemplateBucketApi {
  /** 'mine' when the bucket exists and we may use it, 'missing', or 'foreign' when someone else owns the name. */
  bucketState(bucket: string): Promise<'mine' | 'missing' | 'foreign'>;
  /** Creates the bucket private, encrypted and TLS-only. */
  createSecureBucket(bucket: string, region: string): Promise<void>;
  /** The object's ETag without quotes (the MD5 of a single-part upload), or undefined when there is none. */
  objectEtag(bucket: string, key: string): Promise<string | undefined>;
  putObject(bucket: string, key: string, body: string): Promise<void>;
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

export class SdkTemplateBucketApi implements TemplateBucketApi {
  constructor(private readonly client: S3Client) {}

  async bucketState(bucket: string): Promise<'mine' | 'missing' | 'foreign'> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: bucket }));
      return 'mine';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404) return 'missing';
      if (status === 403) return 'foreign';
      throw error;
    }
  }

  async createSecureBucket(bucket: string, region: string): Promise<void> {
    await this.client.send(
      new CreateBucketCommand({
        Bucket: bucket,
        // us-east-1 is the one region that must not be named here (CreateBucket API reference).
        CreateBucketConfiguration: region === 'us-east-1' ? undefined : { LocationConstraint: region as never },
      }),
    );
    await this.client.send(
      new PutPublicAccessBlockCommand({
        Bucket: bucket,
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        },
      }),
    );
    await this.client.send(
      new PutBucketEncryptionCommand({
        Bucket: bucket,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
      }),
    );
    await this.client.send(
      new PutBucketPolicyCommand({
        Bucket: bucket,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'DenyInsecureTransport',
              Effect: 'Deny',
              Principal: '*',
              Action: 's3:*',
              Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            },
          ],
        }),
      }),
    );
  }

  async objectEtag(bucket: string, key: string): Promise<string | undefined> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return out.ETag?.replace(/"/g, '');
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  async putObject(bucket: string, key: string, body: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'application/x-yaml' }),
    );
  }
}
