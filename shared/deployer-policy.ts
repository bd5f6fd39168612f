/**
 * What deploying, watching, opening, stopping, starting and deleting notebooks needs when a person acts with their
 * own rights, as before an account set-up exists (`smnb doctor` simulates it then). It is no longer shipped as a
 * document: the account set-up (shared/setup-policies.ts, setup-stack.yaml) splits it into the CloudFormation service
 * role's policies (the per-resource-type part, HANDLER_STATEMENTS) and the people policy (the CLI's own calls, and
 * stacks only through that role), so nobody needs the role and policy writes below any more. Tests evaluate it the
 * way IAM does (test/_helpers/iam-policy.ts) and check every action, resource pattern and condition key against AWS's
 * Service Authorization Reference.
 *
 * How it holds (IAM User Guide, "Permissions boundaries for IAM entities" and "Policy evaluation logic", read
 * 2026-12-01):
 * - Roles: only under /smnb/, and every write that can add a permission or a trust requires the permissions boundary
 *   shared/permissions-boundary.ts (condition iam:PermissionsBoundary); the boundary and this policy cannot be edited,
 *   and a boundary cannot be removed (explicit Deny).
 * - What smnb made is recognised by tag or name, whichever the Service Authorization Reference supports per action:
 *   stacks by the tag `smnb:managed` that smnb (and README's aws-cli line) sets; networks, security groups,
 *   notebooks and lifecycle configurations by the tag `smnb:environment` that the templates set, required at creation
 *   (aws:RequestTag) and afterwards (aws:ResourceTag), with tags addable only at creation (ec2:CreateAction,
 *   sagemaker:TaggingAction); buckets, the preflight function and its log group by their name prefix.
 * - Statements whose resource is `*` hold only reads or actions that support no resource-level scoping
 *   (docs/security.md says why, statement by statement).
 *
 * The per-resource-type part is built from shared/resource-types.ts: each row says which scope each of its actions
 * falls under, and each scope here is one statement. CLI_GRANTS adds what the CLI itself calls.
 */
import { TAG_ENVIRONMENT, TAG_MANAGED } from './notebook-rules.js';
import {
  BOUNDARY_POLICY_NAME,
  DATA_BUCKET_PREFIX,
  IN_OWN_ACCOUNT,
  PREFLIGHT_NAME_PREFIX,
} from './permissions-boundary.js';
import { ROLE_PATH, type PolicyCondition, type PolicyDocument, type PolicyStatement } from './policy-document.js';
import { RESOURCE_TYPES, type PolicyScope } from './resource-types.js';

export { ROLE_PATH, type PolicyStatement } from './policy-document.js';

const ROLES = `arn:aws:iam::*:role${ROLE_PATH}*`;
/** Policy variables: IAM fills them in from the request (IAM User Guide, "IAM policy elements: Variables and tags"). */
const ACCOUNT = '${aws:PrincipalAccount}';
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/${BOUNDARY_POLICY_NAME}`;
const EC2 = (type: string) => `arn:aws:ec2:*:*:${type}/*`;
/** The one budget `smnb budget` makes and people may change. */
export const PERSONAL_BUDGET_NAME = 'smnb-monthly';
/** Every template bucket name ends with this (the guide's ACCOUNT_ID-cfn-templates). */
export const TEMPLATE_BUCKET_SUFFIX = 'cfn-templates';
/**
 * The template buckets the policy covers, as IAM matches them, for an account: its ID first, so no other account's
 * or team's bucket matches (bucket ARNs carry no account). One pattern covers ACCOUNT-cfn-templates and
 * ACCOUNT-REGION-cfn-templates (`*` may be empty).
 */
export const templateBucketPattern = (account: string): string => `${account}-*${TEMPLATE_BUCKET_SUFFIX}`;
/** The template buckets of the caller's own account, as a policy resource. */
export const TEMPLATE_BUCKETS = `arn:aws:s3:::${templateBucketPattern(ACCOUNT)}`;
/** Whether the policy lets a deployer of this account use the bucket for child templates (IAM's `*` wildcard). */
export function templateBucketCovered(bucket: string, account: string): boolean {
  return actionPattern(templateBucketPattern(account)).test(bucket);
}
/** Whether the name can be covered at all, before the account is known: a 12-digit account ID, then the pattern. */
export const templateBucketNameUsable = (bucket: string): boolean =>
  /^\d{12}-/.test(bucket) && templateBucketCovered(bucket, bucket.slice(0, 12));
const tagged = (key: string): PolicyCondition => ({ Null: { [`aws:ResourceTag/${key}`]: 'false' } });
const taggedAtCreate: PolicyCondition = { Null: { [`aws:RequestTag/${TAG_ENVIRONMENT}`]: 'false' } };

/**
 * A stack may hold only AWS's own resource types and smnb's custom resource: their handlers act with the deployer's
 * own rights (forward access sessions), so every call stays within this policy. A private or third-party type would
 * run with its own execution role instead. cloudformation:ResourceTypes lists the template's types on CreateStack,
 * UpdateStack and CreateChangeSet (Service Authorization Reference, AWS CloudFormation, read 2026-12-01); on the other
 * actions it is absent, and ForAllValues then holds (IAM User Guide, "Single-valued vs. multivalued condition keys").
 */
export const OUR_TYPES: PolicyCondition = {
  'ForAllValues:StringLike': {
    'cloudformation:ResourceTypes': ['AWS::*', Object.keys(RESOURCE_TYPES).find((t) => t.startsWith('Custom::'))!],
  },
};

interface Scope {
  readonly sid: string;
  readonly resource: string | readonly string[];
  readonly condition?: PolicyCondition;
}

/** One statement per scope, in this order. */
const SCOPES: Readonly<Record<PolicyScope, Scope>> = {
  // Describe, List and Get calls, and calls that support no resource-level permissions.
  read: { sid: 'Read', resource: '*' },
  stackCreate: {
    sid: 'NewStacks',
    resource: '*',
    condition: { StringEquals: { [`aws:RequestTag/${TAG_MANAGED}`]: 'true' }, ...OUR_TYPES },
  },
  ownStack: {
    sid: 'OwnStacks',
    resource: '*',
    condition: { StringEquals: { [`aws:ResourceTag/${TAG_MANAGED}`]: 'true' }, ...OUR_TYPES },
  },
  // Apart from the others: a subnet, route table or group may be made only in a VPC that is already ours.
  vpcCreate: { sid: 'NewVpc', resource: EC2('vpc'), condition: taggedAtCreate },
  networkCreate: {
    sid: 'NewNet',
    resource: ['internet-gateway', 'subnet', 'route-table', 'security-group'].map(EC2),
    condition: taggedAtCreate,
  },
  networkTagOnCreate: {
    sid: 'NetTagsOnCreate',
    resource: '*',
    // Tags only in the call that creates the resource (which itself needs the tag): never on an existing one.
    condition: { StringLike: { 'ec2:CreateAction': 'Create*' } },
  },
  ownNetwork: { sid: 'OwnNet', resource: '*', condition: tagged(TAG_ENVIRONMENT) },
  // The notebook's network interface (SageMaker makes it, untagged) and new security group rules carry no tag.
  // Only through an AWS service (CloudFormation, and SageMaker for the notebook's interface), never called directly:
  // CloudFormation makes a forward access session for every resource operation, which sets aws:ViaAWSService
  // (CloudFormation User Guide, "Forward access sessions (FAS) requests and permission evaluation", read 2026-12-01).
  networkInterfaces: {
    sid: 'Interfaces',
    resource: [EC2('network-interface'), EC2('security-group-rule')],
    condition: { Bool: { 'aws:ViaAWSService': 'true' } },
  },
  // Bucket ARNs carry no account: s3:ResourceAccount keeps every bucket action inside the caller's own account.
  buckets: {
    sid: 'Buckets',
    resource: [`arn:aws:s3:::${DATA_BUCKET_PREFIX}*`, TEMPLATE_BUCKETS],
    condition: IN_OWN_ACCOUNT,
  },
  roleWrite: {
    sid: 'BoundedRoles',
    resource: ROLES,
    condition: { StringEquals: { 'iam:PermissionsBoundary': BOUNDARY } },
  },
  ownRoles: { sid: 'OwnRoles', resource: ROLES },
  preflightFunction: {
    sid: 'Preflight',
    resource: `arn:aws:lambda:*:*:function:${PREFLIGHT_NAME_PREFIX}*`,
  },
  // Same statement as the function (one Sid): the Lambda actions cannot act on a log group nor the reverse.
  preflightLogs: { sid: 'Preflight', resource: `arn:aws:logs:*:*:log-group:${PREFLIGHT_NAME_PREFIX}*` },
  notebookCreate: {
    sid: 'NewNbs',
    resource: '*',
    condition: taggedAtCreate,
  },
  notebookTagOnCreate: {
    sid: 'NbTagsOnCreate',
    resource: '*',
    condition: { StringLike: { 'sagemaker:TaggingAction': 'Create*' } },
  },
  ownNotebooks: {
    sid: 'OwnNbs',
    resource: '*',
    condition: tagged(TAG_ENVIRONMENT),
  },
  // Only with KmsKeyArn: SageMaker (and Lambda's read) use the key with the caller's rights, grants only for AWS
  // resources (KMS developer guide, "Controlling access to grants").
  volumeKey: {
    sid: 'VolumeKey',
    resource: 'arn:aws:kms:*:*:key/*',
    condition: {
      StringLike: { 'kms:ViaService': ['sagemaker.*.amazonaws.com', 'lambda.*.amazonaws.com'] },
      // Present on grant calls only: a grant must be for an AWS resource (the notebook's volume).
      BoolIfExists: { 'kms:GrantIsForAWSResource': 'true' },
    },
  },
};

/** Only for `smnb doctor`: read the caller's own role path and ask IAM what the caller may do. */
export const DOCTOR_ACTIONS = ['iam:GetRole', 'iam:SimulatePrincipalPolicy'] as const;

/** What the CLI itself calls, beyond what CloudFormation's handlers need (test/_helpers/sdk-actions.ts maps it). */
const CLI_GRANTS: Readonly<Partial<Record<PolicyScope, readonly string[]>>> = {
  read: [
    'cloudformation:DescribeStackEvents',
    'cloudformation:DescribeStackResources',
    'cloudformation:DescribeChangeSet',
    'cloudformation:GetTemplateSummary',
    'ec2:DescribeAvailabilityZones',
    'ec2:DescribeAccountAttributes',
    'servicequotas:ListServiceQuotas',
    'servicequotas:ListAWSDefaultServiceQuotas',
    'pricing:GetProducts',
    // Finding a kept data bucket by its smnb:notebook tag lists bucket names; the action takes no resource.
    's3:ListAllMyBuckets',
    ...DOCTOR_ACTIONS,
  ],
  stackCreate: ['cloudformation:CreateChangeSet'],
  ownStack: [
    'cloudformation:ExecuteChangeSet',
    'cloudformation:DeleteChangeSet',
    // The recovery commands docs/troubleshooting.md shows for a stack stuck in UPDATE_ROLLBACK_FAILED or an update.
    'cloudformation:ContinueUpdateRollback',
    'cloudformation:CancelUpdateStack',
    'cloudformation:RollbackStack',
  ],
  ownNotebooks: ['sagemaker:CreatePresignedNotebookInstanceUrl'],
  // ListBucketVersions: a file deleted on the volume comes back from an older version of its backup.
  buckets: ['s3:PutBucketPolicy', 's3:ListBucketVersions'],
};

/**
 * Action families some statements grant whole, to stay within IAM's size limit. The policy test checks in AWS's data
 * that each family matches real actions and that every action a family matches is a Read or List action, or that
 * its statement acts only on resources already tagged as smnb's (aws:ResourceTag), so it cannot reach anything else.
 */
export const ACTION_FAMILIES: Readonly<Partial<Record<PolicyScope, readonly string[]>>> = {
  read: [
    'cloudformation:Describe*',
    'cloudformation:Get*',
    'cloudformation:List*',
    'ec2:Describe*',
    'sagemaker:DescribeNotebookInstance*',
    'sagemaker:List*',
    'servicequotas:List*',
  ],
  ownNetwork: ['ec2:*SecurityGroup*', 'ec2:*Route*', 'ec2:*InternetGateway', 'ec2:*Subnet*', 'ec2:*Vpc', 'ec2:*Tags'],
  ownNotebooks: ['sagemaker:*NotebookInstance*'],
};

/** IAM's action wildcards: `*` any run of characters, `?` one, case-insensitive (IAM User Guide, "Action"). */
const actionPattern = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    'i',
  );

function scopeActions(scope: PolicyScope, withCli: boolean): string[] {
  const fromTypes = Object.values(RESOURCE_TYPES).flatMap((facts) => facts.grants[scope] ?? []);
  const families = (ACTION_FAMILIES[scope] ?? []).map((f) => ({ f, re: actionPattern(f) }));
  const actions = [...fromTypes, ...(withCli ? (CLI_GRANTS[scope] ?? []) : [])].map(
    (a) => families.find(({ re }) => re.test(a))?.f ?? a,
  );
  return [...new Set(actions)].sort();
}

/**
 * One statement per Sid: scopes that share a Sid (and so their condition) share a statement, to save space. With
 * `withCli`, the CLI's own calls join their scopes; without, only what CloudFormation's handlers need.
 */
function buildScopeStatements(withCli: boolean): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  for (const scope of Object.keys(SCOPES) as PolicyScope[]) {
    const { sid, resource, condition } = SCOPES[scope];
    const actions = scopeActions(scope, withCli);
    if (actions.length === 0) continue;
    const same = statements.findIndex((s) => s.Sid === sid);
    if (same >= 0) {
      const { Action, Resource } = statements[same]!;
      statements[same] = {
        ...statements[same]!,
        Action: [...new Set([...Action, ...actions])].sort(),
        Resource: [Resource, resource].flat(),
      };
      continue;
    }
    statements.push({
      Sid: sid,
      Effect: 'Allow',
      Action: actions,
      Resource: resource,
      ...(condition ? { Condition: condition } : {}),
    });
  }
  return statements;
}
const scopeStatements = buildScopeStatements(true);
/**
 * What CloudFormation's handlers need for every resource type of the templates, scope by scope, without the CLI's own
 * calls: the per-resource-type part, which the set-up's CloudFormation service role holds.
 */
export const HANDLER_STATEMENTS: readonly PolicyStatement[] = buildScopeStatements(false);
/** The read statement with the CLI's own reads (status, list, prices, quotas, doctor): the people policy's too. */
export const READ_STATEMENT: PolicyStatement = scopeStatements.find((s) => s.Sid === SCOPES.read.sid)!;

/**
 * The policy, statement by statement: one per scope (built from the resource-type rows), then the statements that
 * are not per resource type.
 */
export const DEPLOYER_STATEMENTS: readonly PolicyStatement[] = [
  ...scopeStatements,
  {
    Sid: 'PassOwnRoles',
    Effect: 'Allow',
    Action: ['iam:PassRole'],
    Resource: ROLES,
    Condition: { StringEquals: { 'iam:PassedToService': ['sagemaker.amazonaws.com', 'lambda.amazonaws.com'] } },
  },
  {
    // The nested layout's child templates: smnb uploads them, CloudFormation reads them with the caller's rights.
    // And a notebook's backup (smnb deploy, status, backup, restore and delete): its manifest and files, old versions
    // too (a file deleted on the volume comes back), and a backup request, only under smnb-backup/: the learner's own
    // data in the bucket stays out of smnb's reach.
    Sid: 'Templates',
    Effect: 'Allow',
    Action: ['s3:PutObject', 's3:GetObject', 's3:GetObjectVersion'],
    Resource: [`${TEMPLATE_BUCKETS}/*`, `arn:aws:s3:::${DATA_BUCKET_PREFIX}*/smnb-backup/*`],
    Condition: IN_OWN_ACCOUNT,
  },
  {
    // `smnb deploy` looks the boundary up to pass it; `smnb doctor` compares it with the shipped document.
    Sid: 'Boundary',
    Effect: 'Allow',
    Action: ['iam:GetPolicy', 'iam:GetPolicyVersion'],
    Resource: BOUNDARY,
  },
  {
    // Even if another policy would allow it: never lift a boundary, never make or edit a managed policy (so neither
    // the boundary nor this policy), whatever its name.
    Sid: 'KeepLimits',
    Effect: 'Deny',
    Action: [
      'iam:DeleteRolePermissionsBoundary',
      'iam:CreatePolicy*',
      'iam:DeletePolicy*',
      'iam:SetDefaultPolicyVersion',
    ],
    Resource: '*',
  },
  {
    // Only for `smnb budget` (and deploy's one-time hint): read and manage smnb's own budget, never another one.
    // CreateBudget, UpdateBudget, Create/DeleteNotification and DeleteBudget are budgets:ModifyBudget; the Describe
    // calls are budgets:ViewBudget; both take the budget ARN arn:${Partition}:budgets::${Account}:budget/${BudgetName}
    // (Service Authorization Reference, AWS Budget Service, read 2026-12-01). No budgets:TagResource: smnb sends no
    // tags, and no actions (budgets:CreateBudgetAction), which could run IAM or SCP changes.
    // Only the budget `smnb budget` makes: a class member's budget (smnb-class-member), which the teacher's set-up
    // puts in the member's account, stays out of a member's reach.
    Sid: 'SmnbBudget',
    Effect: 'Allow',
    Action: ['budgets:ViewBudget', 'budgets:ModifyBudget'],
    Resource: `arn:aws:budgets::*:budget/${PERSONAL_BUDGET_NAME}`,
  },
];

/** The policy document as IAM takes it. */
export function deployerPolicy(): PolicyDocument {
  return { Version: '2012-10-17', Statement: DEPLOYER_STATEMENTS };
}

/** One of the statements above by its Sid, for the set-up's policies that share it (shared/setup-policies.ts). */
export function deployerStatement(sid: string): PolicyStatement {
  const statement = DEPLOYER_STATEMENTS.find((s) => s.Sid === sid);
  if (!statement) throw new Error(`no deployer statement ${sid}`);
  return statement;
}
