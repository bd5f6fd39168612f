/**
 * The one price the templates quote in their ImportantNote output.
 * Source: AWS SageMaker pricing page, on-demand notebook instances, us-east-1, as collected in the project's
 * reference notes (2026-11). The CLI's full, dated price table lives in src/pricing.
 */
export const REFERENCE_PRICE = {
  instanceType: 'ml.t3.medium',
  region: 'us-east-1',
  usdPerHour: '0.05',
  asOf: '2026-11',
} as const;
