import { describe, expect, it } from 'vitest';
import { DEPLOYER_STATEMENTS } from '../../shared/deployer-policy.js';
import { policyAllows } from '../_helpers/iam-policy.js';

const budget = (name: string) => `arn:aws:budgets::123456789012:budget/${name}`;

describe('the deployer policy and AWS Budgets', () => {
  it('lets smnb read and change its own budget', () => {
    for (const action of ['budgets:ViewBudget', 'budgets:ModifyBudget'])
      expect(policyAllows(DEPLOYER_STATEMENTS, { action, resource: budget('smnb-monthly') }), action).toBe(true);
    expect(policyAllows(DEPLOYER_STATEMENTS, { action: 'ec2:DescribeRegions', resource: '*' })).toBe(true);
  });

  it.each([
    ['change another budget of the account', 'budgets:ModifyBudget', budget('team-budget')],
    ['read another budget', 'budgets:ViewBudget', budget('finance')],
    ['attach an action that runs IAM or SCP changes', 'budgets:CreateBudgetAction', budget('smnb-monthly')],
    ['run a budget action', 'budgets:ExecuteBudgetAction', budget('smnb-monthly')],
    ['tag its way into another budget', 'budgets:TagResource', budget('smnb-monthly')],
    ['change the billing settings', 'aws-portal:ModifyBilling', '*'],
  ])('refuses an attempt to %s', (_, action, resource) => {
    expect(policyAllows(DEPLOYER_STATEMENTS, { action, resource })).toBe(false);
  });
});
