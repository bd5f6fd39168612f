import { PERSONAL_BUDGET_NAME } from '../../shared/deployer-policy.js';
/** smnb's one budget per account: its name is what the deployer policy's budget statement is scoped to. */
export const BUDGET_NAME = PERSONAL_BUDGET_NAME;

/** An alert of a budget: spend (actual, or forecast for the month) over a percentage of the limit, by e-mail. */
export interface BudgetAlert {
  readonly kind: 'ACTUAL' | 'FORECASTED';
  readonly percent: number;
  readonly emails: readonly string[];
  /** As AWS reports them; smnb's own alerts are GREATER_THAN and PERCENTAGE (the defaults when absent). */
  readonly comparison?: string;
  readonly thresholdType?: string;
}

/** The budget as it is in AWS, with this month's spend (DescribeBudget's CalculatedSpend). */
export interface BudgetState {
  readonly name: string;
  readonly monthlyUsd: number;
  readonly actualUsd?: number;
  readonly forecastUsd?: number;
  readonly alerts: readonly BudgetAlert[];
}

/** The budget `smnb budget --monthly-usd N --email ADDRESS` asks for. */
export interface DesiredBudget {
  readonly name: string;
  readonly monthlyUsd: number;
  readonly alerts: readonly BudgetAlert[];
}

/** One step that brings the budget in AWS to the one asked for. */
export type BudgetChange =
  | { readonly kind: 'create' }
  | { readonly kind: 'updateLimit'; readonly from: number; readonly to: number }
  | { readonly kind: 'addAlert'; readonly alert: BudgetAlert }
  | { readonly kind: 'removeAlert'; readonly alert: BudgetAlert };

/** Limits of the inputs, checked before any AWS call. */
export const BUDGET_LIMITS = {
  /** AWS Budgets takes any positive amount; smnb keeps to what a learner could mean (USD 1 … 100,000 a month). */
  minUsd: 1,
  maxUsd: 100_000,
  /** The actual-spend alert: a share of the limit in whole percent. */
  minPercent: 1,
  maxPercent: 100,
  defaultPercent: 80,
} as const;

/** The cost budget with two alerts: actual spend over `percent` % of the limit, and the month's forecast over 100 %. */
export function desiredBudget(monthlyUsd: number, email: string, percent: number = BUDGET_LIMITS.defaultPercent) {
  const budget: DesiredBudget = {
    name: BUDGET_NAME,
    monthlyUsd,
    alerts: [
      { kind: 'ACTUAL', percent, emails: [email] },
      { kind: 'FORECASTED', percent: 100, emails: [email] },
    ],
  };
  return budget;
}

/**
 * The share of the actual-spend alert to ask for: the one given, else the one the budget has (so a new amount
 * changes only the amount), else the default.
 */
export function alertPercent(current: BudgetState | undefined, given: number | undefined): number {
  if (given !== undefined) return given;
  const actual = current?.alerts.find((a) => a.kind === 'ACTUAL' && (a.thresholdType ?? 'PERCENTAGE') === 'PERCENTAGE');
  return actual?.percent ?? BUDGET_LIMITS.defaultPercent;
}

const sameAlert = (a: BudgetAlert, b: BudgetAlert) =>
  a.kind === b.kind &&
  a.percent === b.percent &&
  (a.comparison ?? 'GREATER_THAN') === (b.comparison ?? 'GREATER_THAN') &&
  (a.thresholdType ?? 'PERCENTAGE') === (b.thresholdType ?? 'PERCENTAGE') &&
  [...a.emails].sort().join('\n') === [...b.emails].sort().join('\n');

/**
 * What to change so that AWS has the budget asked for: nothing when it is already so (a rerun changes nothing), the
 * limit when only the amount differs, and each alert that differs removed and added again (a new e-mail address,
 * a new share). An alert is identified by its kind, comparison and threshold (DeleteNotification API reference).
 */
export function budgetChanges(current: BudgetState | undefined, desired: DesiredBudget): BudgetChange[] {
  if (!current) return [{ kind: 'create' }];
  const changes: BudgetChange[] = [];
  if (current.monthlyUsd !== desired.monthlyUsd)
    changes.push({ kind: 'updateLimit', from: current.monthlyUsd, to: desired.monthlyUsd });
  for (const alert of current.alerts)
    if (!desired.alerts.some((d) => sameAlert(d, alert))) changes.push({ kind: 'removeAlert', alert });
  for (const alert of desired.alerts)
    if (!current.alerts.some((c) => sameAlert(c, alert))) changes.push({ kind: 'addAlert', alert });
  return changes;
}

/**
 * An e-mail address as AWS Budgets can send to: one address, no spaces or line breaks (Subscriber API reference:
 * Address cannot contain line breaks), a local part, an @ and a domain with a dot; at most 254 characters (RFC 5321).
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>".]+$/.test(value);
}
