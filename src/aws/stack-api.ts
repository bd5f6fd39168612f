import {
  CreateChangeSetCommand,
  DeleteChangeSetCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStackResourcesCommand,
  DescribeStacksCommand,
  ExecuteChangeSetCommand,
  GetTemplateCommand,
  paginateDescribeChangeSet,
  paginateDescribeStackEvents,
  paginateDescribeStacks,
  type CloudFormationClient,
  type Stack,
} from '@aws-sdk/client-cloudformation';
import type { ResourceChange } from '../plan/resource-change.js';

export type { ResourceChange };

export interface StackSummary {
  readonly name: string;
  readonly id: string;
  readonly status: string;
  readonly statusReason?: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly parameters: Readonly<Record<string, string>>;
  readonly tags: Readonly<Record<string, string>>;
  readonly createdAt?: Date;
  readonly parentId?: string;
}

export interface StackEvent {
  readonly id: string;
  readonly stackId: string;
  readonly stackName: string;
  readonly logicalId: string;
  readonly physicalId?: string;
  readonly resourceType: string;
  readonly status: string;
  readonly reason?: string;
  readonly timestamp: Date;
}

export interface ChangeSetInfo {
  readonly status: string;
  readonly statusReason?: string;
  readonly changes: readonly ResourceChange[];
}

export interface ChangeSetRequest {
  readonly stackName: string;
  readonly changeSetName: string;
  readonly type: 'CREATE' | 'UPDATE';
  readonly templateBody: string;
  readonly parameters: readonly { key: string; value?: string; usePrevious?: boolean }[];
  readonly tags: Readonly<Record<string, string>>;
  /**
   * Make a change set for every nested stack too (IncludeNestedStacks). CloudFormation leaves it off by default, and
   * then the root change set shows only AWS::CloudFormation::Stack rows, never what changes inside a child
   * (CloudFormation User Guide, "Change sets for nested stacks", read 2026-12-01).
   */
  readonly includeNestedStacks?: boolean;
  /**
   * The account set-up's service role (RoleARN): CloudFormation then acts with the role's credentials, for this and
   * every later operation on the stack; a stack made without one gets it on this update (CloudFormation User Guide,
   * "CloudFormation service role", using-iam-servicerole.html, read 2026-12-07).
   */
  readonly roleArn?: string;
}

/** The CloudFormation calls smnb makes, and nothing more (tests replace it with an in-memory fake). */
export interface StackApi {
  describeStack(nameOrId: string): Promise<StackSummary | undefined>;
  listStacks(): Promise<StackSummary[]>;
  /**
   * Events newer than `afterEventId`, oldest first. Without it, every event at or after `notBefore` (all when that is
   * unset too): pages come newest first, so reading stops at the first older event instead of the stack's whole history.
   */
  newEvents(stackId: string, afterEventId?: string, notBefore?: Date): Promise<StackEvent[]>;
  createChangeSet(request: ChangeSetRequest): Promise<string>;
  /**
   * A change set with every page of its changes and, recursively, the changes of every nested change set (each
   * marked with the nested stacks that hold it), so a replacement inside a child is seen like one in the root.
   */
  describeChangeSet(id: string): Promise<ChangeSetInfo>;
  executeChangeSet(id: string): Promise<void>;
  deleteChangeSet(id: string): Promise<void>;
  /** Deletes the stack, with the set-up's service role when there is one (RoleARN). */
  deleteStack(nameOrId: string, roleArn?: string): Promise<void>;
  /** The ID of the stack's newest event (one page read), to follow what happens after it. */
  latestEventId(nameOrId: string): Promise<string | undefined>;
  /** The template the stack was last deployed with, as submitted (GetTemplate, stage Original). */
  templateBody(nameOrId: string): Promise<string>;
  /** The stack's own resources (not those of its nested stacks), with their physical IDs where they have one. */
  stackResources(nameOrId: string): Promise<StackResource[]>;
}

/** One resource of a stack. */
export interface StackResource {
  readonly logicalId: string;
  readonly physicalId?: string;
  readonly resourceType: string;
}

const toRecord = <T>(items: T[] | undefined, key: (i: T) => string | undefined, value: (i: T) => string | undefined) =>
  Object.fromEntries((items ?? []).map((i) => [key(i) ?? '', value(i) ?? '']));

export function stackSummary(s: Stack): StackSummary {
  return {
    name: s.StackName ?? '',
    id: s.StackId ?? '',
    status: s.StackStatus ?? '',
    statusReason: s.StackStatusReason,
    outputs: toRecord(
      s.Outputs,
      (o) => o.OutputKey,
      (o) => o.OutputValue,
    ),
    parameters: toRecord(
      s.Parameters,
      (p) => p.ParameterKey,
      (p) => p.ParameterValue,
    ),
    tags: toRecord(
      s.Tags,
      (t) => t.Key,
      (t) => t.Value,
    ),
    createdAt: s.CreationTime,
    parentId: s.ParentId,
  };
}

/**
 * CloudFormation has no error code of its own for a stack that does not exist: DescribeStacks answers the generic
 * ValidationError ("Stack with id NAME does not exist"; DescribeStacks API reference, Errors, read 2026-11-29), so the
 * code is checked first and the message only tells this ValidationError from the others.
 */
function isMissingStack(error: unknown): boolean {
  return error instanceof Error && error.name === 'ValidationError' && /does not exist/.test(error.message);
}

export class SdkStackApi implements StackApi {
  /** `described` hears of every stack DescribeStacks returned by name (the context learns the account from it). */
  constructor(
    private readonly client: CloudFormationClient,
    private readonly described?: (stack: StackSummary) => void,
  ) {}

  async describeStack(nameOrId: string): Promise<StackSummary | undefined> {
    const stack = await this.describeOne(nameOrId);
    if (stack) this.described?.(stack);
    return stack;
  }

  private async describeOne(nameOrId: string): Promise<StackSummary | undefined> {
    try {
      const out = await this.client.send(new DescribeStacksCommand({ StackName: nameOrId }));
      const stack = out.Stacks?.[0];
      return stack ? stackSummary(stack) : undefined;
    } catch (error) {
      if (isMissingStack(error)) return undefined;
      throw error;
    }
  }

  async listStacks(): Promise<StackSummary[]> {
    const all: StackSummary[] = [];
    for await (const page of paginateDescribeStacks({ client: this.client }, {})) {
      all.push(...(page.Stacks ?? []).map(stackSummary));
    }
    return all;
  }

  async newEvents(stackId: string, afterEventId?: string, notBefore?: Date): Promise<StackEvent[]> {
    const collected: StackEvent[] = [];
    // Pages come newest first: leaving the loop early stops reading the stack's older history.
    for await (const page of paginateDescribeStackEvents({ client: this.client }, { StackName: stackId })) {
      for (const e of page.StackEvents ?? []) {
        if (afterEventId && e.EventId === afterEventId) return collected.reverse();
        if (!afterEventId && notBefore && e.Timestamp && e.Timestamp < notBefore) return collected.reverse();
        collected.push({
          id: e.EventId ?? '',
          stackId: e.StackId ?? stackId,
          stackName: e.StackName ?? '',
          logicalId: e.LogicalResourceId ?? '',
          physicalId: e.PhysicalResourceId,
          resourceType: e.ResourceType ?? '',
          status: e.ResourceStatus ?? '',
          reason: e.ResourceStatusReason,
          timestamp: e.Timestamp ?? new Date(0),
        });
      }
    }
    return collected.reverse();
  }

  async createChangeSet(r: ChangeSetRequest): Promise<string> {
    const out = await this.client.send(
      new CreateChangeSetCommand({
        StackName: r.stackName,
        ChangeSetName: r.changeSetName,
        ChangeSetType: r.type,
        TemplateBody: r.templateBody,
        Capabilities: ['CAPABILITY_NAMED_IAM'],
        Parameters: r.parameters.map((p) =>
          p.usePrevious
            ? { ParameterKey: p.key, UsePreviousValue: true }
            : { ParameterKey: p.key, ParameterValue: p.value },
        ),
        Tags: Object.entries(r.tags).map(([Key, Value]) => ({ Key, Value })),
        ...(r.includeNestedStacks ? { IncludeNestedStacks: true } : {}),
        ...(r.roleArn ? { RoleARN: r.roleArn } : {}),
      }),
    );
    return out.Id ?? r.changeSetName;
  }

  async describeChangeSet(id: string): Promise<ChangeSetInfo> {
    return describeWithNested((one) => this.describeOneChangeSet(one), id);
  }

  /** One change set, every page of its changes (DescribeChangeSet answers in pages: NextToken, API reference). */
  private async describeOneChangeSet(id: string): Promise<ChangeSetInfo> {
    let first: { status: string; statusReason?: string } | undefined;
    const changes: ResourceChange[] = [];
    for await (const page of paginateDescribeChangeSet({ client: this.client }, { ChangeSetName: id })) {
      first ??= { status: page.Status ?? '', statusReason: page.StatusReason };
      changes.push(
        ...(page.Changes ?? []).map((c) => ({
          logicalId: c.ResourceChange?.LogicalResourceId ?? '',
          resourceType: c.ResourceChange?.ResourceType ?? '',
          action: c.ResourceChange?.Action ?? '',
          replacement: c.ResourceChange?.Replacement,
          changeSetId: c.ResourceChange?.ChangeSetId,
        })),
      );
    }
    return { status: first?.status ?? '', statusReason: first?.statusReason, changes };
  }

  async executeChangeSet(id: string): Promise<void> {
    await this.client.send(new ExecuteChangeSetCommand({ ChangeSetName: id }));
  }

  async deleteChangeSet(id: string): Promise<void> {
    await this.client.send(new DeleteChangeSetCommand({ ChangeSetName: id }));
  }

  async latestEventId(nameOrId: string): Promise<string | undefined> {
    const out = await this.client.send(new DescribeStackEventsCommand({ StackName: nameOrId }));
    return out.StackEvents?.[0]?.EventId;
  }

  async templateBody(nameOrId: string): Promise<string> {
    const out = await this.client.send(new GetTemplateCommand({ StackName: nameOrId, TemplateStage: 'Original' }));
    return out.TemplateBody ?? '';
  }

  async deleteStack(nameOrId: string, roleArn?: string): Promise<void> {
    await this.client.send(new DeleteStackCommand({ StackName: nameOrId, ...(roleArn ? { RoleARN: roleArn } : {}) }));
  }

  /**
   * DescribeStackResources: at most the first 100 resources, unpaged (API reference, read 2026-12-07); our templates
   * have far fewer, and the deployer policy grants this read (ListStackResources would need another action).
   */
  async stackResources(nameOrId: string): Promise<StackResource[]> {
    const out = await this.client.send(new DescribeStackResourcesCommand({ StackName: nameOrId }));
    return (out.StackResources ?? []).map((r) => ({
      logicalId: r.LogicalResourceId ?? '',
      physicalId: r.PhysicalResourceId,
      resourceType: r.ResourceType ?? '',
    }));
  }
}

/**
 * A change set and, once it is complete, the changes of every nested change set its AWS::CloudFormation::Stack rows
 * name (their ChangeSetId), depth first, each marked with the path of nested stacks that holds it. The root's status
 * covers the hierarchy: the nested change sets are made with it and are only read when it is complete (CloudFormation
 * User Guide, "Change sets for nested stacks", read 2026-12-01).
 */
export async function describeWithNested(
  describeOne: (id: string) => Promise<ChangeSetInfo>,
  id: string,
  nestedIn: readonly string[] = [],
): Promise<ChangeSetInfo> {
  const info = await describeOne(id);
  if (info.status !== 'CREATE_COMPLETE') return info;
  const changes: ResourceChange[] = [];
  for (const change of info.changes) {
    changes.push(nestedIn.length ? { ...change, nestedIn } : change);
    if (change.resourceType !== 'AWS::CloudFormation::Stack' || !change.changeSetId) continue;
    const child = await describeWithNested(describeOne, change.changeSetId, [...nestedIn, change.logicalId]);
    changes.push(...child.changes);
  }
  return { ...info, changes };
}
