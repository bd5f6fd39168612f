import { UsageError } from '../errors.js';

/** The guide's region, used when neither a flag, the environment nor the profile names one. */
export const DEFAULT_REGION = 'ap-northeast-1';

/** An AWS region's shape, e.g. ap-northeast-1 or us-gov-west-1 (AWS General Reference, Regions and endpoints). */
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d{1,2}$/;

/** Refuses a region that cannot be one before anything is sent to it. */
export function checkRegion(region: string): string {
  if (!REGION_PATTERN.test(region))
    throw new UsageError('error.regionShape', { value: region.length > 40 ? `${region.slice(0, 40)}…` : region });
  return region;
}
