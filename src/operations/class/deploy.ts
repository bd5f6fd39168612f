import { randomUUID } from 'node:crypto';
import { message } from '../../events.js';
import {
  CLASS_NOTEBOOK_STACK_SET,
  CLASS_PARAMETERS,
  CLASS_SETUP_STACK_SET,
  type RosterMember,
} from '../../../shared/class-contract.js';
import { BOUNDARY_POLICY_NAME } from '../../../shared/permissions-boundary.js';
import type { OperationPreferences, OperationResult, Targets } from '../../aws/class/stack-set-api.js';
import type { ClassContext } from './class-context.js';
import { waitForOperation } from './wait-operation.js';

export interface ClassDeployRequest {
  readonly ou: string;
  /** Only these accounts of the OU (AccountFilterType INTERSECTION); the roster's accounts when not given. */
  readonly accounts?: readonly string[];
  readonly roster: readonly RosterMember[];
  readonly regions: readonly string[];
  readonly preferences: OperationPreferences;
  readonly setupTemplate: { readonly body: string; readonly parameters: readonly string[] };
  readonly notebookTemplate: string;
  readonly budget?: { readonly monthlyUsd: number; readonly teacherEmail: string };
}

/** One member's outcome in one region. */
export interface ClassDeployRow {
  readonly account: string;
  readonly member: string;
  readonly region: string;
  /** SUCCEEDED, FAILED, CANCELLED, or EXISTS (already there, left as it was), or SKIPPED (its set-up failed). */
  readonly setup: string;
  readonly notebook: string;
  readonly reason?: string;
}

export interface ClassDeployResult {
  readonly rows: readonly ClassDeployRow[];
  readonly failed: number;
}

const key = (account: string, region: string) => `${account}/${region}`;

/** The StackSet's parameters for the set-up, kept to those its template declares (others are refused by AWS). */
function setupParameters(request: ClassDeployRequest, administrator: string, externalId: string) {
  const wanted: Record<string, string> = {
    [CLASS_PARAMETERS.administratorAccountId]: administrator,
    [CLASS_PARAMETERS.readerExternalId]: externalId,
    ...(request.budget
      ? {
          [CLASS_PARAMETERS.monthlyBudgetUsd]: String(request.budget.monthlyUsd),
          [CLASS_PARAMETERS.teacherEmail]: request.budget.teacherEmail,
        }
      : {}),
  };
  return Object.fromEntries(Object.entries(wanted).filter(([k]) => request.setupTemplate.parameters.includes(k)));
}

/** Makes the set when it is missing, else brings it to this template and parameters in one operation. */
async function ensureStackSet(
  ctx: Pick<ClassContext, 'clock' | 'io' | 'pollIntervalMs' | 'stackSets'>,
  name: string,
  body: string,
  parameters: Record<string, string>,
  request: ClassDeployRequest,
  names: ReadonlyMap<string, string>,
): Promise<void> {
  const existing = await ctx.stackSets.describe(name);
  if (!existing) {
    ctx.io.notify(message('class.creatingSet', { stackSet: name }));
    await ctx.stackSets.create(name, body, parameters);
    return;
  }
  if ((await ctx.stackSets.instances(name)).length === 0) return;
  ctx.io.notify(message('class.updatingSet', { stackSet: name }));
  const id = await ctx.stackSets.update(name, body, parameters, request.preferences);
  await waitForOperation(ctx, name, id, names);
}

/** What `deployClass` uses of the class context. */
export type DeployClassContext = Pick<
  ClassContext,
  'administratorAccount' | 'clock' | 'io' | 'pollIntervalMs' | 'stackSets'
>;

/**
 * smnb class deploy: the set-up StackSet into every member account of the OU (one operation, the user's concurrency
 * and failure tolerance), then, once that has succeeded in an account, that member's notebook from the notebook
 * StackSet with the member's name and type as the instance's ParameterOverrides. Overrides apply to every instance of
 * one CreateStackInstances call (API Reference, CreateStackInstances, ParameterOverrides), so each member's notebook
 * is its own call; ManagedExecution lets CloudFormation run them side by side. Accounts that join the OU later get
 * both sets by automatic deployment, with the sets' defaults.
 */
export async function deployClass(ctx: DeployClassContext, request: ClassDeployRequest): Promise<ClassDeployResult> {
  const names = new Map(request.roster.map((m) => [m.account, m.member]));
  const administrator = await ctx.administratorAccount();
  const existingSetup = await ctx.stackSets.describe(CLASS_SETUP_STACK_SET);
  // The external ID is made once per class and kept on the set: the same reader role keeps working across deploys.
  const externalId = existingSetup?.parameters[CLASS_PARAMETERS.readerExternalId] || randomUUID();
  const setupParams = setupParameters(request, administrator, externalId);
  // Only the set-up template is asked to keep the class's external ID; a template without the parameter (before the
  // member-account construct is in it) still deploys, and status then says the reader role is missing.
  if (!(CLASS_PARAMETERS.readerExternalId in setupParams))
    ctx.io.notify(message('class.noReaderParameter', { stackSet: CLASS_SETUP_STACK_SET }, 'warn'));
  await ensureStackSet(ctx, CLASS_SETUP_STACK_SET, request.setupTemplate.body, setupParams, request, names);
  const accounts = request.accounts ?? request.roster.map((m) => m.account);
  const targets: Targets = { ous: [request.ou], accounts, filter: 'INTERSECTION' };

  const setupResults = new Map<string, OperationResult | 'EXISTS'>();
  const haveSetup = new Set(
    (await ctx.stackSets.instances(CLASS_SETUP_STACK_SET)).map((i) => key(i.account, i.region)),
  );
  for (const a of accounts)
    for (const r of request.regions) if (haveSetup.has(key(a, r))) setupResults.set(key(a, r), 'EXISTS');
  const missingSetup = accounts.filter((a) => request.regions.some((r) => !haveSetup.has(key(a, r))));
  // Members without an e-mail of their own share one operation (the user's concurrency and tolerance across the OU);
  // a member's own e-mail is a ParameterOverride, which applies to a whole call, so each such member is a call.
  const withEmail = request.setupTemplate.parameters.includes(CLASS_PARAMETERS.memberEmail)
    ? request.roster.filter((m) => m.email && missingSetup.includes(m.account))
    : [];
  const groups = [
    {
      accounts: missingSetup.filter((a) => !withEmail.some((m) => m.account === a)),
      overrides: {} as Record<string, string>,
    },
    ...withEmail.map((m) => ({ accounts: [m.account], overrides: { [CLASS_PARAMETERS.memberEmail]: m.email! } })),
  ].filter((g) => g.accounts.length > 0);
  await Promise.all(
    groups.map(async (group) => {
      const id = await ctx.stackSets.createInstances(
        CLASS_SETUP_STACK_SET,
        { ...targets, accounts: group.accounts },
        request.regions,
        group.overrides,
        request.preferences,
      );
      const { results } = await waitForOperation(ctx, CLASS_SETUP_STACK_SET, id, names);
      for (const r of results) setupResults.set(key(r.account, r.region), r);
    }),
  );

  const notebookParams = { PermissionsBoundaryPolicyName: BOUNDARY_POLICY_NAME };
  await ensureStackSet(ctx, CLASS_NOTEBOOK_STACK_SET, request.notebookTemplate, notebookParams, request, names);
  const haveNotebook = new Set(
    (await ctx.stackSets.instances(CLASS_NOTEBOOK_STACK_SET)).map((i) => key(i.account, i.region)),
  );
  const notebookResults = new Map<string, OperationResult | 'EXISTS' | 'SKIPPED'>();
  const started: Promise<void>[] = [];
  for (const m of request.roster.filter((r) => accounts.includes(r.account))) {
    const regions = request.regions.filter((r) => {
      const setup = setupResults.get(key(m.account, r));
      if (haveNotebook.has(key(m.account, r))) notebookResults.set(key(m.account, r), 'EXISTS');
      else if (setup !== 'EXISTS' && setup?.status !== 'SUCCEEDED') notebookResults.set(key(m.account, r), 'SKIPPED');
      else return true;
      return false;
    });
    if (regions.length === 0) continue;
    const overrides = { NotebookInstanceName: m.member, ...(m.instanceType ? { InstanceType: m.instanceType } : {}) };
    const id = await ctx.stackSets.createInstances(
      CLASS_NOTEBOOK_STACK_SET,
      { ous: [request.ou], accounts: [m.account], filter: 'INTERSECTION' },
      regions,
      overrides,
      request.preferences,
    );
    started.push(
      waitForOperation(ctx, CLASS_NOTEBOOK_STACK_SET, id, names).then(({ results }) => {
        for (const r of results) notebookResults.set(key(r.account, r.region), r);
      }),
    );
  }
  await Promise.all(started);

  const rows: ClassDeployRow[] = [];
  for (const a of accounts)
    for (const region of request.regions) {
      const s = setupResults.get(key(a, region));
      const n = notebookResults.get(key(a, region));
      const setup = s === undefined ? 'SKIPPED' : s === 'EXISTS' ? 'EXISTS' : s.status;
      const notebook = n === undefined ? 'SKIPPED' : typeof n === 'string' ? n : n.status;
      const reason = (typeof n === 'object' ? n.reason : undefined) ?? (typeof s === 'object' ? s.reason : undefined);
      rows.push({ account: a, member: names.get(a) ?? '-', region, setup, notebook, ...(reason ? { reason } : {}) });
    }
  const failed = rows.filter((r) => !['SUCCEEDED', 'EXISTS'].includes(r.notebook)).length;
  return { rows, failed };
}
