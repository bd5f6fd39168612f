import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ParsedArgs } from '../args.js';
import { checkRegion } from '../aws/region-name.js';
import { PreconditionError, UsageError } from '../errors.js';
import { restoreFolder } from '../io/restore-folder.js';
import { deployClass } from '../operations/class/deploy.js';
import { classStatus } from '../operations/class/status.js';
import { deleteClass } from '../operations/class/delete.js';
import { exportClass } from '../operations/class/export.js';
import { parseRoster } from '../plan/class-roster.js';
import { BUDGET_LIMITS, isEmailAddress } from '../plan/budget-plan.js';
import { formatClassDelete, formatClassDeploy, formatClassExport, formatClassStatus } from '../render/class.js';
import { readTemplateText } from '../templates.js';
import { SETUP_TEMPLATE_FILE } from '../../shared/setup-contract.js';
import type { OperationPreferences } from '../aws/class/stack-set-api.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition, CommandResult } from './command.js';
import { exitCodeFor } from './exit-codes.js';

const SUBCOMMANDS = ['deploy', 'status', 'delete', 'export'] as const;

/**
 * Safe defaults for a StackSet operation: 10 accounts at once (a class of 30 in three rounds) and a failure
 * tolerance of 2, so one or two accounts with their own problem (a quota, a closed account) do not hold the class up,
 * while a template that fails everywhere stops after three failures instead of failing every account
 * (StackSetOperationPreferences: MaxConcurrentCount at least 1, FailureToleranceCount at least 0; read 2026-12-07).
 */
export const CLASS_DEFAULTS = { maxConcurrent: 10, failureTolerance: 2 } as const;

/** An OU or the organization root, as StackSets accept them (API Reference, DeploymentTargets, OrganizationalUnitIds). */
const OU_PATTERN = /^(ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}|r-[a-z0-9]{4,32})$/;

const list = (raw: unknown) =>
  typeof raw === 'string'
    ? raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;

function preferences(args: ParsedArgs): OperationPreferences {
  const max = (args.flags['max-concurrent'] as number | undefined) ?? CLASS_DEFAULTS.maxConcurrent;
  const tolerance = (args.flags['failure-tolerance'] as number | undefined) ?? CLASS_DEFAULTS.failureTolerance;
  if (!Number.isInteger(max) || max < 1 || max > 1000) throw new UsageError('error.classMaxConcurrent', { value: max });
  if (!Number.isInteger(tolerance) || tolerance < 0 || tolerance > 1000)
    throw new UsageError('error.classFailureTolerance', { value: tolerance });
  return { maxConcurrent: max, failureTolerance: tolerance };
}

function readRoster(path: string | undefined, required: boolean) {
  if (!path) {
    if (required) throw new UsageError('error.classNeedsRoster');
    return [];
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError('error.classRosterUnreadable', { path });
  }
  return parseRoster(text);
}

/** Everything deploy needs, checked before any AWS call: flags, roster, both templates. */
function deployRequest(args: ParsedArgs) {
  const f = args.flags;
  const ou = f.ou as string | undefined;
  if (!ou) throw new UsageError('error.classNeedsOu');
  if (!OU_PATTERN.test(ou)) throw new UsageError('error.classOu', { value: ou });
  const accounts = list(f.accounts);
  for (const a of accounts ?? []) if (!/^\d{12}$/.test(a)) throw new UsageError('error.classAccount', { value: a });
  const roster = readRoster(f.roster as string | undefined, true);
  if (accounts) {
    const missing = accounts.filter((a) => !roster.some((m) => m.account === a));
    if (missing.length > 0) throw new UsageError('error.classAccountNotInRoster', { value: missing.join(', ') });
  }
  const regions = list(f.regions) ?? [];
  for (const r of regions) checkRegion(r);
  const amount = f['monthly-usd'] as string | undefined;
  const email = f.email as string | undefined;
  if ((amount === undefined) !== (email === undefined)) throw new UsageError('error.budgetBothNeeded');
  if (email !== undefined && !isEmailAddress(email)) throw new UsageError('error.budgetEmail', { value: email });
  const monthlyUsd = Number(amount);
  if (
    amount !== undefined &&
    (!/^\d+(\.\d{1,2})?$/.test(amount) || monthlyUsd < BUDGET_LIMITS.minUsd || monthlyUsd > BUDGET_LIMITS.maxUsd)
  )
    throw new UsageError('error.budgetAmount', { value: amount, min: BUDGET_LIMITS.minUsd, max: BUDGET_LIMITS.maxUsd });
  let setupBody: string;
  try {
    setupBody = readTemplateText(SETUP_TEMPLATE_FILE);
  } catch (error) {
    if (error instanceof PreconditionError)
      throw new PreconditionError(
        'error.classSetupTemplateMissing',
        { file: SETUP_TEMPLATE_FILE },
        'hint.classSetupTemplate',
      );
    throw error;
  }
  const declared = Object.keys((parse(setupBody) as { Parameters?: Record<string, unknown> }).Parameters ?? {});
  return {
    ou,
    ...(accounts ? { accounts } : {}),
    roster,
    regions,
    preferences: preferences(args),
    setupTemplate: { body: setupBody, parameters: declared },
    notebookTemplate: readTemplateText('simple-stack.yaml'),
    ...(amount !== undefined && email !== undefined ? { budget: { monthlyUsd, teacherEmail: email } } : {}),
  };
}

async function run(
  sub: (typeof SUBCOMMANDS)[number],
  ctx: Parameters<CommandDefinition['run']>[0],
  args: ParsedArgs,
): Promise<CommandResult> {
  const f = args.flags;
  switch (sub) {
    case 'deploy': {
      const request = deployRequest(args);
      const result = await ctx.withClassOperation('class deploy', async (cls) =>
        deployClass(cls, { ...request, regions: request.regions.length ? request.regions : [cls.region] }),
      );
      return { data: result, text: formatClassDeploy(result, ctx.t), exitCode: exitCodeFor.class(result) };
    }
    case 'status': {
      const roster = readRoster(f.roster as string | undefined, false);
      const result = await ctx.withClassOperation('class status', (cls) => classStatus(cls, roster));
      return {
        data: result,
        text: formatClassStatus(result, ctx.t),
        exitCode: exitCodeFor.class(result),
      };
    }
    case 'delete': {
      const prefs = preferences(args);
      const result = await ctx.withClassOperation('class delete', (cls) =>
        deleteClass(cls, { yes: f.yes === true, preferences: prefs }),
      );
      return { data: result, text: formatClassDelete(result, ctx.t), exitCode: exitCodeFor.class(result) };
    }
    case 'export': {
      const dir = f.to as string | undefined;
      if (!dir) throw new UsageError('error.restoreNeedsTo');
      const roster = readRoster(f.roster as string | undefined, false);
      const result = await ctx.withClassOperation('class export', (cls) =>
        exportClass(cls, roster, (member) => restoreFolder(join(dir, member))),
      );
      return {
        data: result,
        text: formatClassExport(result, ctx.t),
        exitCode: exitCodeFor.class(result),
      };
    }
  }
}

export const classCommand: CommandDefinition = {
  name: 'class',
  summaryKey: 'cmd.class.summary',
  usage: 'deploy|status|delete|export',
  maxPositionals: 1,
  examples: [
    'smnb class deploy --ou ou-ab12-cd34ef56 --roster class.csv --regions ap-northeast-1',
    'smnb class deploy --ou ou-ab12-cd34ef56 --roster class.csv --max-concurrent 5 --failure-tolerance 0',
    'smnb class deploy --ou ou-ab12-cd34ef56 --roster class.csv --call-as DELEGATED_ADMIN --monthly-usd 20 --email teacher@example.com',
    'smnb class status --roster class.csv',
    'smnb class status --output json',
    'smnb class export --to ./class-work --roster class.csv',
    'smnb class delete',
    'smnb class delete --yes',
  ],
  flags: [
    ...AWS_FLAGS,
    { name: 'ou', type: 'string', descKey: 'flag.classOu', valueName: 'OU_ID' },
    { name: 'accounts', type: 'string', descKey: 'flag.classAccounts', valueName: 'A,B,C' },
    { name: 'roster', type: 'string', descKey: 'flag.classRoster', valueName: 'FILE' },
    { name: 'regions', type: 'string', descKey: 'flag.classRegions', valueName: 'R1,R2' },
    {
      name: 'max-concurrent',
      type: 'number',
      descKey: 'flag.classMaxConcurrent',
      valueName: 'N',
      default: CLASS_DEFAULTS.maxConcurrent,
    },
    {
      name: 'failure-tolerance',
      type: 'number',
      descKey: 'flag.classFailureTolerance',
      valueName: 'N',
      default: CLASS_DEFAULTS.failureTolerance,
    },
    {
      name: 'call-as',
      type: 'string',
      values: ['SELF', 'DELEGATED_ADMIN'],
      descKey: 'flag.classCallAs',
      valueName: 'WHO',
      default: 'SELF',
    },
    { name: 'monthly-usd', type: 'string', descKey: 'flag.classMonthlyUsd', valueName: 'USD' },
    { name: 'email', type: 'string', descKey: 'flag.classEmail', valueName: 'ADDRESS' },
    { name: 'to', type: 'string', descKey: 'flag.classTo', valueName: 'DIR' },
    { name: 'yes', type: 'boolean', descKey: 'flag.yes' },
  ],
  async run(ctx, args) {
    const sub = args.positionals[0];
    if (!sub || !(SUBCOMMANDS as readonly string[]).includes(sub))
      throw new UsageError('error.classSubcommand', { value: sub ?? '', valid: SUBCOMMANDS.join(', ') });
    return run(sub as (typeof SUBCOMMANDS)[number], ctx, args);
  },
};
