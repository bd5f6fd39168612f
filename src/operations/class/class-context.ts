import type { DataBucketApi } from '../../aws/data-bucket-api.js';
import type { NotebookApi } from '../../aws/notebook-api.js';
import type { StackApi } from '../../aws/stack-api.js';
import type { StackSetApi } from '../../aws/class/stack-set-api.js';
import type { IoHost } from '../../context/io-host.js';
import type { HourlyPrice } from '../../pricing/hourly-price.js';
import type { Clock } from '../../context/clock.js';

/** What smnb class reads in one member account, through its read-only role. */
export interface MemberScope {
  readonly stacks: Pick<StackApi, 'describeStack'>;
  readonly notebooks: Pick<NotebookApi, 'describe'>;
  readonly dataBuckets: Pick<DataBucketApi, 'latestBackup' | 'backupFiles' | 'backupFile'>;
}

/** Everything a class operation uses; the command builds it, tests run it against the stand-in. */
export interface ClassContext {
  readonly io: IoHost;
  readonly clock: Clock;
  readonly pollIntervalMs: number;
  /** The command's region: the StackSets' home, and where notebooks go when --regions is not given. */
  readonly region: string;
  /** StackSets, in the administrator account and the command's region. */
  readonly stackSets: StackSetApi;
  /** The administrator account (STS GetCallerIdentity). */
  readonly administratorAccount: () => Promise<string>;
  /** The member account's reads, with its reader role assumed (made once per account). */
  readonly member: (account: string, region: string, externalId: string) => Promise<MemberScope>;
  /** A notebook type's hourly price in a region, when it can be known. */
  readonly price: (region: string, instanceType: string) => Promise<HourlyPrice | undefined>;
}
