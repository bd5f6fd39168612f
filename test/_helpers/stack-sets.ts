/**
 * In-memory CloudFormation StackSets with service-managed permissions, over a FakeOrganization. Behaviour spec: each
 * behaviour names the page of the CloudFormation API Reference (APIReference/API_<Action>.html) or User Guide it
 * follows, all read 2026-12-07; [model] marks a simplification of timing.
 * - CreateStackSet keeps the template, parameters, PermissionModel, AutoDeployment (Enabled, RetainStacksOnAccount-
 *   Removal) and ManagedExecution; a name in use is NameAlreadyExistsException (API_CreateStackSet). Service-managed
 *   sets need AutoDeployment stated (API_CreateStackSet, AutoDeployment: "[Service-managed permissions]").
 * - CreateStackInstances targets OUs (DeploymentTargets.OrganizationalUnitIds), optionally narrowed to Accounts with
 *   AccountFilterType INTERSECTION or widened-out with DIFFERENCE (API_DeploymentTargets), in Regions, with
 *   ParameterOverrides for those instances (API_CreateStackInstances) and OperationPreferences; it returns an
 *   OperationId. The management account gets no instance (API_DeploymentTargets: "doesn't deploy stack instances to
 *   the organization management account").
 * - A second operation while one runs is OperationInProgressException, unless ManagedExecution is Active, when it
 *   runs at once [model: AWS queues conflicting ones] (API_ManagedExecution).
 * - An operation runs at most min(MaxConcurrentCount, FailureToleranceCount + 1) accounts at once, fewer as failures
 *   come (STRICT_FAILURE_TOLERANCE, the default), or MaxConcurrentCount whatever fails (SOFT_FAILURE_TOLERANCE); once more than FailureToleranceCount accounts failed, the accounts
 *   not yet started are CANCELLED and the operation ends FAILED; failures within the tolerance leave it SUCCEEDED
 *   (API_StackSetOperationPreferences, API_StackSetOperationResultSummary, API_StackSetOperation Status). Defaults
 *   are MaxConcurrentCount 1 and FailureToleranceCount 0 (same page: "By default, 0 is specified"; max concurrent
 *   "By default, 1").
 * - Each account's instance becomes a real stack in that account's FakeAws, named "StackSet-<set>-<uuid>" (User Guide,
 *   "StackSets concepts"), driven by that fake's own change sets and ticks, so a notebook stack there is created,
 *   fails and rolls back exactly as a stack deployed directly does. `failOn` of a member fake fails its instance.
 * - Every StackSets call is one tick of every running operation [model: real time is minutes].
 * - DescribeStackSetOperation, ListStackSetOperationResults (per account and region: Status, StatusReason) and
 *   ListStackInstances (Status CURRENT / OUTDATED / INOPERABLE with StackInstanceStatus.DetailedStatus) answer in
 *   pages (NextToken) (their API pages).
 * - UpdateStackSet with a new template or parameters updates every instance in one operation (API_UpdateStackSet).
 * - DeleteStackInstances with RetainStacks false deletes each instance's stack (its retained data bucket stays, as
 *   DeletionPolicy Retain keeps it); DeleteStackSet of a set with instances is StackSetNotEmptyException
 *   (API_DeleteStackInstances, API_DeleteStackSet).
 * - AutoDeployment: an account that joins a target OU gets an instance in every region of the set, with the set's
 *   parameters (no overrides), in an operation of its own that OperationPreferences do not govern
 *   (API_StackSetOperationPreferences: "don't apply to AutoDeployment") (User Guide, "automatic deployments").
 */
import type { FakeAws } from './fake-aws.js';
import type { FakeOrganization } from './organizations.js';
import { parse } from 'yaml';

export interface StackSetInstance {
  account: string;
  region: string;
  ou: string;
  overrides: Record<string, string>;
  stackName: string;
  status: 'CURRENT' | 'OUTDATED' | 'INOPERABLE';
  detailed: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  reason?: string;
  lastOperationId?: string;
}

interface WorkItem {
  account: string;
  region: string;
  ou: string;
  status: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
  reason?: string;
}

export interface StackSetOperation {
  id: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  status: 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  maxConcurrent: number;
  tolerance: number;
  soft: boolean;
  items: WorkItem[];
  retainStacks: boolean;
  auto: boolean;
}

export interface FakeStackSet {
  name: string;
  id: string;
  templateBody: string;
  parameters: Record<string, string>;
  permissionModel: string;
  autoDeployment: { enabled: boolean; retain: boolean };
  managedExecution: boolean;
  targetOus: Set<string>;
  regions: Set<string>;
  instances: Map<string, StackSetInstance>;
  operations: StackSetOperation[];
}

export class StackSetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const key = (account: string, region: string) => `${account}/${region}`;

/** Preferences as the API takes them, with AWS's defaults. */
export interface OperationPreferences {
  maxConcurrent?: number;
  tolerance?: number;
  /** SOFT_FAILURE_TOLERANCE: concurrency stays at MaxConcurrentCount whatever fails. */
  soft?: boolean;
}

export class FakeStackSets {
  readonly sets = new Map<string, FakeStackSet>();
  private seq = 0;

  constructor(readonly org: FakeOrganization) {
    org.onJoin((account, ou) => this.autoDeploy(account, ou));
  }

  private uuid(): string {
    return `${(++this.seq).toString(16).padStart(8, '0')}-aaaa-bbbb-cccc-${Date.now().toString(16).slice(-12)}`;
  }

  get(name: string): FakeStackSet {
    const set = this.sets.get(name) ?? [...this.sets.values()].find((s) => s.id === name);
    if (!set) throw new StackSetError('StackSetNotFoundException', `StackSet ${name} not found`);
    return set;
  }

  create(input: Omit<FakeStackSet, 'id' | 'targetOus' | 'regions' | 'instances' | 'operations'>): string {
    if (this.sets.has(input.name))
      throw new StackSetError('NameAlreadyExistsException', `StackSet ${input.name} already exists`);
    if (input.permissionModel === 'SERVICE_MANAGED' && !input.autoDeployment)
      throw new StackSetError('ValidationError', 'AutoDeployment must be specified for SERVICE_MANAGED');
    const id = `${input.name}:${this.uuid()}`;
    this.sets.set(input.name, {
      ...input,
      id,
      targetOus: new Set(),
      regions: new Set(),
      instances: new Map(),
      operations: [],
    });
    return id;
  }

  private busy(set: FakeStackSet): void {
    if (!set.managedExecution && set.operations.some((o) => o.status === 'RUNNING'))
      throw new StackSetError('OperationInProgressException', `Another operation is in progress on ${set.name}`);
  }

  private operation(
    set: FakeStackSet,
    action: StackSetOperation['action'],
    items: WorkItem[],
    prefs: OperationPreferences,
    extra: Partial<StackSetOperation> = {},
  ): string {
    const op: StackSetOperation = {
      id: this.uuid(),
      action,
      status: 'RUNNING',
      maxConcurrent: prefs.maxConcurrent ?? 1,
      tolerance: prefs.tolerance ?? 0,
      soft: prefs.soft ?? false,
      items,
      retainStacks: false,
      auto: false,
      ...extra,
    };
    set.operations.push(op);
    return op.id;
  }

  /** The accounts a DeploymentTargets value names (never the management account). */
  targets(ous: string[], accounts: string[], filter: string | undefined): { account: string; ou: string }[] {
    if (ous.length === 0) throw new StackSetError('ValidationError', 'OrganizationalUnitIds is required');
    if (accounts.length > 0 && !filter)
      throw new StackSetError('ValidationError', 'AccountFilterType is required with Accounts and OUs');
    const found: { account: string; ou: string }[] = [];
    for (const ou of ous)
      for (const account of this.org.accountsIn(ou)) {
        if (account === this.org.managementAccount) continue;
        const named = accounts.includes(account);
        if (filter === 'INTERSECTION' && !named) continue;
        if (filter === 'DIFFERENCE' && named) continue;
        found.push({ account, ou });
      }
    return found;
  }

  createInstances(
    name: string,
    input: {
      ous: string[];
      accounts: string[];
      filter?: string;
      regions: string[];
      overrides: Record<string, string>;
      prefs: OperationPreferences;
    },
  ): string {
    const set = this.get(name);
    this.busy(set);
    const items: WorkItem[] = [];
    for (const t of this.targets(input.ous, input.accounts, input.filter)) {
      for (const region of input.regions) {
        if (set.instances.has(key(t.account, region)))
          throw new StackSetError('ValidationError', `Stack instance for ${t.account} in ${region} already exists`);
        set.instances.set(key(t.account, region), {
          account: t.account,
          region,
          ou: t.ou,
          overrides: { ...input.overrides },
          stackName: `StackSet-${set.name}-${this.uuid()}`,
          status: 'OUTDATED',
          detailed: 'PENDING',
        });
        items.push({ account: t.account, region, ou: t.ou, status: 'PENDING' });
      }
    }
    for (const ou of input.ous) set.targetOus.add(ou);
    for (const region of input.regions) set.regions.add(region);
    const id = this.operation(set, 'CREATE', items, input.prefs);
    for (const item of items) set.instances.get(key(item.account, item.region))!.lastOperationId = id;
    return id;
  }

  update(
    name: string,
    input: { templateBody?: string; parameters: Record<string, string> },
    prefs: OperationPreferences,
  ) {
    const set = this.get(name);
    this.busy(set);
    if (input.templateBody) set.templateBody = input.templateBody;
    set.parameters = { ...set.parameters, ...input.parameters };
    const items = [...set.instances.values()].map((i) => {
      i.status = 'OUTDATED';
      i.detailed = 'PENDING';
      return { account: i.account, region: i.region, ou: i.ou, status: 'PENDING' as const };
    });
    return this.operation(set, 'UPDATE', items, prefs);
  }

  deleteInstances(
    name: string,
    input: { ous: string[]; accounts: string[]; filter?: string; regions: string[]; retain: boolean },
    prefs: OperationPreferences,
  ): string {
    const set = this.get(name);
    this.busy(set);
    const items: WorkItem[] = [];
    for (const t of this.targets(input.ous, input.accounts, input.filter))
      for (const region of input.regions)
        if (set.instances.has(key(t.account, region)))
          items.push({ account: t.account, region, ou: t.ou, status: 'PENDING' });
    return this.operation(set, 'DELETE', items, prefs, { retainStacks: input.retain });
  }

  deleteSet(name: string): void {
    const set = this.get(name);
    if (set.instances.size > 0)
      throw new StackSetError('StackSetNotEmptyException', `StackSet ${name} still has stack instances`);
    this.sets.delete(set.name);
  }

  private autoDeploy(account: string, ou: string): void {
    for (const set of this.sets.values()) {
      if (!set.autoDeployment.enabled || !set.targetOus.has(ou) || account === this.org.managementAccount) continue;
      const items: WorkItem[] = [];
      for (const region of set.regions) {
        if (set.instances.has(key(account, region))) continue;
        set.instances.set(key(account, region), {
          account,
          region,
          ou,
          overrides: {},
          stackName: `StackSet-${set.name}-${this.uuid()}`,
          status: 'OUTDATED',
          detailed: 'PENDING',
        });
        items.push({ account, region, ou, status: 'PENDING' });
      }
      if (items.length > 0) this.operation(set, 'CREATE', items, { maxConcurrent: items.length }, { auto: true });
    }
  }

  /** One step of every running operation of every set. */
  async tick(): Promise<void> {
    for (const set of this.sets.values())
      for (const op of set.operations) if (op.status === 'RUNNING') await this.step(set, op);
  }

  /** Ticks until no operation runs (time passing with nobody watching). */
  async settle(maxTicks = 500): Promise<void> {
    for (let i = 0; i < maxTicks; i++) {
      if (![...this.sets.values()].some((s) => s.operations.some((o) => o.status === 'RUNNING'))) return;
      await this.tick();
    }
    throw new Error('stack set operations did not settle');
  }

  private async step(set: FakeStackSet, op: StackSetOperation): Promise<void> {
    for (const item of op.items.filter((i) => i.status === 'RUNNING')) await this.follow(set, op, item);
    const failed = op.items.filter((i) => i.status === 'FAILED').length;
    if (failed > op.tolerance)
      for (const item of op.items.filter((i) => i.status === 'PENDING')) {
        item.status = 'CANCELLED';
        item.reason = 'Cancelled since failure tolerance has exceeded';
        const instance = set.instances.get(key(item.account, item.region));
        if (instance) Object.assign(instance, { detailed: 'CANCELLED', reason: item.reason });
      }
    const running = op.items.filter((i) => i.status === 'RUNNING').length;
    const limit = op.auto
      ? op.items.length
      : op.soft
        ? op.maxConcurrent
        : Math.max(1, Math.min(op.maxConcurrent, op.tolerance + 1 - failed));
    for (const item of op.items.filter((i) => i.status === 'PENDING').slice(0, Math.max(0, limit - running)))
      await this.start(set, op, item);
    if (op.items.every((i) => i.status !== 'PENDING' && i.status !== 'RUNNING'))
      op.status = failed > op.tolerance ? 'FAILED' : 'SUCCEEDED';
  }

  private member(account: string, region: string): FakeAws {
    const fake = this.org.member(account);
    if (!fake) throw new Error(`no member account ${account}`);
    fake.region = region;
    return fake;
  }

  private async start(set: FakeStackSet, op: StackSetOperation, item: WorkItem): Promise<void> {
    const instance = set.instances.get(key(item.account, item.region))!;
    const fake = this.member(item.account, item.region);
    item.status = 'RUNNING';
    instance.detailed = 'RUNNING';
    instance.lastOperationId = op.id;
    if (op.action === 'DELETE') {
      if (op.retainStacks) return;
      await fake.stackApi.deleteStack(instance.stackName);
      return;
    }
    const parameters = { ...set.parameters, ...instance.overrides };
    const type =
      op.action === 'UPDATE' && (await fake.stackApi.describeStack(instance.stackName)) ? 'UPDATE' : 'CREATE';
    const id = await fake.stackApi.createChangeSet({
      stackName: instance.stackName,
      changeSetName: `${set.name}-${op.id}`,
      type,
      templateBody: set.templateBody,
      parameters: Object.entries(parameters).map(([k, value]) => ({ key: k, value })),
      tags: {},
    });
    let cs = await fake.stackApi.describeChangeSet(id);
    while (cs.status.endsWith('_PENDING') || cs.status.endsWith('_IN_PROGRESS'))
      cs = await fake.stackApi.describeChangeSet(id);
    if (cs.status === 'FAILED') {
      // Nothing to change is success for an instance (its stack already matches).
      item.status = 'SUCCEEDED';
      Object.assign(instance, { status: 'CURRENT', detailed: 'SUCCEEDED' });
      return;
    }
    await fake.stackApi.executeChangeSet(id);
  }

  private async follow(set: FakeStackSet, op: StackSetOperation, item: WorkItem): Promise<void> {
    const instance = set.instances.get(key(item.account, item.region))!;
    const fake = this.member(item.account, item.region);
    if (op.action === 'DELETE') {
      const stack = op.retainStacks ? undefined : await fake.stackApi.describeStack(instance.stackName);
      if (stack && stack.status !== 'DELETE_COMPLETE') return;
      item.status = 'SUCCEEDED';
      set.instances.delete(key(item.account, item.region));
      return;
    }
    const stack = await fake.stackApi.describeStack(instance.stackName);
    if (!stack || stack.status.endsWith('_IN_PROGRESS')) return;
    if (stack.status === 'CREATE_COMPLETE' || stack.status === 'UPDATE_COMPLETE') {
      item.status = 'SUCCEEDED';
      Object.assign(instance, { status: 'CURRENT', detailed: 'SUCCEEDED', reason: undefined });
      return;
    }
    const events = await fake.stackApi.newEvents(stack.id);
    const reason = events.find((e) => e.status.endsWith('_FAILED'))?.reason ?? stack.status;
    item.status = 'FAILED';
    item.reason = `ResourceLogicalId:NotebookInstance, ResourceStatusReason:${reason}`;
    Object.assign(instance, { status: 'OUTDATED', detailed: 'FAILED', reason: item.reason });
  }

  /** Whether an account's instance of a set succeeded (the set-up set's role exists only then). */
  instance(setName: string, account: string): StackSetInstance | undefined {
    const set = this.sets.get(setName);
    return set ? [...set.instances.values()].find((i) => i.account === account) : undefined;
  }

  /** The template's parameter defaults (what an instance without overrides is made with). */
  static defaults(templateBody: string): Record<string, string> {
    const t = parse(templateBody) as { Parameters?: Record<string, { Default?: unknown }> };
    return Object.fromEntries(Object.entries(t.Parameters ?? {}).map(([k, v]) => [k, String(v.Default ?? '')]));
  }
}
