import { UserAbort } from '../../errors.js';
import {
  alertPercent,
  BUDGET_NAME,
  budgetChanges,
  desiredBudget,
  type BudgetChange,
  type BudgetState,
} from '../../plan/budget-plan.js';
import type { OperationContext } from '../../context/operation-context.js';

/** What `smnb budget --monthly-usd N --email ADDRESS` did: created, changed (with each change), or nothing. */
export interface BudgetSetResult {
  readonly outcome: 'created' | 'updated' | 'unchanged';
  readonly changes: readonly BudgetChange[];
  readonly budget: BudgetState | undefined;
}

/** The budget and this month's spend; undefined when the account has no smnb budget. Reading it costs nothing. */
export async function showBudget(ctx: Pick<OperationContext, 'budgets'>): Promise<BudgetState | undefined> {
  return (await ctx.budgets()).describe(BUDGET_NAME);
}

/**
 * Makes the account's smnb budget the one asked for, changing only what differs, so a rerun with the same values
 * sends no write at all. Without a percent the actual-spend alert keeps the share it has. Inputs were checked by the
 * command before this runs.
 */
export async function setBudget(
  ctx: Pick<OperationContext, 'budgets'>,
  input: { monthlyUsd: number; email: string; percent?: number },
): Promise<BudgetSetResult> {
  const api = await ctx.budgets();
  const current = await api.describe(BUDGET_NAME);
  const desired = desiredBudget(input.monthlyUsd, input.email, alertPercent(current, input.percent));
  const changes = budgetChanges(current, desired);
  for (const change of changes) {
    if (change.kind === 'create') await api.create(desired);
    else if (change.kind === 'updateLimit') await api.updateLimit(desired);
    else if (change.kind === 'removeAlert') await api.removeAlert(desired.name, change.alert);
    else await api.addAlert(desired.name, change.alert);
  }
  return {
    outcome: !current ? 'created' : changes.length > 0 ? 'updated' : 'unchanged',
    changes,
    budget: changes.length > 0 ? await api.describe(desired.name) : current,
  };
}

/** Removes the smnb budget after the user agrees (or with --yes); false when there was none to remove. */
export async function removeBudget(ctx: Pick<OperationContext, 'budgets' | 'io'>, yes: boolean): Promise<boolean> {
  const api = await ctx.budgets();
  const current = await api.describe(BUDGET_NAME);
  if (!current) return false;
  const agreed =
    yes ||
    (await ctx.io.confirm({
      questionKey: 'confirm.budgetDelete',
      questionParams: { name: BUDGET_NAME },
      defaultAnswer: false,
    }));
  if (!agreed) throw new UserAbort('error.budgetDeleteDeclined', {}, 'hint.budgetDeleteYes');
  await api.delete(BUDGET_NAME);
  return true;
}
