import {
  CreateStackInstancesCommand,
  CreateStackSetCommand,
  DeleteStackInstancesCommand,
  DescribeStackSetCommand,
  DescribeStackSetOperationCommand,
  paginateListStackInstances,
  paginateListStackSetOperationResults,
  UpdateStackSetCommand,
  type CloudFormationClient,
} from '@aws-sdk/client-cloudformation';

/** Who the caller is to StackSets: the management account (SELF) or a registered delegated administrator. */
export type CallAs = 'SELF' | 'DELEGATED_ADMIN';

/** How many accounts at once, and how many may fail before the rest is cancelled (StackSetOperationPreferences). */
export interface OperationPreferences {
  readonly maxConcurrent: number;
  readonly failureTolerance: number;
}

/** Which accounts of which OUs an operation reaches (DeploymentTargets). */
export interface Targets {
  readonly ous: readonly string[];
  readonly accounts?: readonly string[];
  readonly filter?: 'INTERSECTION' | 'DIFFERENCE';
}

/** One account and region's part of an operation (StackSetOperationResultSummary). */
export interface OperationResult {
  readonly account: string;
  readonly region: string;
  readonly status: string;
  readonly reason?: string;
}

/** One stack instance (StackInstanceSummary). */
export interface StackInstance {
  readonly account: string;
  readonly region: string;
  readonly stackId?: string;
  /** The OU the account was reached through (service-managed sets). */
  readonly ou?: string;
  readonly status: string;
  readonly detailedStatus?: string;
  readonly reason?: string;
}

/** The StackSets calls `smnb class` makes, and nothing more (tests use the stand-in). */
export interface StackSetApi {
  /** The set's parameters, or undefined when there is no such set. */
  describe(name: string): Promise<{ parameters: Record<string, string> } | undefined>;
  create(name: string, templateBody: string, parameters: Record<string, string>): Promise<void>;
  update(
    name: string,
    templateBody: string,
    parameters: Record<string, string>,
    prefs: OperationPreferences,
  ): Promise<string>;
  createInstances(
    name: string,
    targets: Targets,
    regions: readonly string[],
    overrides: Record<string, string>,
    prefs: OperationPreferences,
  ): Promise<string>;
  deleteInstances(
    name: string,
    targets: Targets,
    regions: readonly string[],
    prefs: OperationPreferences,
  ): Promise<string>;
  operationStatus(name: string, operationId: string): Promise<string>;
  operationResults(name: string, operationId: string): Promise<OperationResult[]>;
  instances(name: string): Promise<StackInstance[]>;
}

const params = (p: Record<string, string>) =>
  Object.entries(p).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));

const isMissing = (error: unknown) => error instanceof Error && error.name === 'StackSetNotFoundException';

/**
 * CloudFormation StackSets with service-managed permissions (CloudFormation API Reference: CreateStackSet,
 * UpdateStackSet, DescribeStackSet, CreateStackInstances, DeleteStackInstances, DescribeStackSetOperation,
 * ListStackSetOperationResults, ListStackInstances; read 2026-12-07). Every call carries CallAs, as a delegated
 * administrator must say so on each one.
 */
export class SdkStackSetApi implements StackSetApi {
  constructor(
    private readonly client: CloudFormationClient,
    private readonly callAs: CallAs,
  ) {}

  private prefs(p: OperationPreferences) {
    // STRICT_FAILURE_TOLERANCE (the default) runs at most FailureToleranceCount + 1 accounts at once, so a larger
    // MaxConcurrentCount only helps with SOFT_FAILURE_TOLERANCE (StackSetOperationPreferences, ConcurrencyMode).
    return {
      MaxConcurrentCount: p.maxConcurrent,
      FailureToleranceCount: p.failureTolerance,
      ConcurrencyMode: 'SOFT_FAILURE_TOLERANCE' as const,
      RegionConcurrencyType: 'PARALLEL' as const,
    };
  }

  private targets(t: Targets) {
    return {
      OrganizationalUnitIds: [...t.ous],
      ...(t.accounts?.length ? { Accounts: [...t.accounts], AccountFilterType: t.filter ?? 'INTERSECTION' } : {}),
    };
  }

  async describe(name: string) {
    try {
      const out = await this.client.send(new DescribeStackSetCommand({ StackSetName: name, CallAs: this.callAs }));
      return {
        parameters: Object.fromEntries(
          (out.StackSet?.Parameters ?? []).map((p) => [p.ParameterKey ?? '', p.ParameterValue ?? '']),
        ),
      };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async create(name: string, templateBody: string, parameters: Record<string, string>) {
    await this.client.send(
      new CreateStackSetCommand({
        StackSetName: name,
        TemplateBody: templateBody,
        Parameters: params(parameters),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        PermissionModel: 'SERVICE_MANAGED',
        // Accounts that join the OU later get the set too; one that leaves keeps its stack (and its work) until
        // someone deletes it on purpose.
        AutoDeployment: { Enabled: true, RetainStacksOnAccountRemoval: true },
        // Operations that do not conflict run at once; the others queue instead of failing (ManagedExecution).
        ManagedExecution: { Active: true },
        CallAs: this.callAs,
      }),
    );
  }

  async update(name: string, templateBody: string, parameters: Record<string, string>, prefs: OperationPreferences) {
    const out = await this.client.send(
      new UpdateStackSetCommand({
        StackSetName: name,
        TemplateBody: templateBody,
        Parameters: params(parameters),
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        OperationPreferences: this.prefs(prefs),
        CallAs: this.callAs,
      }),
    );
    return out.OperationId ?? '';
  }

  async createInstances(
    name: string,
    targets: Targets,
    regions: readonly string[],
    overrides: Record<string, string>,
    prefs: OperationPreferences,
  ) {
    const out = await this.client.send(
      new CreateStackInstancesCommand({
        StackSetName: name,
        DeploymentTargets: this.targets(targets),
        Regions: [...regions],
        ParameterOverrides: params(overrides),
        OperationPreferences: this.prefs(prefs),
        CallAs: this.callAs,
      }),
    );
    return out.OperationId ?? '';
  }

  async deleteInstances(name: string, targets: Targets, regions: readonly string[], prefs: OperationPreferences) {
    const out = await this.client.send(
      new DeleteStackInstancesCommand({
        StackSetName: name,
        DeploymentTargets: this.targets(targets),
        Regions: [...regions],
        RetainStacks: false,
        OperationPreferences: this.prefs(prefs),
        CallAs: this.callAs,
      }),
    );
    return out.OperationId ?? '';
  }

  async operationStatus(name: string, operationId: string) {
    const out = await this.client.send(
      new DescribeStackSetOperationCommand({ StackSetName: name, OperationId: operationId, CallAs: this.callAs }),
    );
    return out.StackSetOperation?.Status ?? 'RUNNING';
  }

  async operationResults(name: string, operationId: string) {
    const results: OperationResult[] = [];
    const input = { StackSetName: name, OperationId: operationId, CallAs: this.callAs };
    for await (const page of paginateListStackSetOperationResults({ client: this.client }, input))
      for (const s of page.Summaries ?? [])
        results.push({
          account: s.Account ?? '',
          region: s.Region ?? '',
          status: s.Status ?? '',
          reason: s.StatusReason,
        });
    return results;
  }

  async instances(name: string) {
    const found: StackInstance[] = [];
    try {
      for await (const page of paginateListStackInstances(
        { client: this.client },
        { StackSetName: name, CallAs: this.callAs },
      ))
        for (const s of page.Summaries ?? [])
          found.push({
            account: s.Account ?? '',
            region: s.Region ?? '',
            stackId: s.StackId,
            ou: s.OrganizationalUnitId,
            status: s.Status ?? '',
            detailedStatus: s.StackInstanceStatus?.DetailedStatus,
            reason: s.StatusReason,
          });
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    return found;
  }
}
