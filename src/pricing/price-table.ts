/** One region of the built-in price table: where the figures come from, when they were read, and the figures. */
export interface RegionPrices {
  readonly asOf: string;
  readonly source: string;
  /** On-demand notebook instances, USD per hour: only types the templates allow, and only with a source. */
  readonly notebookUsdPerHour: Readonly<Record<string, number>>;
}

/**
 * Built-in prices, used when the AWS Price List API cannot be asked (no permission, offline); for other regions smnb
 * asks the API and caches the answer with its date. A region belongs here only with a source and a date: adding one
 * is adding data. A type without a sourced row has no built-in price: smnb asks the Price List API, and says when it
 * has none.
 */
export const PRICE_TABLES: Readonly<Record<string, RegionPrices>> = {
  'us-east-1': {
    asOf: '2026-11-28',
    // ml.t3.medium 0.05, ml.m5.xlarge 0.23, ml.m5.4xlarge 0.922, ml.g4dn.xlarge 0.736 and ml.g5.xlarge 1.41 are the
    // notebook rows (usage type Notebk:…) of AWS's public bulk price file, offers/v1.0/aws/AmazonSageMaker/current,
    // published 2026-09-24; 0.7364 and 1.408 are that file's Studio and Training rows, not notebooks. ml.t2.medium,
    // ml.r5.large and ml.r5.xlarge have no row here: no source we could read gives their notebook price, so smnb
    // asks the Price List API for them and says so when it cannot.
    source:
      'AWS public bulk price file for AmazonSageMaker (published 2026-09-24, notebook usage types) and the SageMaker pricing page, on-demand "Notebook instances" (https://aws.amazon.com/sagemaker/pricing/)',
    notebookUsdPerHour: {
      'ml.t3.medium': 0.05,
      'ml.t3.large': 0.1,
      'ml.t3.xlarge': 0.2,
      'ml.t3.2xlarge': 0.399,
      'ml.m5.xlarge': 0.23,
      'ml.m5.2xlarge': 0.461,
      'ml.m5.4xlarge': 0.922,
      'ml.c5.xlarge': 0.204,
      'ml.c5.2xlarge': 0.408,
      'ml.g4dn.xlarge': 0.736,
      'ml.g4dn.2xlarge': 0.94,
      'ml.g5.xlarge': 1.41,
      'ml.g5.2xlarge': 1.515,
    },
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

/**
 * The older SageMaker free tier: 250 hours a month of ml.t3.medium notebooks for the first two months (AWS Free Tier
 * page, as in the project's reference notes). Accounts created on or after 2025-07-15 get credits and a Free or Paid
 * plan instead (AWS's agent toolkit reference, aws/agent-toolkit-for-aws, free-tier.md; the plan itself is AWS Cost
 * Management API reference, freetier GetAccountPlanState: accountPlanType FREE | PAID, remaining credits, expiry;
 * read 2026-12-01). Whether the SageMaker trial applies to those accounts we could not confirm on an AWS page
 * (searched 2026-12-01), so the cost output says which programme this line assumes and that it is unconfirmed.
 */
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
