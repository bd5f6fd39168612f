import type { DataBucketApi } from '../aws/data-bucket-api.js';
import type { PermissionApi } from '../aws/permission-api.js';
import type { NotebookApi } from '../aws/notebook-api.js';
import type { StackApi } from '../aws/stack-api.js';
import type { TemplateBucketApi } from '../aws/template-bucket-api.js';
import type { IoHost } from '../io/io-host.js';
import type { HourlyPrice } from '../pricing/hourly-price.js';
import type { Clock } from './clock.js';

/** Everything an operation may use; commands build it, tests fill it with fakes. */
export interface OperationContext {
  readonly io: IoHost;
  readonly stacks: StackApi;
  readonly notebooks: NotebookApi;
  readonly region: string;
  readonly clock: Clock;
  /** Pause between polls; about 2 s against AWS (as the CDK CLI does), 0 in tests. */
  readonly pollIntervalMs: number;
  /** The hourly price of a notebook type in this region, when it can be known. */
  readonly price?: (instanceType: string) => Promise<HourlyPrice | undefined>;
  /** S3 for the nested layout's child templates, made on first use. */
  readonly templateBucket: () => Promise<TemplateBucketApi>;
  /** S3 on notebooks' data buckets (kept buckets, backups), made on first use. */
  readonly dataBuckets: () => Promise<DataBucketApi>;
  /** Who the caller is (STS GetCallerIdentity). */
  readonly identity: () => Promise<{ readonly arn: string; readonly account: string }>;
  /** IAM's policy simulator and role lookup, made on first use. */
  readonly permissions: () => Promise<PermissionApi>;
  /** The notebook quota for an instance type (Service Quotas), or undefined when neither list has it. */
  readonly notebookQuota: (instanceType: string) => Promise<{ value: number; code: string } | undefined>;
}
