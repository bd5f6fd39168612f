import { paginateListObjectsV2, type S3Client } from '@aws-sdk/client-s3';

/** How much smnb staged in the template bucket (tests replace it with a fake). */
export interface StagedTemplatesApi {
  /**
   * Bytes under the prefix, or undefined when there is no such bucket. A 403 (another account's bucket, or no
   * s3:ListBucket: S3 answers both alike) is thrown, so that it is reported as unchecked rather than as nothing.
   */
  stagedBytes(bucket: string, prefix: string): Promise<number | undefined>;
}

/**
 * ListObjectsV2 under smnb's prefix, with ExpectedBucketOwner (a same-named bucket of another account answers 403:
 * S3 user guide, "Verifying bucket ownership with bucket owner condition"). A missing bucket answers NoSuchBucket
 * (ListObjectsV2 API reference, "Errors").
 */
export class SdkStagedTemplatesApi implements StagedTemplatesApi {
  constructor(
    private readonly client: S3Client,
    private readonly expectedOwner: string,
  ) {}

  async stagedBytes(bucket: string, prefix: string): Promise<number | undefined> {
    let bytes = 0;
    try {
      for await (const page of paginateListObjectsV2(
        { client: this.client },
        { Bucket: bucket, Prefix: prefix, ExpectedBucketOwner: this.expectedOwner },
      )) {
        for (const o of page.Contents ?? []) bytes += o.Size ?? 0;
      }
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if ((error as Error).name === 'NoSuchBucket' || status === 404) return undefined;
      throw error;
    }
    return bytes;
  }
}
