import { SETUP_CHECK } from './setup-check.js';
import { quotaHolders } from '../../shared/notebook-quota.js';
import { isRetiredPlatform, TAG_MANAGED } from '../../shared/notebook-rules.js';
import { toAppError } from '../aws/aws-errors.js';
import type { NotebookInfo } from '../aws/notebook-api.js';
import { notebooksWithPlatform } from '../aws/notebooks-with-platform.js';
import type { Check, CheckContext, CheckOutcome } from './check.js';
import { PERMISSION_CHECK } from './permission-check.js';
import { OTHER_REGIONS_CHECK, STILL_BILLED_CHECK } from './bill-checks.js';
import { BOUNDARY_CHECK } from './boundary-check.js';
import { isUp } from '../../shared/notebook-status.js';

const pass = (detailKey: CheckOutcome['detailKey'], params?: CheckOutcome['params']): CheckOutcome => ({
  status: 'pass',
  detailKey,
  params,
});

/** A notebook left running this long is probably forgotten. */
export const LONG_RUNNING_HOURS = 8;

const RANK = { pass: 0, unknown: 1, warn: 2, fail: 3 } as const;

/** The outcome that matters most: the first failure, else the first warning, else the one with the least room left. */
function worst(outcomes: readonly CheckOutcome[]): CheckOutcome {
  return [...outcomes].sort(
    (a, b) =>
      RANK[b.status] - RANK[a.status] || Number(a.params?.room ?? Infinity) - Number(b.params?.room ?? Infinity),
  )[0]!;
}

/** One instance type: do the notebooks being deployed fit beside those already using its quota? */
function quotaOutcome(
  ctx: CheckContext,
  notebooks: readonly NotebookInfo[],
  type: string,
  quota: { value: number; code: string } | undefined,
): CheckOutcome {
  const deploying = new Set(ctx.targets.filter((t) => t.instanceType === type).map((t) => t.notebookName));
  const inUse = quotaHolders(notebooks, type, deploying).length;
  if (!quota) return { status: 'unknown', detailKey: 'check.quota.unknown', params: { type, inUse } };
  const needed = deploying.size;
  const params = {
    type,
    quota: quota.value,
    inUse,
    needed,
    free: Math.max(0, quota.value - inUse),
    room: quota.value - inUse - needed,
    code: quota.code,
    region: ctx.op.region,
    more: inUse + needed,
  };
  if (inUse + needed <= quota.value) return pass('check.quota.ok', params);
  const detailKey = needed === 1 ? 'check.quota.full' : 'check.quota.tooFew';
  return { status: 'fail', detailKey, params, hintKey: 'check.quota.hint' };
}

/** Every check smnb doctor runs, in order; those marked `gate` also run before each deploy. */
export const CHECKS: readonly Check[] = [
  {
    id: 'credentials',
    titleKey: 'check.credentials',
    gate: true,
    async run(ctx) {
      const who = await ctx.op.identity();
      return pass('check.credentials.ok', { arn: who.arn, account: who.account });
    },
  },
  PERMISSION_CHECK,
  BOUNDARY_CHECK,
  SETUP_CHECK,
  {
    id: 'sagemaker-region',
    titleKey: 'check.region',
    gate: false,
    async run(ctx) {
      try {
        const notebooks = await ctx.op.notebooks.list();
        return pass('check.region.ok', { region: ctx.op.region, count: notebooks.length });
      } catch (error) {
        // No SageMaker endpoint answers: a mistyped region, a region without SageMaker, or no network.
        const e = toAppError(error, 'sagemaker');
        if (e.key !== 'error.unreachable' && e.key !== 'error.dns') throw error;
        return {
          status: 'fail',
          detailKey: 'check.region.unavailable',
          params: { region: ctx.op.region, message: String(e.params?.message ?? e.params?.host ?? '') },
          hintKey: 'check.region.hint',
        };
      }
    },
  },
  {
    id: 'quota',
    titleKey: 'check.quota',
    gate: true,
    async run(ctx) {
      const [notebooks, ...perType] = await Promise.all([
        ctx.op.notebooks.list(),
        ...[...new Set(ctx.targets.map((t) => t.instanceType))].map(async (type) => ({
          type,
          // Reading quotas needs servicequotas:ListServiceQuotas; without it the check only warns.
          quota: await ctx.op.notebookQuota(type).catch(() => undefined),
        })),
      ]);
      const outcomes = perType.map(({ type, quota }) => quotaOutcome(ctx, notebooks, type, quota));
      return worst(outcomes);
    },
  },
  {
    id: 'name-conflict',
    titleKey: 'check.names',
    gate: true,
    async run(ctx) {
      const found = await Promise.all(
        ctx.targets.map(async (t) => {
          const [notebook, stack] = await Promise.all([
            ctx.op.notebooks.describe(t.notebookName),
            ctx.op.stacks.describeStack(t.stackName),
          ]);
          return { target: t, notebook, stack };
        }),
      );
      const taken = found.filter((f) => f.notebook && !f.stack).map((f) => f.target.notebookName);
      if (taken.length > 0) {
        return {
          status: 'fail',
          detailKey: 'check.names.notebookTaken',
          params: { notebook: taken.join(', ') },
          hintKey: 'check.names.hint',
        };
      }
      const existing = found.filter((f) => f.stack).map((f) => `${f.target.stackName} (${f.stack!.status})`);
      if (existing.length > 0) {
        return { status: 'warn', detailKey: 'check.names.stackExists', params: { stacks: existing.join(', ') } };
      }
      return pass('check.names.ok', {
        notebook: ctx.targets.map((t) => t.notebookName).join(', '),
        stack: ctx.targets.map((t) => t.stackName).join(', '),
      });
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
    id: 'platform',
    titleKey: 'check.platform',
    gate: false,
    async run(ctx) {
      const retired = (await notebooksWithPlatform(ctx.op.notebooks)).filter((n) => isRetiredPlatform(n.platform));
      return retired.length === 0
        ? pass('check.platform.ok')
        : {
            status: 'warn',
            detailKey: 'check.platform.found',
            params: { notebooks: retired.map((n) => `${n.name} (${n.platform})`).join(', ') },
            hintKey: 'check.platform.hint',
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
        (n) => isUp(n.status) && n.lastModifiedAt && now - n.lastModifiedAt.getTime() > LONG_RUNNING_HOURS * 3_600_000,
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
  OTHER_REGIONS_CHECK,
  STILL_BILLED_CHECK,
];
