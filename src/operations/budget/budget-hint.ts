import { message } from '../../events.js';
import { BUDGET_NAME } from '../../plan/budget-plan.js';
import type { OperationContext } from '../../context/operation-context.js';

/** Remembers which one-time hints were shown (a small file in the user's cache folder; tests use a scratch HOME). */
export interface HintMemory {
  seen(key: string): boolean;
  remember(key: string): void;
}

/**
 * After a deploy, once per account: when the account has no smnb budget, one line suggesting `smnb budget`. Reading
 * the budget costs nothing (AWS Budgets charges for budgets, not for reading them). A hint is a courtesy: without
 * permission or an answer it says nothing, and it is asked again next time.
 */
export async function suggestBudgetOnce(
  ctx: Pick<OperationContext, 'budgets' | 'identity' | 'io'>,
  memory: HintMemory,
): Promise<void> {
  try {
    const key = `budget-suggested/${(await ctx.identity()).account}`;
    if (memory.seen(key)) return;
    if (!(await (await ctx.budgets('hint')).describe(BUDGET_NAME))) ctx.io.notify(message('budget.suggest'));
    memory.remember(key);
  } catch {
    // No budgets:ViewBudget, or no answer: the deploy's result is what matters.
  }
}
