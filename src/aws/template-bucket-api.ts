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
import { BLOCK_PUBLIC_ACCESS, BUCKET_ENCRYPTION, denyInsecureTransport } from '../../shared/secure-bucket.js';
import { bodilessS3Error, bucketRegionOf } from './aws-errors.js';

/**
 * Where a bucket stands for this caller in this region. mine: it exists here and this account owns it; missing: no
 * such bucket anywhere; forbidden: it exists but S3 says 403, which is either another account's bucket or one of ours
 * that this user may not read (S3 gives the same answer to both); elsewhere: it exists in another region (bucket
 * names are global), which S3 says with 301 and the x-amz-bucket-region header.
 */
export type BucketState =
  { readonly kind: 'mine' | 'missing' | 'forbidden' } | { readonly kind: 'elsewhere'; readonly region: string };

/** The S3 calls the nested layout needs to stage its child templates (tests replace it with a fake). */
export interface TemplateBucketApi {
  bucketState(bucket: string): Promise<BucketState>;
  /** Creates the bucket private, encrypted and TLS-only. */
  createSecureBucket(bucket: string, region: string): Promise<void>;
  /** The object's ETag without quotes (the MD5 of a single-part upload), or undefined when there is none. */
  objectEtag(bucket: string, key: string): Promise<string | undefined>;
  putObject(bucket: string, key: string, body: string): Promise<void>;
}

const statusOf = (error: unknown) => (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

/**
 * S3 for the nested layout's child templates. Every call on the bucket carries ExpectedBucketOwner (this account), so
 * a bucket of the same name in another account answers 403 instead of quietly receiving our templates, even when
 * it lets anyone in (S3 user guide, "Verifying bucket ownership with bucket owner condition", read 2026-11-29).
 */
export class SdkTemplateBucketApi implements TemplateBucketApi {
  constructor(
    private readonly client: S3Client,
    private readonly expectedOwner: string,
  ) {}

  private get owner() {
    return { ExpectedBucketOwner: this.expectedOwner };
  }

  async bucketState(bucket: string): Promise<BucketState> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: bucket, ...this.owner }));
      return { kind: 'mine' };
    } catch (error) {
      // HeadBucket names the bucket's region in x-amz-bucket-region on every answer, allowed or not, and answers a
      // request sent to another region's endpoint with 301 (S3 API reference, HeadBucket and GetBucketLocation, read
      // 2026-12-01). The SDK follows that only with followRegionRedirects (aws-sdk-js-v3 #1802, #5712), which we
      // leave off: child templates must sit in the stack's own region (their TemplateURL names it), so a bucket
      // elsewhere is reported, not followed.
      const region = bucketRegionOf(error);
      const status = statusOf(error);
      if (status === 301 || (region && region !== (await this.client.config.region())))
        return { kind: 'elsewhere', region: region ?? '?' };
      if (status === 404) return { kind: 'missing' };
      if (status === 403) return { kind: 'forbidden' };
      throw bodilessS3Error(error, bucket) ?? error;
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
        ...this.owner,
        PublicAccessBlockConfiguration: BLOCK_PUBLIC_ACCESS,
      }),
    );
    await this.client.send(
      new PutBucketEncryptionCommand({
        Bucket: bucket,
        ...this.owner,
        ServerSideEncryptionConfiguration: {
          Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: BUCKET_ENCRYPTION } }],
        },
      }),
    );
    await this.client.send(
      new PutBucketPolicyCommand({
        Bucket: bucket,
        ...this.owner,
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [denyInsecureTransport(`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`)],
        }),
      }),
    );
  }

  async objectEtag(bucket: string, key: string): Promise<string | undefined> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: bucket, Key: key, ...this.owner }));
      return out.ETag?.replace(/"/g, '');
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw bodilessS3Error(error, bucket) ?? error;
    }
  }

  async putObject(bucket: string, key: string, body: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        ContentType: 'application/x-yaml',
        ...this.owner,
      }),
    );
  }
}
