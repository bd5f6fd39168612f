/**
 * In-memory CloudFormation and SageMaker, just enough of them for smnb. Behaviour spec: each behaviour names the AWS
 * document it follows (read 2026-11-29 unless dated otherwise), or is marked [assumption] when AWS documents nothing
 * we could model it on; [model] marks a simplification made for tests (timing, not semantics).
 * - CreateChangeSet on a new stack (or one still in REVIEW_IN_PROGRESS) makes it REVIEW_IN_PROGRESS; every resource
 *   of the template is an "Add" (CloudFormation user guide, "Update stacks using change sets" and "Stack status
 *   codes"). On an existing stack, a resource whose definition differs from the last template is modified (added,
 *   removed), and the notebook also on any parameter change [assumption: CloudFormation may show such a change as
 *   "conditional"]: a changed NotebookInstanceName or PlatformIdentifier (resolved from the template and its
 *   parameters, so a literal and a Ref of the same value are no change) replaces NotebookInstance (Replacement True:
 *   both are create-only properties in the AWS::SageMaker::NotebookInstance resource reference), any other change
 *   modifies it in place; no difference gives a FAILED change set with CloudFormation's "didn't contain changes"
 *   reason (DescribeChangeSet API reference, StatusReason). UsePreviousValue for a parameter the stack does not have
 *   is a ValidationError (Parameter data type, API reference). A change set reports CREATE_PENDING once, then its
 *   result [model]. GetTemplate returns the template of the last successful operation (GetTemplate API reference,
 *   TemplateStage Original).
 * - ExecuteChangeSet starts the operation. Each DescribeStacks or DescribeStackEvents call is one tick: one resource
 *   moves IN_PROGRESS -> COMPLETE per tick, in template order; then the stack completes and gets its outputs, the URLs
 *   computed from the template's Fn::Sub text [model: real order follows dependencies, real time is minutes].
 * - A resource whose Condition (Fn::Equals of a parameter and a literal) is false is left out, as CloudFormation does.
 * - Nested stacks (AWS::CloudFormation::Stack with a TemplateURL into a fake bucket; a missing object fails the change
 *   set) get their parameters resolved (Ref; GetAtt as a stable placeholder) and are compared the same way; a changed
 *   one is a Modify row (Replacement False) of its parent. Only with IncludeNestedStacks does that row carry a
 *   ChangeSetId, whose change set lists the child's own changes with its ParentChangeSetId and RootChangeSetId
 *   (CloudFormation User Guide, "Change sets for nested stacks"). `changeSetPage` answers DescribeChangeSet in pages.
 *   The child whose template holds the notebook creates, replaces and deletes it as the notebook resource would.
 * - `failOn` makes that resource fail with the given reason: the stack rolls back (remaining resources are
 *   cancelled, created ones deleted) and ends in ROLLBACK_COMPLETE (first create) or UPDATE_ROLLBACK_COMPLETE
 *   (CloudFormation user guide, "Stack status codes" and "Stack failure options").
 * - DeleteStack deletes resources one per tick; the data bucket is DELETE_SKIPPED (retained: DeletionPolicy attribute
 *   reference, Retain); then DELETE_COMPLETE.
 * - When NotebookInstance completes, a notebook InService exists, on the template's platform and with a new ML volume
 *   (`volume`, a serial number) when created or replaced; an in-place update keeps both (resource reference: update
 *   requires "No interruption"/"Replacement" per property). Creating or replacing one on an AL2 platform fails, as
 *   SageMaker refuses it since 2026-07-01 (SageMaker developer guide, nbi-al2), unless `al2Creatable`. Stop: Stopping
 *   one describe, then Stopped; Start: Pending one describe, then InService (StopNotebookInstance and
 *   StartNotebookInstance API reference; one describe each [model]); an AL2 notebook cannot be started (nbi-al2: not
 *   restartable since 2026-07-01). UpdateNotebookInstance with a platform only while Stopped: Updating one describe,
 *   then Stopped on the new platform, same volume (nbi-al2, "migrate"; UpdateNotebookInstance API reference).
 *   Deleting the stack deletes the notebook.
 * - S3 keeps buckets (owned by the caller or by "other", each in a region) with their settings, objects and tags,
 *   for template staging and data buckets; a bucket of another account answers 403 to calls with ExpectedBucketOwner (S3 user guide,
 *   "Verifying bucket ownership with bucket owner condition"). A nested stack (AWS::CloudFormation::Stack) fails
 *   unless its child template is in the bucket its TemplateURL names, in the stack's own region, as CloudFormation
 *   reads it (see childTemplateProblem). A stack that completes has its data bucket (smnb-data-STACK-x1y2, as the
 *   templates name it smnb-data-<stack id>, tagged smnb:notebook and smnb:environment) unless ExistingDataBucketName
 *   names a kept one, which it then uses; deleting the stack keeps the bucket (DeletionPolicy Retain). A backup
 *   request is answered only through `onBackupRequest` (the notebook's side) or by a notebook of
 *   `answeringNotebooks` (acknowledgement, then backup, after a number of the CLI's looks) [model].
 * - Service Quotas lists "<type> for notebook instance usage" from `quotas` (applied values only, as
 *   ListServiceQuotas does) and `defaultQuotas` (ListAWSDefaultServiceQuotas), two a page [model: the page size]
 *   (Service Quotas API reference); STS says the caller is 123456789012 (GetCallerIdentity API reference).
 * - Pricing GetProducts answers from `prices` by usage type, in the Price List's JSON-string format (Price List
 *   Query API reference, GetProducts: PriceList is a list of JSON strings).
 * - IAM: GetRole answers from `roles` (name -> ARN with path), else NoSuchEntity (GetRole API reference).
 *   SimulatePrincipalPolicy evaluates `callerPolicy` for the caller (a user, `callerArn`) or any role in `roles`:
 *   Allow statements with wildcards and StringEquals conditions; a request without a resource is for "*", as IAM does
 *   (SimulatePrincipalPolicy API reference, ResourceArns) [assumption: only the subset of the policy language our
 *   policy uses; tests of the permission check script IAM's answer instead]. `iamDenies` lists IAM calls that fail
 *   with AccessDenied, as for a deployer who may not ask.
 * - The account set-up (a template with output SetupVersion) completes with its own outputs (the service role's and
 *   people policy's ARNs and the group where AccountWide is not 'false', and this region's template bucket, which
 *   then exists) and no notebook or data bucket. A stack keeps the RoleARN it was last given (`stackRole`), as
 *   CloudFormation uses that role "for all future operations on the stack" (CreateChangeSet API reference, RoleARN).
 * - Event timestamps are on AWS's clock: `skewMs` puts it ahead of (or behind) the caller's, as a laptop's clock can be
 *   (SigV4 refuses requests more than 15 minutes off, "Signature Version 4 signing process", so AWS's clock is the
 *   one to trust) [model: only event times are skewed, not the signing check].
 * - `throttleEvery = n` throttles every n-th call; `throttle(n)` makes the next n calls fail with ThrottlingException
 *   (the error code CloudFormation and SageMaker return, "Common errors" in their API references) [model: AWS
 *   throttles by rate, not by count]; `inFlight`/`maxInFlight` count stack operations running at once; `calls`
 *   counts calls by name.
 * - `wireThrottleBurst = n` makes the wire stand-in refuse half of the requests of every action of any service (STS, S3
 *   and the Price List included) with that protocol's throttling error: n refused, n answered, and so on [model:
 *   AWS throttles by rate, in bursts].
 * - Regions: `enabledRegions` is what EC2 DescribeRegions answers (only enabled regions, as without AllRegions;
 *   with AllRegions also `disabledRegions`, marked not-opted-in);
 *   `otherRegionNotebooks` holds the notebooks of regions other than `region` (listed and described there only);
 *   `silentRegions` never answer (the stand-in drops the connection, as an unreachable endpoint does).
 * - `stagedTemplatesApi` sums the bytes of the caller's bucket under a prefix: undefined for no bucket, AccessDenied
 *   for another account's (ListObjectsV2 with ExpectedBucketOwner).
 * - AWS Budgets keeps budgets by name with their alerts; CalculatedSpend comes from `spend`. DescribeBudget of an
 *   unknown name is NotFoundException; CreateBudget of an existing name is DuplicateRecordException;
 *   CreateNotification of an alert that exists is DuplicateRecordException, DeleteNotification of a missing one
 *   NotFoundException (AWS Budgets API reference, each action's "Errors").
 */
import { parse as parseYaml } from 'yaml';
import { isRetiredPlatform } from '../../shared/notebook-rules.js';
import type { QuotaLists } from '../../shared/notebook-quota.js';
import { DEPLOYER_STATEMENTS, type PolicyStatement } from '../../shared/deployer-policy.js';
import { boundaryArn, DATA_BUCKET_PREFIX, permissionsBoundary } from '../../shared/permissions-boundary.js';
import type { PermissionApi } from '../../src/aws/permission-api.js';
import { policyAllows } from './iam-policy.js';
import type { NotebookApi, NotebookInfo } from '../../src/aws/notebook-api.js';
import type { BudgetApi } from '../../src/aws/budget-api.js';
import type { StagedTemplatesApi } from '../../src/aws/staged-templates-api.js';
import type { BudgetAlert, BudgetState } from '../../src/plan/budget-plan.js';
import type { BackupAck, BackupManifest, DataBucketApi } from '../../src/aws/data-bucket-api.js';
import {
  BACKUP_ACK,
  BACKUP_FILES,
  BACKUP_KEPT,
  BACKUP_MANIFEST,
  BACKUP_PREFIX,
  BACKUP_REQUEST,
} from '../../shared/backup-layout.js';
import {
  describeWithNested,
  type ChangeSetInfo,
  type ChangeSetRequest,
  type ResourceChange,
  type StackApi,
  type StackEvent,
  type StackSummary,
} from '../../src/aws/stack-api.js';

interface FakeTemplate {
  Parameters?: Record<string, { Default?: unknown }>;
  Conditions?: Record<string, unknown>;
  Resources: Record<string, { Type: string; Condition?: string; Properties?: Record<string, unknown> }>;
}

/**
 * Whether a resource's condition holds. Only the shape smnb's templates use for resources is evaluated,
 * Fn::Equals of a parameter and a literal (CreateDataBucket); anything else counts as true.
 */
function conditionHolds(template: FakeTemplate, name: string | undefined, parameters: Record<string, string>) {
  const equals = (template.Conditions?.[name ?? ''] as { 'Fn::Equals'?: [{ Ref?: string }, unknown] } | undefined)?.[
    'Fn::Equals'
  ];
  if (!equals?.[0]?.Ref) return true;
  return parameters[equals[0].Ref] === equals[1];
}

/** A notebook property as CloudFormation resolves it: a literal, or a Ref to a parameter. */
function resolve(value: unknown, parameters: Record<string, string>): string | undefined {
  if (typeof value === 'string') return value;
  const ref = (value as { Ref?: string } | undefined)?.Ref;
  return ref === undefined ? undefined : parameters[ref];
}

/** The notebook's create-only properties that smnb's templates set: its name and platform. */
function notebookIdentity(template: FakeTemplate, parameters: Record<string, string>) {
  const notebook = Object.values(template.Resources).find((r) => r.Type === 'AWS::SageMaker::NotebookInstance');
  if (!notebook) return { name: parameters.NotebookInstanceName, platform: parameters.NotebookPlatform };
  return {
    name: resolve(notebook.Properties?.NotebookInstanceName, parameters),
    platform: resolve(notebook.Properties?.PlatformIdentifier, parameters),
  };
}

/** The template holds a notebook itself (a nested layout's notebook child). */
function holdsNotebookResource(templateBody: string): boolean {
  const template = parse(templateBody) as FakeTemplate | null;
  return Object.values(template?.Resources ?? {}).some((r) => r.Type === 'AWS::SageMaker::NotebookInstance');
}

/**
 * The changes from one template and parameters to the next: a resource whose definition differs is modified (added,
 * removed), the notebook also on any parameter change, and replaced when its name or platform changes.
 */
function templateChanges(
  old: FakeTemplate,
  oldParameters: Record<string, string>,
  template: FakeTemplate,
  parameters: Record<string, string>,
): ResourceChange[] {
  const changes: ResourceChange[] = [];
  const changed = Object.keys(parameters).filter((k) => parameters[k] !== oldParameters[k]);
  const before = notebookIdentity(old, oldParameters);
  const identity = notebookIdentity(template, parameters);
  const replaces = before.name !== identity.name || before.platform !== identity.platform;
  for (const [id, res] of Object.entries(template.Resources)) {
    const was = old.Resources?.[id];
    const isNotebook = res.Type === 'AWS::SageMaker::NotebookInstance';
    if (!was) changes.push({ logicalId: id, resourceType: res.Type, action: 'Add' });
    else if (JSON.stringify(was) !== JSON.stringify(res) || (isNotebook && (changed.length > 0 || replaces)))
      changes.push({
        logicalId: id,
        resourceType: res.Type,
        action: 'Modify',
        replacement: isNotebook && replaces ? 'True' : 'False',
      });
  }
  for (const [id, res] of Object.entries(old.Resources ?? {}))
    if (!template.Resources[id]) changes.push({ logicalId: id, resourceType: res.Type, action: 'Remove' });
  return changes;
}

interface FakeStack {
  name: string;
  id: string;
  status: string;
  templateBody: string;
  parameters: Record<string, string>;
  tags: Record<string, string>;
  outputs: Record<string, string>;
  resources: { id: string; type: string }[];
  events: StackEvent[];
  queue: (() => void)[];
  /** What each nested stack (AWS::CloudFormation::Stack resource) was last deployed with. */
  children?: Record<string, FakeChild>;
  /** The service role the stack acts with (RoleARN), once one was given. */
  roleArn?: string;
}

/** A nested stack as its parent's template and parameters define it. */
interface FakeChild {
  templateBody: string;
  parameters: Record<string, string>;
}

/** A nested stack's change set, made with its root's when IncludeNestedStacks is set. */
interface FakeNestedChangeSet {
  id: string;
  parentId: string;
  rootId: string;
  changes: ResourceChange[];
}

interface FakeChangeSet {
  id: string;
  stack: FakeStack;
  templateBody: string;
  platform?: string;
  type: 'CREATE' | 'UPDATE';
  parameters: Record<string, string>;
  tags: Record<string, string>;
  resources: { id: string; type: string }[];
  changes: ResourceChange[];
  reason?: string;
  described: number;
  includeNested: boolean;
  children: Record<string, FakeChild>;
  /** The nested stack whose template holds the notebook, and whether this change set replaces it there. */
  notebookChild?: { id: string; replaces: boolean };
  roleArn?: string;
}

/**
 * An output's value as CloudFormation computes it from the template: its Fn::Sub text with the region and the
 * notebook's name (the only variable our URL outputs bind, to the notebook's name), so tests see what the templates say.
 */
function subOutput(templateBody: string, output: string, region: string, notebook: string): string {
  const outputs = (parse(templateBody) as { Outputs?: Record<string, { Value?: { 'Fn::Sub'?: [string, unknown] } }> })
    .Outputs;
  const text = outputs?.[output]?.Value?.['Fn::Sub']?.[0] ?? '';
  return text.replaceAll('${AWS::Region}', region).replaceAll('${Name}', notebook);
}

export class FakeAws {
  readonly stacks = new Map<string, FakeStack>();
  readonly notebooks = new Map<string, NotebookInfo & { next?: string; nextPlatform?: string; volume?: number }>();
  readonly calls: Record<string, number> = {};
  failOn?: { logicalId: string; reason: string };
  /** AL2 notebooks can still be created (true only to build stacks "made before 2026-07-01"). */
  al2Creatable = false;
  private changeSets = new Map<string, FakeChangeSet>();
  private nestedChangeSets = new Map<string, FakeNestedChangeSet>();
  private throttleCount = 0;
  /** Every n-th call is throttled (0 = never), like a busy account. */
  throttleEvery = 0;
  /** The stand-in refuses half of all HTTP requests with a throttling error, n refused then n answered per action (0 = never). */
  wireThrottleBurst = 0;
  /** SageMaker refuses every call with this error code (e.g. OptInRequired, as for a Free-plan account). */
  sageMakerRefusal?: string;
  /** The Price List refuses every GetProducts (AccessDeniedException), as for a caller without pricing:GetProducts. */
  pricesRefused = false;
  private callCount = 0;
  /** Stack operations running at once, now and at most. */
  inFlight = 0;
  maxInFlight = 0;
  private seq = 0;
  private clock = Math.floor(Date.now() / 1000) * 1000;
  region = 'ap-northeast-1';
  /** S3 buckets: who owns them, their settings, and their objects. */
  readonly buckets = new Map<
    string,
    {
      owner: 'me' | 'other';
      settings: string[];
      objects: Map<string, string>;
      openToAll?: boolean;
      tags?: Record<string, string>;
      /** Where the bucket lives (default: `region`, the stack's). */
      region?: string;
    }
  >();
  /** Notebook quotas by instance type (Service Quotas); a missing type has no quota entry. */
  readonly quotas: Record<string, number> = { 'ml.t3.medium': 4, 'ml.t3.large': 2 };
  /** AWS's default quotas (ListAWSDefaultServiceQuotas), for types with no applied value above. */
  readonly defaultQuotas: Record<string, number> = {};

  /** The two Service Quotas lists over `quotas` and `defaultQuotas`, two quotas a page (so paging is exercised). */
  quotaLists(): QuotaLists {
    const pages = (values: Record<string, number>) => async (token: string | undefined) => {
      this.call('ListServiceQuotas');
      const all = Object.entries(values).map(([type, Value]) => ({
        QuotaName: `${type} for notebook instance usage`,
        QuotaCode: 'L-TEST',
        Value,
      }));
      const start = Number(token ?? 0);
      return { Quotas: all.slice(start, start + 2), NextToken: start + 2 < all.length ? String(start + 2) : undefined };
    };
    return { applied: pages(this.quotas), default: pages(this.defaultQuotas) };
  }
  /** IAM: who the caller is (STS says so too), the policy the simulator evaluates, and roles by name. */
  callerArn = 'arn:aws:iam::123456789012:user/learner';
  callerPolicy: readonly PolicyStatement[] = DEPLOYER_STATEMENTS;
  readonly roles: Record<string, string> = {};
  /** Customer managed policies by ARN (their default version's document): the boundary, as README's set-up makes. */
  readonly managedPolicies: Record<string, unknown> = { [boundaryArn('123456789012')]: permissionsBoundary() };
  /** How far AWS's clock (event timestamps) is from the caller's: the caller's clock may be minutes off. */
  skewMs = 0;
  /** Page sizes of the stand-in's list answers (tests make them small to force many pages). */
  readonly pageSize = { stacks: 100, events: 100, notebooks: 100, changes: 100, buckets: 1000, objects: 1000 };
  /** The stand-in answers IAM calls with an HTML page, as an AWS-compatible endpoint without IAM does. */
  iamAnswersHtml = false;
  /** IAM calls that fail with AccessDenied, e.g. 'SimulatePrincipalPolicy'. */
  readonly iamDenies = new Set<string>();
  /** Regions EC2 DescribeRegions reports as enabled for the account. */
  enabledRegions: string[] = ['ap-northeast-1', 'eu-west-1', 'us-east-1'];
  /** Opt-in regions the account has not enabled: DescribeRegions lists them only with AllRegions. */
  disabledRegions: string[] = ['me-south-1'];
  /** Notebooks of the other regions, by region. */
  readonly otherRegionNotebooks = new Map<string, NotebookInfo[]>();
  /** Regions whose endpoints never answer. */
  readonly silentRegions = new Set<string>();
  /** AWS Budgets: budgets by name, and this month's spend AWS has calculated. */
  readonly budgets = new Map<string, { monthlyUsd: number; alerts: BudgetAlert[] }>();
  spend = { actualUsd: 3.25, forecastUsd: 7.5 };
  /** Price List answers by usage type (test data, not real prices). */
  readonly prices: Record<string, number> = { 'APN1-Notebk:ml.t3.medium': 0.0625 };

  throttle(n: number): void {
    this.throttleCount = n;
  }

  private call(name: string): void {
    this.calls[name] = (this.calls[name] ?? 0) + 1;
    if (this.throttleEvery > 0 && ++this.callCount % this.throttleEvery === 0) {
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    }
    if (this.throttleCount > 0) {
      this.throttleCount--;
      throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    }
  }

  /** A stack as a first deploy leaves it when it stops right after CreateChangeSet: REVIEW_IN_PROGRESS. */
  async leaveInReview(stackName: string, templateBody: string): Promise<void> {
    await this.stackApi.createChangeSet({
      stackName,
      changeSetName: 'interrupted',
      type: 'CREATE',
      templateBody,
      parameters: [],
      tags: { 'smnb:managed': 'true' },
    });
  }

  /** Notebooks smnb did not make: they carry no smnb tag, so the deployer policy refuses to touch them. */
  readonly foreignNotebooks = new Set<string>();

  /**
   * The tags IAM sees on a stack, by name, id or one of its change sets; a CREATE change set's tags are the new
   * stack's. Undefined for a stack that does not exist.
   */
  /**
   * The service role a stack acts with. CloudFormation uses the role given on create, update or delete "for all
   * future operations on the stack" and keeps the previous one when none is given (CreateChangeSet API reference,
   * RoleARN; User Guide, "CloudFormation service role", read 2026-12-07).
   */
  stackRole(name: string): string | undefined {
    return this.find(name)?.roleArn;
  }

  stackTags(nameOrChangeSet: string): Record<string, string> | undefined {
    const cs = this.changeSets.get(nameOrChangeSet);
    if (cs) return { ...cs.stack.tags, ...(cs.type === 'CREATE' ? cs.tags : {}) };
    return this.find(nameOrChangeSet)?.tags;
  }

  /** The tags IAM sees on a notebook: smnb's environment tag, unless the test made it foreign. */
  notebookTags(name: string): Record<string, string> {
    return this.foreignNotebooks.has(name) ? {} : { 'smnb:environment': name };
  }

  /** One clock for AWS and the caller, so event times and the caller's "since" agree. */
  now(): number {
    return this.clock;
  }

  advance(ms: number): void {
    this.clock += ms;
  }

  private event(stack: FakeStack, logicalId: string, type: string, status: string, reason?: string): void {
    this.clock += 1000;
    stack.events.push({
      id: `ev-${++this.seq}`,
      stackId: stack.id,
      stackName: stack.name,
      logicalId,
      physicalId: logicalId === stack.name ? stack.id : `${logicalId.toLowerCase()}-${this.seq}`,
      resourceType: type,
      status,
      reason,
      timestamp: new Date(this.clock + this.skewMs),
    });
  }

  /** By ID any stack; by name only a live one, as CloudFormation does. */
  private find(nameOrId: string): FakeStack | undefined {
    const all = [...this.stacks.values()];
    return all.find((s) => s.id === nameOrId) ?? all.find((s) => s.name === nameOrId && s.status !== 'DELETE_COMPLETE');
  }

  private summary(s: FakeStack): StackSummary {
    return {
      name: s.name,
      id: s.id,
      status: s.status,
      outputs: { ...s.outputs },
      parameters: { ...s.parameters },
      tags: { ...s.tags },
    };
  }

  /** One tick of every stack operation in flight. */
  private tick(): void {
    for (const s of this.stacks.values()) s.queue.shift()?.();
    for (const n of this.notebooks.values()) {
      if (n.next) Object.assign(n, { status: n.next, next: undefined });
      if (n.nextPlatform) Object.assign(n, { platform: n.nextPlatform, nextPlatform: undefined });
    }
  }

  /** What DescribeNotebookInstance shows of a fake notebook. */
  private static info(n: NotebookInfo & { next?: string; nextPlatform?: string; volume?: number }): NotebookInfo {
    return {
      name: n.name,
      status: n.status,
      instanceType: n.instanceType,
      url: n.url,
      failureReason: n.failureReason,
      createdAt: n.createdAt,
      volumeSizeInGB: n.volumeSizeInGB,
      lastModifiedAt: n.lastModifiedAt,
      platform: n.platform,
    };
  }

  readonly stackApi: StackApi = {
    // DescribeStackResources (API reference): the stack's resources as last deployed; the data bucket's physical ID is
    // the bucket the stack made (see above), the others a stable placeholder.
    stackResources: async (nameOrId) => {
      this.call('DescribeStackResources');
      const s = this.find(nameOrId);
      if (!s) throw Object.assign(new Error(`Stack with id ${nameOrId} does not exist`), { name: 'ValidationError' });
      return s.resources.map((r) => ({
        logicalId: r.id,
        resourceType: r.type,
        physicalId: r.id === 'DataBucket' ? `smnb-data-${s.name}-x1y2` : `${r.id.toLowerCase()}-1`,
      }));
    },
    latestEventId: async (nameOrId) => {
      this.call('DescribeStackEvents');
      return this.find(nameOrId)?.events.at(-1)?.id;
    },
    templateBody: async (nameOrId) => {
      this.call('GetTemplate');
      const s = this.find(nameOrId);
      if (!s) throw Object.assign(new Error(`Stack with id ${nameOrId} does not exist`), { name: 'ValidationError' });
      return s.templateBody;
    },
    describeStack: async (nameOrId) => {
      this.call('DescribeStacks');
      this.tick();
      const s = this.find(nameOrId);
      if (!s) return undefined;
      return this.summary(s);
    },
    listStacks: async () => {
      this.call('DescribeStacks');
      return [...this.stacks.values()].filter((s) => s.status !== 'DELETE_COMPLETE').map((s) => this.summary(s));
    },
    newEvents: async (stackId, after, notBefore) => {
      this.call('DescribeStackEvents');
      // Time passes between polls whichever call a poll makes: a stack moves on, as it would on AWS.
      this.tick();
      const s = this.find(stackId);
      if (!s) return [];
      const i = after ? s.events.findIndex((e) => e.id === after) : -1;
      const fresh = s.events.slice(i + 1);
      return after || !notBefore ? fresh : fresh.filter((e) => e.timestamp >= notBefore);
    },
    createChangeSet: async (r: ChangeSetRequest) => {
      this.call('CreateChangeSet');
      const template = parse(r.templateBody) as FakeTemplate;
      let resources = Object.entries(template.Resources).map(([id, res]) => ({ id, type: res.Type }));
      let stack = this.find(r.stackName);
      if (r.type === 'CREATE') {
        if (stack && stack.status !== 'REVIEW_IN_PROGRESS')
          throw Object.assign(new Error(`Stack [${r.stackName}] already exists`), { name: 'AlreadyExistsException' });
        stack ??= {
          name: r.stackName,
          id: `arn:aws:cloudformation:${this.region}:123456789012:stack/${r.stackName}/${++this.seq}`,
          status: 'REVIEW_IN_PROGRESS',
          templateBody: '',
          parameters: {},
          // As in CloudFormation, a stack made by a CREATE change set carries the change set's tags at once.
          tags: { ...r.tags },
          outputs: {},
          resources: [],
          events: [],
          queue: [],
          children: {},
        };
        this.stacks.set(stack.id, stack);
      } else if (!stack) {
        throw Object.assign(new Error(`Stack [${r.stackName}] does not exist`), { name: 'ValidationError' });
      }
      const parameters: Record<string, string> = {};
      for (const [key, def] of Object.entries(template.Parameters ?? {})) {
        const given = r.parameters.find((p) => p.key === key);
        if (given?.usePrevious && !(key in stack.parameters))
          throw Object.assign(
            new Error(
              `Invalid input for parameter key ${key}. Cannot specify usePreviousValue as true for a parameter key not in the previous template`,
            ),
            { name: 'ValidationError' },
          );
        parameters[key] = given?.usePrevious
          ? (stack.parameters[key] ?? '')
          : (given?.value ?? String(def.Default ?? ''));
      }
      // A resource whose condition is false is not part of the stack (a kept data bucket instead of a new one).
      resources = resources.filter((r) => conditionHolds(template, template.Resources[r.id]!.Condition, parameters));
      const identity = notebookIdentity(template, parameters);
      const children = this.childrenOf(template, parameters, stack.name);
      const cs: FakeChangeSet = {
        id: `cs-${++this.seq}`,
        stack,
        templateBody: r.templateBody,
        platform: identity.platform,
        type: r.type,
        parameters,
        tags: { ...r.tags },
        resources,
        changes: [],
        described: 0,
        includeNested: r.includeNestedStacks === true,
        children,
        ...(r.roleArn ? { roleArn: r.roleArn } : {}),
      };
      const notebookId = Object.keys(children).find((id) => holdsNotebookResource(children[id]!.templateBody));
      if (notebookId) cs.notebookChild = { id: notebookId, replaces: false };
      if (Object.values(children).some((c) => c.templateBody === ''))
        cs.reason = 'TemplateURL must reference a valid S3 object to which you have access.';
      else if (r.type === 'CREATE')
        cs.changes = resources.map((res) => ({ logicalId: res.id, resourceType: res.type, action: 'Add' }));
      else {
        const old = parse(stack.templateBody) as FakeTemplate;
        cs.changes = templateChanges(old, stack.parameters, template, parameters);
        this.nestedChanges(cs, stack);
        if (cs.changes.length === 0)
          cs.reason =
            "The submitted information didn't contain changes. Submit different information to create a change set.";
      }
      this.changeSets.set(cs.id, cs);
      return cs.id;
    },
    describeChangeSet: async (id): Promise<ChangeSetInfo> =>
      describeWithNested(async (one) => {
        const { status, statusReason, changes } = this.changeSetPage(one, 0, Infinity);
        return { status, statusReason, changes };
      }, id),
    executeChangeSet: async (id) => {
      this.call('ExecuteChangeSet');
      this.run(this.changeSets.get(id)!);
    },
    deleteChangeSet: async (id) => {
      this.call('DeleteChangeSet');
      // As in CloudFormation, a stack made for a CREATE change set stays in REVIEW_IN_PROGRESS.
      this.changeSets.delete(id);
    },
    deleteStack: async (nameOrId, roleArn?: string) => {
      this.call('DeleteStack');
      const s = this.find(nameOrId)!;
      if (roleArn) s.roleArn = roleArn;
      s.status = 'DELETE_IN_PROGRESS';
      this.started();
      this.event(s, s.name, 'AWS::CloudFormation::Stack', 'DELETE_IN_PROGRESS', 'User Initiated');
      for (const r of [...s.resources].reverse()) {
        s.queue.push(() => {
          if (r.type === 'AWS::S3::Bucket') return this.event(s, r.id, r.type, 'DELETE_SKIPPED');
          this.event(s, r.id, r.type, 'DELETE_COMPLETE');
          const notebookChild =
            r.type === 'AWS::CloudFormation::Stack' && holdsNotebookResource(s.children?.[r.id]?.templateBody ?? '');
          if (r.type === 'AWS::SageMaker::NotebookInstance' || notebookChild)
            this.notebooks.delete(s.parameters.NotebookInstanceName!);
        });
      }
      s.queue.push(() => {
        s.status = 'DELETE_COMPLETE';
        this.inFlight--;
        this.event(s, s.name, 'AWS::CloudFormation::Stack', 'DELETE_COMPLETE');
      });
    },
  };

  /**
   * One page of DescribeChangeSet, as CloudFormation answers it: a root change set reports CREATE_PENDING once, then
   * its result; a nested one (made with its root) is complete. AWS::CloudFormation::Stack rows carry the nested
   * change set's ChangeSetId when the root was made with IncludeNestedStacks.
   */
  changeSetPage(
    id: string,
    start: number,
    size: number,
  ): {
    status: string;
    statusReason?: string;
    changes: ResourceChange[];
    next?: number;
    includeNested: boolean;
    parentId?: string;
    rootId?: string;
  } {
    this.call('DescribeChangeSet');
    const nested = this.nestedChangeSets.get(id);
    const root = this.changeSets.get(id);
    if (!nested && !root)
      throw Object.assign(new Error(`ChangeSet [${id}] does not exist`), { name: 'ChangeSetNotFound' });
    const all = nested?.changes ?? root!.changes;
    const base = {
      includeNested: nested ? true : root!.includeNested,
      parentId: nested?.parentId,
      rootId: nested?.rootId,
    };
    if (root && root.described++ === 0) return { ...base, status: 'CREATE_PENDING', changes: [], next: undefined };
    if (root?.reason) return { ...base, status: 'FAILED', statusReason: root.reason, changes: [], next: undefined };
    const changes = all.slice(start, start + size);
    return { ...base, status: 'CREATE_COMPLETE', changes, next: start + size < all.length ? start + size : undefined };
  }

  /** Nested stacks of a template: their template (from the template bucket) and parameters, resolved. */
  private childrenOf(template: FakeTemplate, parameters: Record<string, string>, stackName: string) {
    const children: Record<string, FakeChild> = {};
    for (const [id, res] of Object.entries(template.Resources)) {
      if (res.Type !== 'AWS::CloudFormation::Stack') continue;
      const url = (res.Properties?.TemplateURL as { 'Fn::Sub'?: [string, unknown] } | undefined)?.['Fn::Sub']?.[0];
      const file = url?.slice(url.lastIndexOf('}') + 1) ?? '';
      const bucket = parameters.TemplateBucketName || '123456789012-cfn-templates';
      const key = `${parameters.TemplatePrefix ?? ''}${file}`;
      const childParameters: Record<string, string> = {};
      for (const [name, value] of Object.entries((res.Properties?.Parameters ?? {}) as Record<string, unknown>)) {
        const ref = (value as { Ref?: string }).Ref;
        const att = (value as { 'Fn::GetAtt'?: string[] })['Fn::GetAtt'];
        childParameters[name] =
          ref === 'AWS::StackName'
            ? stackName
            : ref !== undefined
              ? (parameters[ref] ?? '')
              : att
                ? att.join('.')
                : JSON.stringify(value);
      }
      children[id] = { templateBody: this.buckets.get(bucket)?.objects.get(key) ?? '', parameters: childParameters };
    }
    return children;
  }

  /**
   * A nested stack whose template or parameters changed is a Modify row of its parent (never a replacement); with
   * IncludeNestedStacks it gets its own change set, named by the row's ChangeSetId.
   */
  private nestedChanges(cs: FakeChangeSet, stack: FakeStack): void {
    for (const [id, now] of Object.entries(cs.children)) {
      const before = stack.children?.[id];
      if (!before) continue;
      const changes = templateChanges(
        parse(before.templateBody) as FakeTemplate,
        before.parameters,
        parse(now.templateBody) as FakeTemplate,
        now.parameters,
      );
      if (changes.length === 0) continue;
      if (cs.notebookChild?.id === id)
        cs.notebookChild.replaces = changes.some(
          (c) => c.resourceType === 'AWS::SageMaker::NotebookInstance' && c.replacement === 'True',
        );
      const row = cs.changes.find((c) => c.logicalId === id);
      const nestedId = cs.includeNested ? `cs-${++this.seq}` : undefined;
      if (nestedId) this.nestedChangeSets.set(nestedId, { id: nestedId, parentId: cs.id, rootId: cs.id, changes });
      const stackRow: ResourceChange = {
        logicalId: id,
        resourceType: 'AWS::CloudFormation::Stack',
        action: 'Modify',
        replacement: 'False',
        changeSetId: nestedId,
      };
      if (row) cs.changes[cs.changes.indexOf(row)] = stackRow;
      else cs.changes.push(stackRow);
    }
  }

  private started(): void {
    this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight);
  }

  /** Change sets that actually ran (calls counts attempts, throttled ones included). */
  executions = 0;

  /**
   * Why CloudFormation could not read a nested stack's template, if it could not. It reads TemplateURL
   * https://BUCKET.s3.REGION.amazonaws.com/PREFIXFILE with REGION the stack's own; a bucket in another region
   * answers that endpoint with S3's PermanentRedirect (S3 API reference, Error responses), a missing object or bucket
   * with NoSuchKey / NoSuchBucket. The bucket is TemplateBucketName, or ACCOUNT-cfn-templates when it is empty.
   */
  private childTemplateProblem(cs: FakeChangeSet, logicalId: string): string | undefined {
    const template = parse(cs.templateBody) as FakeTemplate;
    const url = JSON.stringify(template.Resources[logicalId]?.Properties?.TemplateURL ?? '');
    const file = /\$\{Prefix\}([\w.-]+)/.exec(url)?.[1];
    if (!file) return undefined;
    const bucketName = cs.parameters.TemplateBucketName || '123456789012-cfn-templates';
    const prefix = cs.parameters.TemplatePrefix ?? String(template.Parameters?.TemplatePrefix?.Default ?? '');
    const bucket = this.buckets.get(bucketName);
    const s3Error = (code: string, text: string) =>
      `S3 error: ${code}: ${text} (https://${bucketName}.s3.${this.region}.amazonaws.com/${prefix}${file})`;
    if (!bucket) return s3Error('NoSuchBucket', 'The specified bucket does not exist');
    if ((bucket.region ?? this.region) !== this.region)
      return s3Error(
        'PermanentRedirect',
        'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
      );
    if (!bucket.objects.has(prefix + file)) return s3Error('NoSuchKey', 'The specified key does not exist.');
    return undefined;
  }

  private run(cs: FakeChangeSet): void {
    this.executions++;
    const s = cs.stack;
    const creating = cs.type === 'CREATE';
    const op = creating ? 'CREATE' : 'UPDATE';
    s.status = `${op}_IN_PROGRESS`;
    this.started();
    const previousName = s.parameters.NotebookInstanceName;
    s.parameters = cs.parameters;
    s.tags = cs.tags;
    this.event(s, s.name, 'AWS::CloudFormation::Stack', s.status, 'User Initiated');
    const targets = creating ? cs.resources : cs.resources.filter((r) => cs.changes.some((c) => c.logicalId === r.id));
    const done: { id: string; type: string }[] = [];
    for (const r of targets) {
      s.queue.push(() => this.event(s, r.id, r.type, `${op}_IN_PROGRESS`));
      s.queue.push(() => {
        const change = cs.changes.find((c) => c.logicalId === r.id);
        // The nested layout's notebook is replaced inside its child stack; the child's row itself is only modified.
        const isNotebook = r.type === 'AWS::SageMaker::NotebookInstance' || cs.notebookChild?.id === r.id;
        const replaced = change?.replacement === 'True' || (cs.notebookChild?.id === r.id && cs.notebookChild.replaces);
        const retired = isNotebook && (creating || replaced) && !this.al2Creatable && isRetiredPlatform(cs.platform);
        if (retired)
          return this.rollback(s, r, op, done, cs, `Notebook instances on ${cs.platform} can no longer be created.`);
        const childProblem = r.type === 'AWS::CloudFormation::Stack' ? this.childTemplateProblem(cs, r.id) : undefined;
        if (childProblem) return this.rollback(s, r, op, done, cs, childProblem);
        if (this.failOn?.logicalId === r.id) return this.rollback(s, r, op, done, cs, this.failOn.reason);
        if (replaced)
          this.event(
            s,
            r.id,
            r.type,
            'UPDATE_IN_PROGRESS',
            'Requested update requires the creation of a new physical resource; hence creating one.',
          );
        this.event(s, r.id, r.type, `${op}_COMPLETE`);
        done.push(r);
        if (isNotebook) {
          const name = cs.parameters.NotebookInstanceName!;
          const kept = creating || replaced ? undefined : this.notebooks.get(name);
          if (replaced && previousName) this.notebooks.delete(previousName);
          this.notebooks.set(name, {
            name,
            status: 'InService',
            instanceType: cs.parameters.InstanceType!,
            url: `${name}.notebook.${this.region}.sagemaker.aws`,
            volumeSizeInGB: Number(cs.parameters.VolumeSizeInGB),
            platform: kept?.platform ?? cs.platform,
            volume: kept?.volume ?? ++this.seq,
          });
        }
      });
    }
    s.queue.push(() => {
      if (s.status !== `${op}_IN_PROGRESS`) return;
      s.resources = cs.resources;
      s.templateBody = cs.templateBody;
      s.children = cs.children;
      s.status = `${op}_COMPLETE`;
      this.inFlight--;
      // The set-up stack: its own outputs, and no notebook or data bucket.
      if (cs.roleArn) s.roleArn = cs.roleArn;
      if (setupOutputs(cs, this.region)) {
        s.outputs = setupOutputs(cs, this.region)!;
        const bucket = s.outputs.TemplateBucketName!;
        if (!this.buckets.has(bucket))
          this.buckets.set(bucket, { owner: 'me', settings: [], objects: new Map(), tags: {}, region: this.region });
        this.event(s, s.name, 'AWS::CloudFormation::Stack', s.status);
        return;
      }
      const nb = cs.parameters.NotebookInstanceName!;
      const dataBucket = cs.parameters.ExistingDataBucketName || `smnb-data-${s.name}-x1y2`;
      if (!this.buckets.has(dataBucket))
        this.buckets.set(dataBucket, {
          owner: 'me',
          settings: ['versioning'],
          objects: new Map(),
          tags: { 'smnb:notebook': nb, 'smnb:environment': s.name },
          region: this.region,
        });
      s.outputs = {
        NotebookInstanceName: nb,
        JupyterURL: subOutput(cs.templateBody, 'JupyterURL', this.region, nb),
        JupyterLabURL: subOutput(cs.templateBody, 'JupyterLabURL', this.region, nb),
        DataBucketName: dataBucket,
      };
      this.event(s, s.name, 'AWS::CloudFormation::Stack', s.status);
    });
  }

  private rollback(
    s: FakeStack,
    r: { id: string; type: string },
    op: string,
    done: { id: string; type: string }[],
    cs: FakeChangeSet,
    reason: string,
  ): void {
    this.event(s, r.id, r.type, `${op}_FAILED`, reason);
    s.queue.length = 0;
    const rb = op === 'CREATE' ? 'ROLLBACK' : 'UPDATE_ROLLBACK';
    s.status = `${rb}_IN_PROGRESS`;
    this.event(
      s,
      s.name,
      'AWS::CloudFormation::Stack',
      s.status,
      'The following resource(s) failed to create: [' + r.id + ']. Rollback requested by user.',
    );
    for (const d of [...done].reverse())
      s.queue.push(() => this.event(s, d.id, d.type, op === 'CREATE' ? 'DELETE_COMPLETE' : 'UPDATE_COMPLETE'));
    s.queue.push(() => {
      s.status = `${rb}_COMPLETE`;
      this.inFlight--;
      if (op === 'CREATE') s.resources = cs.resources;
      this.event(s, s.name, 'AWS::CloudFormation::Stack', s.status);
    });
  }

  private iamCall(name: string): void {
    this.call(name);
    if (this.iamDenies.has(name)) {
      throw Object.assign(new Error(`User: ${this.callerArn} is not authorized to perform: iam:${name}`), {
        name: 'AccessDenied',
      });
    }
  }

  readonly permissionApi: PermissionApi = {
    roleArn: async (name) => {
      this.iamCall('GetRole');
      const arn = this.roles[name];
      if (!arn) throw Object.assign(new Error(`The role with name ${name} cannot be found.`), { name: 'NoSuchEntity' });
      return arn;
    },
    policyExists: async (arn) => {
      this.iamCall('GetPolicy');
      return arn in this.managedPolicies;
    },
    policyDocument: async (arn) => {
      this.iamCall('GetPolicy');
      if (!(arn in this.managedPolicies)) return undefined;
      this.iamCall('GetPolicyVersion');
      return this.managedPolicies[arn];
    },
    deniedActions: async (principal, request) => {
      this.iamCall('SimulatePrincipalPolicy');
      if (principal !== this.callerArn && !Object.values(this.roles).includes(principal)) {
        throw Object.assign(new Error(`Principal ${principal} not found`), { name: 'NoSuchEntity' });
      }
      return request.actions.filter(
        (action) =>
          !policyAllows(this.callerPolicy, { action, resource: request.resourceArn ?? '*', context: request.context }),
      );
    },
  };

  readonly dataBucketApi: DataBucketApi = {
    bucketsOfNotebook: async (notebookName, region) =>
      (await this.dataBucketApi.dataBuckets(region)).filter((b) => b.notebook === notebookName).map((b) => b.bucket),
    dataBuckets: async (region) => {
      this.call('ListBuckets');
      return [...this.buckets.entries()]
        .filter(
          ([name, b]) =>
            name.startsWith(DATA_BUCKET_PREFIX) && b.owner === 'me' && (b.region ?? this.region) === region,
        )
        .flatMap(([bucket, b]) => (b.tags?.['smnb:notebook'] ? [{ bucket, notebook: b.tags['smnb:notebook'] }] : []))
        .sort((a, b) => a.bucket.localeCompare(b.bucket));
    },
    latestBackup: async (bucket) => {
      this.call('GetObject');
      this.backupLook(bucket);
      const text = this.buckets.get(bucket)?.objects.get(BACKUP_MANIFEST);
      return text === undefined ? undefined : (JSON.parse(text) as BackupManifest);
    },
    requestBackup: async (bucket, id, at) => {
      this.call('PutObject');
      this.buckets.get(bucket)!.objects.set(BACKUP_REQUEST, JSON.stringify({ id, at: at.toISOString() }));
      this.onBackupRequest?.(bucket);
    },
    backupAck: async (bucket) => {
      this.call('GetObject');
      const text = this.buckets.get(bucket)?.objects.get(BACKUP_ACK);
      return text === undefined ? undefined : (JSON.parse(text) as BackupAck);
    },
    backupFiles: async (bucket, prefix = BACKUP_FILES) => {
      this.call('ListObjectsV2');
      return [...(this.buckets.get(bucket)?.objects.entries() ?? [])]
        .filter(([key]) => key.startsWith(prefix))
        .map(([key, body]) => ({ path: key.slice(prefix.length), bytes: Buffer.byteLength(body) }));
    },
    keptBackups: async (bucket) => {
      this.call('ListObjectsV2');
      const names = [...(this.buckets.get(bucket)?.objects.keys() ?? [])]
        .filter((key) => key.startsWith(`${BACKUP_PREFIX}${BACKUP_KEPT}`))
        .map((key) => key.slice(BACKUP_PREFIX.length).split('/')[0]!);
      return [...new Set(names)].sort();
    },
    backupFile: async (bucket, path, prefix = BACKUP_FILES) => {
      this.call('GetObject');
      return new TextEncoder().encode(this.buckets.get(bucket)?.objects.get(prefix + path) ?? '');
    },
  };

  /**
   * Stands in for the notebook: a running notebook answers a backup request when its schedule next runs. Tests set
   * it (see `notebookBacksUp`); unset, requests stay unanswered, as with a notebook whose backup is off.
   */
  onBackupRequest?: (bucket: string) => void;

  /**
   * Notebooks (by data bucket) that answer a backup request as the notebook side does: the acknowledgement
   * ({ requestId, at }) once the CLI has looked `ackAfterLooks` times, then the backup after `doneAfterLooks` looks
   * (a look is one read of the manifest) [model: looks stand for the minute between the notebook's checks]. A bucket
   * not listed here never answers, as a notebook whose backup is off or whose side is broken.
   */
  readonly answeringNotebooks = new Map<
    string,
    { ackAfterLooks: number; doneAfterLooks: number; files: Record<string, string>; looks?: number }
  >();

  /** One look of the CLI at a bucket's manifest: an answering notebook with a pending request moves on. */
  backupLook(bucket: string): void {
    const notebook = this.answeringNotebooks.get(bucket);
    const objects = this.buckets.get(bucket)?.objects;
    const pending = objects?.get(BACKUP_REQUEST);
    if (!notebook || !objects || pending === undefined) return;
    const { id } = JSON.parse(pending) as { id: string };
    notebook.looks = (notebook.looks ?? 0) + 1;
    if (notebook.looks >= notebook.ackAfterLooks)
      objects.set(BACKUP_ACK, JSON.stringify({ requestId: id, at: new Date(this.now()).toISOString() }));
    if (notebook.looks >= notebook.doneAfterLooks) {
      this.writeBackup(bucket, notebook.files, new Date(this.now()), id);
      objects.delete(BACKUP_REQUEST);
      notebook.looks = 0;
    }
  }

  /** Writes a backup into a data bucket as the notebook's backup.py does: the files, then the manifest. */
  writeBackup(bucket: string, files: Record<string, string>, at: Date, requestId?: string): void {
    const objects = this.buckets.get(bucket)!.objects;
    for (const [path, body] of Object.entries(files)) objects.set(BACKUP_FILES + path, body);
    const bytes = Object.values(files).reduce((n, body) => n + Buffer.byteLength(body), 0);
    objects.set(
      BACKUP_MANIFEST,
      JSON.stringify({
        writtenAt: at.toISOString().replace(/\.\d+Z$/, 'Z'),
        files: Object.keys(files).length,
        bytes,
        requestId,
      }),
    );
  }

  readonly notebookApi: NotebookApi = {
    describe: async (name) => {
      this.call('DescribeNotebookInstance');
      this.tick();
      const n = this.notebooks.get(name);
      return n ? FakeAws.info(n) : undefined;
    },
    list: async () => {
      this.call('ListNotebookInstances');
      // ListNotebookInstances reports no platform (SageMaker API reference, NotebookInstanceSummary).
      return [...this.notebooks.values()].map((n) => ({ ...FakeAws.info(n), platform: undefined }));
    },
    stop: async (name) => {
      this.call('StopNotebookInstance');
      Object.assign(this.notebooks.get(name)!, { status: 'Stopping', next: 'Stopped' });
    },
    start: async (name) => {
      this.call('StartNotebookInstance');
      const n = this.notebooks.get(name)!;
      if (isRetiredPlatform(n.platform))
        throw Object.assign(new Error(`Notebook instances on ${n.platform} can no longer be started.`), {
          name: 'ValidationException',
        });
      Object.assign(n, { status: 'Pending', next: 'InService' });
    },
    updatePlatform: async (name, platform) => {
      this.call('UpdateNotebookInstance');
      const n = this.notebooks.get(name)!;
      if (n.status !== 'Stopped')
        throw Object.assign(new Error(`Unable to update notebook instance ${name} in status ${n.status}.`), {
          name: 'ValidationException',
        });
      Object.assign(n, { status: 'Updating', next: 'Stopped', nextPlatform: platform });
    },
    presignedUrl: async (name) => {
      this.call('CreatePresignedNotebookInstanceUrl');
      return `https://${name}.notebook.${this.region}.sagemaker.aws?authToken=fake-token`;
    },
  };

  private budgetError(name: string, message: string): never {
    throw Object.assign(new Error(message), { name });
  }

  readonly budgetApi: BudgetApi = {
    describe: async (name) => {
      this.call('DescribeBudget');
      const b = this.budgets.get(name);
      if (!b) return undefined;
      const state: BudgetState = {
        name,
        monthlyUsd: b.monthlyUsd,
        ...this.spend,
        alerts: b.alerts.map((a) => ({ ...a, emails: [...a.emails] })),
      };
      return state;
    },
    create: async (budget) => {
      this.call('CreateBudget');
      if (this.budgets.has(budget.name)) this.budgetError('DuplicateRecordException', `${budget.name} exists`);
      this.budgets.set(budget.name, { monthlyUsd: budget.monthlyUsd, alerts: budget.alerts.map((a) => ({ ...a })) });
    },
    updateLimit: async (budget) => {
      this.call('UpdateBudget');
      const b = this.budgets.get(budget.name) ?? this.budgetError('NotFoundException', `${budget.name} not found`);
      b.monthlyUsd = budget.monthlyUsd;
    },
    addAlert: async (name, alert) => {
      this.call('CreateNotification');
      const b = this.budgets.get(name) ?? this.budgetError('NotFoundException', `${name} not found`);
      if (b.alerts.some((a) => a.kind === alert.kind && a.percent === alert.percent))
        this.budgetError('DuplicateRecordException', 'notification exists');
      b.alerts.push({ ...alert });
    },
    removeAlert: async (name, alert) => {
      this.call('DeleteNotification');
      const b = this.budgets.get(name) ?? this.budgetError('NotFoundException', `${name} not found`);
      const i = b.alerts.findIndex((a) => a.kind === alert.kind && a.percent === alert.percent);
      if (i < 0) this.budgetError('NotFoundException', 'notification not found');
      b.alerts.splice(i, 1);
    },
    delete: async (name) => {
      this.call('DeleteBudget');
      if (!this.budgets.delete(name)) this.budgetError('NotFoundException', `${name} not found`);
    },
  };

  readonly stagedTemplatesApi: StagedTemplatesApi = {
    stagedBytes: async (bucket, prefix) => {
      this.call('ListObjectsV2');
      const b = this.buckets.get(bucket);
      if (!b) return undefined;
      // Another account's bucket answers 403 to ExpectedBucketOwner, which smnb reports as unchecked.
      if (b.owner !== 'me') throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied' });
      let bytes = 0;
      for (const [key, body] of b.objects) if (key.startsWith(prefix)) bytes += Buffer.byteLength(body);
      return bytes;
    },
  };

  /** SageMaker of another region: its notebooks, listed and described; read only. */
  notebooksIn(region: string): NotebookApi {
    const all = () => this.otherRegionNotebooks.get(region) ?? [];
    const readOnly = async () => {
      throw Object.assign(new Error(`read-only fake region ${region}`), { name: 'ValidationException' });
    };
    return {
      describe: async (name) => {
        this.call('DescribeNotebookInstance');
        return all().find((n) => n.name === name);
      },
      list: async () => {
        this.call('ListNotebookInstances');
        return all().map((n) => ({ ...n, platform: undefined }));
      },
      stop: readOnly,
      start: readOnly,
      updatePlatform: readOnly,
      presignedUrl: readOnly,
    };
  }
}

/**
 * The account set-up's outputs as CloudFormation computes them from setup-stack.yaml: literal values as written, the
 * role's ARN (its path and name) and the bucket's name, account-wide ones only where AccountWide is 'true'; undefined
 * for any other template.
 */
function setupOutputs(cs: FakeChangeSet, region: string): Record<string, string> | undefined {
  const template = parse(cs.templateBody) as { Outputs?: Record<string, { Value?: unknown; Condition?: string }> };
  if (!template.Outputs?.SetupVersion) return undefined;
  const accountWide = cs.parameters.AccountWide !== 'false';
  const outputs: Record<string, string> = {};
  for (const [key, output] of Object.entries(template.Outputs)) {
    if (output.Condition && !accountWide) continue;
    if (typeof output.Value === 'string') outputs[key] = output.Value;
  }
  if (accountWide) {
    outputs.ServiceRoleArn = 'arn:aws:iam::123456789012:role/smnb-setup/smnb-cloudformation';
    outputs.PeoplePolicyArn = 'arn:aws:iam::123456789012:policy/smnb-setup/smnb-people';
    outputs.PeopleGroupName = 'smnb-people';
  }
  outputs.TemplateBucketName = `123456789012-${region}-cfn-templates`;
  return outputs;
}

/**
 * YAML, parsed once per text: the stand-in reads the same few templates again and again (each change set, each tick
 * of a stack in flight), and parsing them cost an end-to-end file seconds of CPU. Every reader gets its own copy.
 */
function parse(text: string): unknown {
  if (!parsedYaml.has(text)) parsedYaml.set(text, parseYaml(text));
  return structuredClone(parsedYaml.get(text));
}
const parsedYaml = new Map<string, unknown>();
