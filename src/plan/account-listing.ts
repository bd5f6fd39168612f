import type { AppError } from '../errors.js';
import type { BilledSummary } from './billed-items.js';

/** One notebook of a listing: a notebook instance of a region, joined with the smnb stack that made it, if any. */
export interface ListedNotebook {
  readonly name: string;
  readonly region: string;
  /** The ML volume, billed while the notebook exists, running or not. */
  readonly volumeSizeInGB?: number;
  readonly status?: string;
  readonly instanceType?: string;
  readonly createdAt?: string;
  readonly stackName?: string;
  readonly stackStatus?: string;
  /** Made by smnb (found by its stack tag). */
  readonly managed: boolean;
  /** USD per hour while it runs, when known. */
  readonly usdPerHour?: number;
  /** The fleet (config file) the stack belongs to. */
  readonly fleet?: string;
  /** PlatformIdentifier, and whether it is a retired AL2 one. */
  readonly platform?: string;
  readonly retiredPlatform?: boolean;
}

/** A region that gave no answer, and why, so that it is named rather than silently left out. */
export interface UnansweredRegion {
  readonly region: string;
  readonly key: AppError['key'];
  readonly params?: AppError['params'];
}

/** What smnb list (and doctor's billing checks) found across the regions it asked. */
export interface AccountListing {
  /** The regions asked, in order: the command's region alone, or every enabled one. */
  readonly regions: readonly string[];
  readonly notebooks: readonly ListedNotebook[];
  readonly unanswered: readonly UnansweredRegion[];
  /** What is billed while nothing runs, per notebook and in total. */
  readonly stillBilled: BilledSummary;
  /** The template bucket could not be looked at (no permission, no answer): said, never taken for "nothing". */
  readonly templateBucketUnchecked: boolean;
  /** Kept data buckets were not counted (no way to find them was given, or it failed). */
  readonly keptDataBucketsUnchecked: boolean;
  /**
   * USD per hour of the notebooks whose instance runs now (isUp: starting, in service, due for maintenance); null when one of them has no known price, so
   * that an unknown price is never shown as zero.
   */
  readonly runningUsdPerHour: number | null;
  /** What the running notebooks with a known price cost an hour together: a lower bound when some are unpriced. */
  readonly runningUsdPerHourKnown: number;
  /** The running notebooks whose hourly price is not known (Price List refused or silent, no cached price). */
  readonly runningUnpriced: readonly string[];
}
