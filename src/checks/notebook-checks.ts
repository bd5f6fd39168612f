import { TAG_MANAGED } from '../../shared/notebook-rules.js';
import type { Check, CheckOutcome } from './check.js';
import { PERMISSION_CHECK } from './permission-check.js';

const pass = (detailKey: CheckOutcome['detailKey'], params?: CheckOutcome['params']): CheckOutcome => ({
  status: 'pass',
  detailKey,
  params,
});

/** Notebooks in these states hold no instance of the quota (same rule as the templates' preflight). */
const FREE_STATES = new Set(['Stopped', 'Deleting', 'Failed']);
/** A notebook left running this long is probably forgotten. */
export const LONG_RUNNING_HOURS = 8;

/** Every check smnb doctor runs, in order; those marked `gate` also run before each deploy. */
export const CHECKS: readonly Check[] = [
  {
    id: 'credentials',
    titleKey: 'check.credentials',
    gate: true,
    async run(ctx) {
      const who = await ctx.op.identity!();
      return pass('check.credentials.ok', { arn: who.arn, account: who.account });
    },
  },
  PERMISSION_CHECK,
  {
    id: 'sagemaker-region',
    titleKey: 'check.region',
    gate: false,
    async run(ctx) {
      const notebooks = await ctx.op.notebooks.list();
      return pass('check.region.ok', { region: ctx.op.region, count: notebooks.length });
    },
  },
  {
    id: 'quota',
    titleKey: 'check.quota',
    gate: true,
    async run(ctx) {
      const { instanceType, notebookName } = ctx.target;
      const [quota, notebooks] = await Promise.all([
        // Reading quotas needs servicequotas:ListServiceQuotas; without it the check only warns.
        ctx.op.notebookQuota?.(instanceType).catch(() => undefined),
        ctx.op.notebooks.list(),
      ]);
      const inUse = notebooks.filter(
        (n) => n.instanceType === instanceType && n.name !== notebookName && !FREE_STATES.has(n.status),
      ).length;
      if (!quota) return { status: 'warn', detailKey: 'check.quota.unknown', params: { type: instanceType, inUse } };
      const params = {
        type: instanceType,
        quota: quota.value,
        inUse,
        code: quota.code,
        region: ctx.op.region,
        more: quota.value + 1,
      };
      return inUse >= quota.value
        ? { status: 'fail', detailKey: 'check.quota.full', params, hintKey: 'check.quota.hint' }
        : pass('check.quota.ok', params);
    },
  },
  {
    id: 'name-conflict',
    titleKey: 'check.names',
    gate: true,
    async run(ctx) {
      const { notebookName, stackName } = ctx.target;
      const [notebook, stack] = await Promise.all([
        ctx.op.notebooks.describe(notebookName),
        ctx.op.stacks.describeStack(stackName),
      ]);
      if (notebook && !stack) {
        return {
          status: 'fail',
          detailKey: 'check.names.notebookTaken',
          params: { notebook: notebookName },
          hintKey: 'check.names.hint',
        };
      }
      if (stack)
        return {
          status: 'warn',
          detailKey: 'check.names.stackExists',
          params: { stack: stackName, status: stack.status },
        };
      return pass('check.names.ok', { notebook: notebookName, stack: stackName });
    },
  },
  {
    id: 'stuck-stacks',
    titleKey: 'check.stuck',
    gate: false,
    async run(ctx) {
      const stuck = (await ctx.op.stacks.listStacks()).filter(
        (s) => s.tags[TAG_MANAGED] === 'true' && ['ROLLBACK_COMPLETE', 'UPDATE_ROLLBACK_FAILED'].includes(s.status),
      );
      return stuck.length === 0
        ? pass('check.stuck.ok')
        : {
            status: 'warn',
            detailKey: 'check.stuck.found',
            params: { stacks: stuck.map((s) => `${s.name} (${s.status})`).join(', ') },
            hintKey: 'check.stuck.hint',
          };
    },
  },
  {
    id: 'long-running',
    titleKey: 'check.running',
    gate: false,
    async run(ctx) {
      const now = ctx.op.clock.now();
      const old = (await ctx.op.notebooks.list()).filter(
        (n) =>
          n.status === 'InService' &&
          n.lastModifiedAt &&
          now - n.lastModifiedAt.getTime() > LONG_RUNNING_HOURS * 3_600_000,
      );
      return old.length === 0
        ? pass('check.running.ok', { hours: LONG_RUNNING_HOURS })
        : {
            status: 'warn',
            detailKey: 'check.running.found',
            params: { notebooks: old.map((n) => n.name).join(', '), hours: LONG_RUNNING_HOURS },
            hintKey: 'check.running.hint',
          };
    },
  },
];
