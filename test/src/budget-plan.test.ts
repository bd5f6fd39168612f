import { describe, expect, it } from 'vitest';
import { budgetChanges, desiredBudget, isEmailAddress, type BudgetState } from '../../src/plan/budget-plan.js';

const inAws = (monthlyUsd: number, email: string, percent = 80): BudgetState => ({
  name: 'smnb-monthly',
  monthlyUsd,
  alerts: [
    { kind: 'ACTUAL', percent, emails: [email], comparison: 'GREATER_THAN', thresholdType: 'PERCENTAGE' },
    { kind: 'FORECASTED', percent: 100, emails: [email], comparison: 'GREATER_THAN', thresholdType: 'PERCENTAGE' },
  ],
});

describe('the budget plan', () => {
  it('creates a missing budget with an actual alert at the share asked for and a forecast alert at 100 %', () => {
    const desired = desiredBudget(10, 'a@example.com', 60);
    expect(budgetChanges(undefined, desired)).toEqual([{ kind: 'create' }]);
    expect(desired.alerts).toEqual([
      { kind: 'ACTUAL', percent: 60, emails: ['a@example.com'] },
      { kind: 'FORECASTED', percent: 100, emails: ['a@example.com'] },
    ]);
  });

  it.each([
    ['same values', inAws(10, 'a@example.com'), desiredBudget(10, 'a@example.com'), []],
    [
      'a new amount',
      inAws(10, 'a@example.com'),
      desiredBudget(12.5, 'a@example.com'),
      [{ kind: 'updateLimit', from: 10, to: 12.5 }],
    ],
    [
      'a new share',
      inAws(10, 'a@example.com'),
      desiredBudget(10, 'a@example.com', 50),
      ['removeAlert ACTUAL 80', 'addAlert ACTUAL 50'],
    ],
    [
      'a new address',
      inAws(10, 'a@example.com'),
      desiredBudget(10, 'b@example.com'),
      ['removeAlert ACTUAL 80', 'removeAlert FORECASTED 100', 'addAlert ACTUAL 80', 'addAlert FORECASTED 100'],
    ],
    [
      'an alert of another shape added by hand',
      {
        ...inAws(10, 'a@example.com'),
        alerts: [
          ...inAws(10, 'a@example.com').alerts,
          { kind: 'ACTUAL' as const, percent: 5, emails: ['a@example.com'], thresholdType: 'ABSOLUTE_VALUE' },
        ],
      },
      desiredBudget(10, 'a@example.com'),
      ['removeAlert ACTUAL 5'],
    ],
  ])('with %s in AWS: %j', (_, current, desired, expected) => {
    const changes = budgetChanges(current, desired).map((c) =>
      c.kind === 'addAlert' || c.kind === 'removeAlert' ? `${c.kind} ${c.alert.kind} ${c.alert.percent}` : c,
    );
    expect(changes).toEqual(expected);
  });

  it('removes before it adds, so an alert of the same kind and share can be put back with a new address', () => {
    const kinds = budgetChanges(inAws(10, 'a@example.com'), desiredBudget(10, 'b@example.com')).map((c) => c.kind);
    expect(kinds.lastIndexOf('removeAlert')).toBeLessThan(kinds.indexOf('addAlert'));
  });

  it.each([
    ['you@example.com', true],
    ['first.last+smnb@mail.example.co.jp', true],
    ['you at example.com', false],
    ['you@example', false],
    ['a@b.com, c@d.com', false],
    ['you@example.com\nBcc: x@y.z', false],
    [`${'a'.repeat(250)}@b.co`, false],
  ])('%j is an e-mail address: %s', (value, ok) => {
    expect(isEmailAddress(value)).toBe(ok);
  });
});
