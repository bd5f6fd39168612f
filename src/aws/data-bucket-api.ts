import { DATA_BUCKET_PREFIX } from '../../shared/permissions-boundary.js';
import {
  GetBucketTaggingCommand,
  GetObjectCommand,
  paginateListBuckets,
  paginateListObjectsV2,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import {
  BACKUP_ACK,
  BACKUP_FILES,
  BACKUP_KEPT,
  BACKUP_MANIFEST,
  BACKUP_PREFIX,
  BACKUP_REQUEST,
} from '../../shared/backup-layout.js';
import { TAG_NOTEBOOK } from '../../shared/notebook-rules.js';

/** What the notebook's last backup wrote (backup.py's manifest). */
export interface BackupManifest {
  readonly writtenAt: string;
  readonly files: number;
  readonly bytes: number;
  readonly notebook?: string;
  readonly trigger?: string;
  readonly requestId?: string | null;
}

/** What the notebook writes as soon as it sees a request: which request, and when it saw it. */
export interface BackupAck {
  readonly requestId: string;
  readonly at: string;
}

/** One backed-up file: its path on ~/SageMaker and its size. */
export interface BackupFile {
  readonly path: string;
  readonly bytes: number;
}

/** The S3 calls smnb makes on a notebook's data bucket (tests replace it with a fake). */
export interface DataBucketApi {
  /** Data buckets in this region tagged smnb:notebook = the notebook: kept from earlier stacks, or in use. */
  bucketsOfNotebook(notebookName: string, region: string): Promise<string[]>;
  /** Every smnb data bucket in this region, with the notebook its smnb:notebook tag names. */
  dataBuckets(region: string): Promise<{ bucket: string; notebook: string }[]>;
  /** The last backup's manifest, or undefined when the notebook never backed up. */
  latestBackup(bucket: string): Promise<BackupManifest | undefined>;
  /** Leaves a request the notebook's next scheduled run answers with a fresh backup. */
  requestBackup(bucket: string, requestId: string, at: Date): Promise<void>;
  /** The notebook's acknowledgement of the last request it saw, or undefined when it has not written one. */
  backupAck(bucket: string): Promise<BackupAck | undefined>;
  /** The files of the backup under `files` (the latest backup, or one kept aside: see shared/backup-layout.ts). */
  backupFiles(bucket: string, files?: string): Promise<BackupFile[]>;
  backupFile(bucket: string, path: string, files?: string): Promise<Uint8Array>;
  /** The names (kept-<time>) of backups a restore on the notebook kept aside, oldest first. */
  keptBackups(bucket: string): Promise<string[]>;
}

const isMissing = (error: unknown) =>
  error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NoSuchTagSet' || error.name === 'NotFound');

/**
 * S3 on the data bucket. Bucket names are global, so buckets are listed for this region only (ListBuckets'
 * BucketRegion, API reference) and each call on a bucket carries ExpectedBucketOwner (this account). The templates
 * name every data bucket with DATA_BUCKET_PREFIX, so only such names are asked for their tags.
 */
export class SdkDataBucketApi implements DataBucketApi {
  constructor(
    private readonly client: S3Client,
    private readonly expectedOwner: string,
  ) {}

  private get owner() {
    return { ExpectedBucketOwner: this.expectedOwner };
  }

  async bucketsOfNotebook(notebookName: string, region: string): Promise<string[]> {
    return (await this.dataBuckets(region)).filter((b) => b.notebook === notebookName).map((b) => b.bucket);
  }

  async dataBuckets(region: string): Promise<{ bucket: string; notebook: string }[]> {
    const found: { bucket: string; notebook: string }[] = [];
    for await (const page of paginateListBuckets({ client: this.client }, { BucketRegion: region })) {
      for (const b of page.Buckets ?? []) {
        if (!b.Name?.startsWith(DATA_BUCKET_PREFIX)) continue;
        try {
          const out = await this.client.send(new GetBucketTaggingCommand({ Bucket: b.Name, ...this.owner }));
          const notebook = out.TagSet?.find((t) => t.Key === TAG_NOTEBOOK)?.Value;
          if (notebook) found.push({ bucket: b.Name, notebook });
        } catch (error) {
          if (!isMissing(error)) throw error;
        }
      }
    }
    return found.sort((a, b) => a.bucket.localeCompare(b.bucket));
  }

  latestBackup(bucket: string): Promise<BackupManifest | undefined> {
    return this.readJson<BackupManifest>(bucket, BACKUP_MANIFEST);
  }

  /** A small JSON object the notebook wrote, or undefined when there is none. */
  private async readJson<T>(bucket: string, key: string): Promise<T | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: key, ...this.owner }));
      return JSON.parse((await out.Body?.transformToString()) ?? '{}') as T;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async requestBackup(bucket: string, requestId: string, at: Date): Promise<void> {
    const body = JSON.stringify({ id: requestId, at: at.toISOString() });
    await this.client.send(new PutObjectCommand({ Bucket: bucket, Key: BACKUP_REQUEST, Body: body, ...this.owner }));
  }

  backupAck(bucket: string): Promise<BackupAck | undefined> {
    return this.readJson<BackupAck>(bucket, BACKUP_ACK);
  }

  async backupFiles(bucket: string, prefix = BACKUP_FILES): Promise<BackupFile[]> {
    const files: BackupFile[] = [];
    const input = { Bucket: bucket, Prefix: prefix, ...this.owner };
    for await (const page of paginateListObjectsV2({ client: this.client }, input)) {
      for (const o of page.Contents ?? [])
        if (o.Key && o.Key.length > prefix.length) files.push({ path: o.Key.slice(prefix.length), bytes: o.Size ?? 0 });
    }
    return files;
  }

  async keptBackups(bucket: string): Promise<string[]> {
    const names: string[] = [];
    // One level of "folders" only (S3 API reference, ListObjectsV2: Delimiter rolls keys up into CommonPrefixes).
    const input = { Bucket: bucket, Prefix: BACKUP_PREFIX + BACKUP_KEPT, Delimiter: '/', ...this.owner };
    for await (const page of paginateListObjectsV2({ client: this.client }, input))
      for (const p of page.CommonPrefixes ?? []) if (p.Prefix) names.push(p.Prefix.slice(BACKUP_PREFIX.length, -1));
    return names.sort();
  }

  async backupFile(bucket: string, path: string, prefix = BACKUP_FILES): Promise<Uint8Array> {
    const out = await this.client.send(new GetObjectCommand({ Bucket: bucket, Key: prefix + path, ...this.owner }));
    return (await out.Body?.transformToByteArray()) ?? new Uint8Array();
  }
}
