/**
 * Built-in on-demand prices of notebook instances, USD per hour, us-east-1. Used when the AWS Price List API cannot
 * be asked (no permission, offline); smnb asks the API for every other region and caches the answer with its date.
 *
 * Source: AWS SageMaker pricing page, on-demand "Notebook instances" (https://aws.amazon.com/sagemaker/pricing/),
 * figures as transcribed in public repositories and the project's reference notes, read 2026-11-28. The r5.large and
 * r5.xlarge figures are r5.2xlarge's 0.605 halved per size step, as SageMaker prices scale within a family.
 */
export const PRICE_TABLE_AS_OF = '2026-11-28';
export const PRICE_TABLE_REGION = 'us-east-1';

export const NOTEBOOK_USD_PER_HOUR_US_EAST_1: Readonly<Record<string, number>> = {
  'ml.t3.medium': 0.05,
  'ml.t3.large': 0.1,
  'ml.t3.xlarge': 0.2,
  'ml.t3.2xlarge': 0.399,
  'ml.t2.medium': 0.0464,
  'ml.m5.xlarge': 0.23,
  'ml.m5.2xlarge': 0.461,
  'ml.m5.4xlarge': 0.922,
  'ml.c5.xlarge': 0.204,
  'ml.c5.2xlarge': 0.408,
  'ml.r5.large': 0.151,
  'ml.r5.xlarge': 0.302,
  'ml.g4dn.xlarge': 0.7364,
  'ml.g4dn.2xlarge': 0.94,
  'ml.g5.xlarge': 1.408,
  'ml.g5.2xlarge': 1.515,
  'ml.p3.2xlarge': 3.825,
};

/**
 * ML storage of notebook instances, USD per GB-month, us-east-1 (same source and date as above; it is billed while
 * the notebook exists, running or stopped).
 */
export const NOTEBOOK_STORAGE_USD_PER_GB_MONTH_US_EAST_1 = 0.14;

/** The storage price for a region, when the built-in table has it. */
export function notebookStoragePrice(region: string): number | undefined {
  return region === PRICE_TABLE_REGION ? NOTEBOOK_STORAGE_USD_PER_GB_MONTH_US_EAST_1 : undefined;
}

/** SageMaker free tier: 250 hours a month of ml.t3.medium notebooks for the first two months (AWS Free Tier page). */
export const FREE_TIER = { instanceType: 'ml.t3.medium', hoursPerMonth: 250, months: 2 } as const;

/**
 * Price List usage-type prefixes by region (AWS Price List API, "usagetype" attribute, e.g. USE1-Notebk:ml.t3.medium;
 * us-east-1 is listed both with and without the prefix).
 */
export const USAGE_TYPE_PREFIX: Readonly<Record<string, string>> = {
  'us-east-1': 'USE1',
  'us-east-2': 'USE2',
  'us-west-1': 'USW1',
  'us-west-2': 'USW2',
  'ap-northeast-1': 'APN1',
  'ap-northeast-2': 'APN2',
  'ap-northeast-3': 'APN3',
  'ap-southeast-1': 'APS1',
  'ap-southeast-2': 'APS2',
  'ap-south-1': 'APS3',
  'eu-west-1': 'EU',
  'eu-west-2': 'EUW2',
  'eu-central-1': 'EUC1',
  'ca-central-1': 'CAN1',
  'sa-east-1': 'SAE1',
};

export function notebookUsageType(region: string, instanceType: string): string | undefined {
  const prefix = USAGE_TYPE_PREFIX[region];
  return prefix ? `${prefix}-Notebk:${instanceType}` : undefined;
}
