import type { DataBucketApi } from '../aws/data-bucket-api.js';
import type { PermissionApi } from '../aws/permission-api.js';
import type { NotebookApi } from '../aws/notebook-api.js';
import type { StackApi } from '../aws/stack-api.js';
import type { TemplateBucketApi } from '../aws/template-bucket-api.js';
import type { IoHost } from './io-host.js';
import type { HourlyPrice } from '../pricing/hourly-price.js';
import type { Clock } from './clock.js';
import type { BudgetApi } from '../aws/budget-api.js';
import type { StagedTemplatesApi } from '../aws/staged-templates-api.js';
import type { StoragePrice } from '../pricing/volume-price.js';

/** SageMaker and CloudFormation in one region, with that region's notebook prices. */
export interface RegionScope {
  readonly region: string;
  readonly stacks: StackApi;
  readonly notebooks: NotebookApi;
  readonly price?: (instanceType: string) => Promise<HourlyPrice | undefined>;
}

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
  /** The regions the account has enabled (EC2 DescribeRegions). */
  readonly enabledRegions: () => Promise<string[]>;
  /** The same APIs in another region, for looking at every region at once. */
  readonly inRegion: (region: string) => Promise<RegionScope>;
  /**
   * AWS Budgets for this account (a global API), made on first use. For a hint, one attempt per call: a Budgets
   * endpoint that does not answer must not hold up the end of a deploy for the full retry budget.
   */
  readonly budgets: (purpose?: 'hint') => Promise<BudgetApi>;
  /** The ML storage price of a region (Price List, cached with its date; else a dated row or a labelled reference). */
  readonly storagePrice: (region: string) => Promise<StoragePrice>;
  /** How much smnb staged in the template bucket, made on first use. */
  readonly stagedTemplates: () => Promise<StagedTemplatesApi>;
}
