/** One region of the built-in price table: where the figures come from, when they were read, and the figures. */
export interface RegionPrices {
  readonly asOf: string;
  readonly source: string;
  /** On-demand notebook instances, USD per hour: every type the templates allow. */
  readonly notebookUsdPerHour: Readonly<Record<string, number>>;
  /** ML storage of notebook instances, USD per GB-month, billed while the notebook exists, running or stopped. */
  readonly storageUsdPerGbMonth: number;
}

/**
 * Built-in prices, used when the AWS Price List API cannot be asked (no permission, offline); for other regions smnb
 * asks the API and caches the answer with its date. A region belongs here only with a source and a date: adding one
 * is adding data, and the tests require a price for every allowed type.
 */
export const PRICE_TABLES: Readonly<Record<string, RegionPrices>> = {
  'us-east-1': {
    asOf: '2026-11-28',
    // The r5.large and r5.xlarge figures are r5.2xlarge's 0.605 halved per size step, as SageMaker prices scale
    // within a family.
    source:
      'AWS SageMaker pricing page, on-demand "Notebook instances" (https://aws.amazon.com/sagemaker/pricing/), as transcribed in public repositories and the project reference notes',
    notebookUsdPerHour: {
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
    },
    storageUsdPerGbMonth: 0.14,
  },
};

/** The region whose figures are shown, labelled as a reference, when nothing is known for the region asked about. */
export const REFERENCE_REGION = 'us-east-1';

/** The built-in hourly price of a notebook type in a region, with its date, when the table has it. */
export function tablePrice(region: string, instanceType: string): { usdPerHour: number; asOf: string } | undefined {
  const table = PRICE_TABLES[region];
  const usdPerHour = table?.notebookUsdPerHour[instanceType];
  return table && usdPerHour !== undefined ? { usdPerHour, asOf: table.asOf } : undefined;
}

/** The storage price for a region, when the built-in table has it. */
export function notebookStoragePrice(region: string): number | undefined {
  return PRICE_TABLES[region]?.storageUsdPerGbMonth;
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
