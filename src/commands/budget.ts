import { UsageError } from '../errors.js';
import { BUDGET_LIMITS, isEmailAddress } from '../plan/budget-plan.js';
import { removeBudget, setBudget, showBudget } from '../operations/budget/budget.js';
import { formatBudget, formatBudgetRemoved, formatBudgetSet } from '../render/budget.js';
import type { ParsedArgs } from '../args.js';
import type { CommandDefinition } from './command.js';

/** USD with at most two decimals, within the limits; anything else is refused before any AWS call. */
function monthlyUsd(raw: string): number {
  const value = Number(raw);
  const limits = { value: raw, min: BUDGET_LIMITS.minUsd, max: BUDGET_LIMITS.maxUsd };
  // Not a number at all ("abc", "10USD"): said as such, naming what was typed.
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError('error.budgetAmountNotNumber', limits);
  if (!/^\d+(\.\d{1,2})?$/.test(raw.trim()) || value < BUDGET_LIMITS.minUsd || value > BUDGET_LIMITS.maxUsd)
    throw new UsageError('error.budgetAmount', limits);
  return value;
}

/** The parsed set-up request, or undefined when the command only shows (or removes) the budget. */
function setRequest(args: ParsedArgs) {
  const f = args.flags;
  const amount = f['monthly-usd'] as string | undefined;
  const email = f.email as string | undefined;
  const percent = f['alert-percent'] as number | undefined;
  if (f.delete === true && (amount !== undefined || email !== undefined || percent !== undefined))
    throw new UsageError('error.budgetDeleteAlone');
  if (amount === undefined && email === undefined && percent === undefined) return undefined;
  // A wrong amount is named before a missing flag: "--monthly-usd abc" is about abc.
  const usd = amount === undefined ? undefined : monthlyUsd(amount);
  if (usd === undefined || email === undefined) throw new UsageError('error.budgetBothNeeded');
  if (!isEmailAddress(email)) throw new UsageError('error.budgetEmail', { value: email });
  // Without --alert-percent the budget keeps the share it has (or gets the default when new): see setBudget.
  if (percent !== undefined && (percent < BUDGET_LIMITS.minPercent || percent > BUDGET_LIMITS.maxPercent))
    throw new UsageError('error.budgetPercent', {
      value: percent,
      min: BUDGET_LIMITS.minPercent,
      max: BUDGET_LIMITS.maxPercent,
    });
  return { monthlyUsd: usd, email, percent };
}

export const budgetCommand: CommandDefinition = {
  name: 'budget',
  summaryKey: 'cmd.budget.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb budget --monthly-usd 10 --email you@example.com',
    'smnb budget --monthly-usd 20 --email you@example.com --alert-percent 50',
    'smnb budget',
    'smnb budget --output json',
    'smnb budget --delete',
  ],
  flags: [
    { name: 'monthly-usd', type: 'string', descKey: 'flag.monthlyUsd', valueName: 'USD' },
    { name: 'email', type: 'string', descKey: 'flag.email', valueName: 'ADDRESS' },
    { name: 'alert-percent', type: 'number', descKey: 'flag.alertPercent', valueName: 'PERCENT' },
    { name: 'delete', type: 'boolean', descKey: 'flag.budgetDelete' },
    { name: 'yes', type: 'boolean', descKey: 'flag.yes' },
    { name: 'profile', type: 'string', descKey: 'flag.profile', valueName: 'PROFILE' },
  ],
  async run(ctx, args) {
    const request = setRequest(args);
    if (args.flags.delete === true) {
      const removed = await ctx.withOperation('budget', (op) => removeBudget(op, args.flags.yes === true));
      return { data: { removed }, text: formatBudgetRemoved(removed, ctx.t) };
    }
    if (request) {
      const result = await ctx.withOperation('budget', (op) => setBudget(op, request));
      return { data: result, text: formatBudgetSet(result, ctx.t) };
    }
    const budget = await ctx.withOperation('budget', (op) => showBudget(op));
    return { data: { budget: budget ?? null }, text: formatBudget(budget, ctx.t) };
  },
};
