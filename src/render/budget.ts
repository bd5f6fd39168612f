import type { MessageKey, Translate } from '../i18n/messages.js';
import type { BudgetSetResult } from '../operations/budget/budget.js';
import type { BudgetChange, BudgetState } from '../plan/budget-plan.js';
import { usd } from '../plan/money-text.js';

const money = (value: number | undefined) => (value === undefined ? '-' : usd(value));

/** The budget, this month's actual and forecast spend against it, and who gets its alerts. */
export function formatBudget(b: BudgetState | undefined, t: Translate): string {
  if (!b) return t('budget.none');
  const share = (value: number | undefined) =>
    value === undefined || b.monthlyUsd === 0 ? '-' : String(Math.round((value / b.monthlyUsd) * 100));
  const lines = [
    t('budget.limit', { name: b.name, usd: money(b.monthlyUsd) }),
    t('budget.actual', { usd: money(b.actualUsd), percent: share(b.actualUsd) }),
    t('budget.forecast', { usd: money(b.forecastUsd), percent: share(b.forecastUsd) }),
  ];
  for (const a of b.alerts)
    lines.push(
      t(a.kind === 'ACTUAL' ? 'budget.alertActual' : 'budget.alertForecast', {
        percent: a.percent,
        emails: a.emails.join(', ') || '-',
      }),
    );
  lines.push('', t('budget.free'));
  return lines.join('\n');
}

function changeLine(c: BudgetChange, t: Translate): string {
  if (c.kind === 'create') return '';
  if (c.kind === 'updateLimit') return t('budget.change.limit', { from: money(c.from), to: money(c.to) });
  const key: MessageKey = c.kind === 'addAlert' ? 'budget.change.add' : 'budget.change.remove';
  return t(key, {
    kind: t(`budget.kind.${c.alert.kind}`),
    percent: c.alert.percent,
    emails: c.alert.emails.join(', '),
  });
}

/** What `smnb budget --monthly-usd … --email …` did, each change, the e-mail note, and the budget as it is now. */
export function formatBudgetSet(r: BudgetSetResult, t: Translate): string {
  const lines = [t(`budget.${r.outcome}` as MessageKey, { name: r.budget?.name ?? '' })];
  for (const c of r.changes) if (c.kind !== 'create') lines.push(`  ${changeLine(c, t)}`);
  if (r.outcome !== 'unchanged') lines.push('', t('budget.emailNote'));
  if (r.budget) lines.push('', formatBudget(r.budget, t));
  return lines.join('\n');
}

/** Whether `smnb budget --delete` removed the budget or found none. */
export function formatBudgetRemoved(removed: boolean, t: Translate): string {
  return t(removed ? 'budget.removed' : 'budget.noneToRemove');
}
