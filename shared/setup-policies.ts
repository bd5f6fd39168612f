/**
 * The account set-up's IAM documents (setup-stack.yaml holds them; shared/setup-contract.ts names them): the
 * CloudFormation service role's trust and policies, and the people policy. Pure: no CDK, no SDK.
 *
 * The model (CloudFormation User Guide, "CloudFormation service role", using-iam-servicerole.html, read 2026-12-07):
 * a stack given a service role (RoleARN) is created, updated and deleted with that role's credentials, not the
 * caller's; the caller needs iam:PassRole for it, and CloudFormation keeps using the role for every later operation
 * on the stack. So the resource permissions the notebook stacks need (roles under the boundary, networks, buckets,
 * notebooks) sit on the role, which only CloudFormation can assume, and a person holds only the right to run their
 * own stacks through it (condition cloudformation:RoleArn on CreateStack, CreateChangeSet, UpdateStack, DeleteStack,
 * ContinueUpdateRollback and RollbackStack: Service Authorization Reference, AWS CloudFormation, read 2026-12-07)
 * plus the CLI's direct calls. People get no IAM write at all; the role may write roles only under /smnb/ with the
 * permissions boundary, and never the set-up's own entities (path /smnb-setup/) nor the boundary.
 */
import {
  HANDLER_STATEMENTS,
  OUR_TYPES,
  READ_STATEMENT,
  TEMPLATE_BUCKETS,
  deployerStatement,
  type PolicyStatement,
} from './deployer-policy.js';
import { BOUNDARY_POLICY_NAME, DATA_BUCKET_PREFIX, IN_OWN_ACCOUNT } from './permissions-boundary.js';
import type { PolicyDocument } from './policy-document.js';
import { TAG_ENVIRONMENT, TAG_MANAGED } from './notebook-rules.js';
import { SERVICE_ROLE_NAME, SETUP_IAM_PATH } from './setup-contract.js';

/**
 * IAM's limit for a customer managed policy: 6,144 characters, white space not counted (IAM User Guide, "IAM and AWS
 * STS quotas", read 2026-12-01).
 */
export const MANAGED_POLICY_LIMIT = 6144;
/** Each generated service-role policy keeps a quarter of the limit free, so a new resource type still fits. */
export const SERVICE_POLICY_BUDGET = Math.floor(MANAGED_POLICY_LIMIT * 0.75);
/** The people policy stays under half the limit: it is also an IAM Identity Center permission set's inline policy. */
export const PEOPLE_POLICY_BUDGET = MANAGED_POLICY_LIMIT / 2;

/** A policy document's size as IAM counts it. */
export const policySize = (doc: unknown): number => JSON.stringify(doc).replace(/\s/g, '').length;

const ACCOUNT = '${aws:PrincipalAccount}';
/** The service role, as the people policy names it (IAM fills in the caller's account). */
const SERVICE_ROLE = `arn:aws:iam::${ACCOUNT}:role${SETUP_IAM_PATH}${SERVICE_ROLE_NAME}`;
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/${BOUNDARY_POLICY_NAME}`;
const CLOUDFORMATION = 'cloudformation.amazonaws.com';
const viaServiceRole = { 'cloudformation:RoleArn': SERVICE_ROLE };

/** Every IAM action that changes an entity (the verbs of IAM's write actions), for the set-up's own Deny. */
const IAM_WRITES = [
  'iam:Add*',
  'iam:Attach*',
  'iam:Create*',
  'iam:Delete*',
  'iam:Detach*',
  'iam:Put*',
  'iam:Remove*',
  'iam:Set*',
  'iam:Tag*',
  'iam:Untag*',
  'iam:Update*',
];
/** The set-up's own entities: its role, policies and group live under SETUP_IAM_PATH; the boundary by its name. */
const SETUP_ENTITIES = [
  `arn:aws:iam::*:role${SETUP_IAM_PATH}*`,
  `arn:aws:iam::*:policy${SETUP_IAM_PATH}*`,
  `arn:aws:iam::*:group${SETUP_IAM_PATH}*`,
  BOUNDARY,
];

/**
 * The service role's trust: CloudFormation only, and only for this account's stacks (aws:SourceAccount, against the
 * confused deputy: IAM User Guide, "The confused deputy problem", read 2026-12-07).
 */
export function serviceRoleTrust(account: string) {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Service: CLOUDFORMATION },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': account } },
      },
    ],
  } as const;
}

/** What the service role may do: every handler permission of the templates' types, then its own limits. */
export const SERVICE_ROLE_STATEMENTS: readonly PolicyStatement[] = [
  // Bucket writes only on data buckets: no notebook stack makes a template bucket (the set-up does), so a person's
  // template cannot rewrite the template bucket's policy and tamper with everyone's child templates.
  ...HANDLER_STATEMENTS.map((s) =>
    s.Sid === 'Buckets' ? { ...s, Resource: [s.Resource].flat().filter((r) => r !== TEMPLATE_BUCKETS) } : s,
  ),
  deployerStatement('PassOwnRoles'),
  {
    // A nested stack (main-stack.yaml's children) is created with its parent's role: CloudFormation passes it on.
    Sid: 'PassSelfToNested',
    Effect: 'Allow',
    Action: ['iam:PassRole'],
    Resource: SERVICE_ROLE,
    Condition: { StringEquals: { 'iam:PassedToService': CLOUDFORMATION } },
  },
  {
    // The nested layout's child templates, which CloudFormation reads from the template bucket.
    Sid: 'ChildTemplates',
    Effect: 'Allow',
    Action: ['s3:GetObject'],
    Resource: `${TEMPLATE_BUCKETS}/*`,
    Condition: IN_OWN_ACCOUNT,
  },
  deployerStatement('KeepLimits'),
  {
    // Whatever a person's template asks for: never touch the set-up's own role, policies or group, nor the boundary.
    Sid: 'KeepSetup',
    Effect: 'Deny',
    Action: IAM_WRITES,
    Resource: SETUP_ENTITIES,
  },
];

/**
 * The service role's statements in as many managed policies as needed, each within SERVICE_POLICY_BUDGET, in order
 * (first fit keeps related statements together). A role holds up to 10 managed policies (IAM quotas, read 2026-12-01).
 */
export function serviceRolePolicies(): PolicyDocument[] {
  const docs: PolicyStatement[][] = [];
  for (const statement of SERVICE_ROLE_STATEMENTS) {
    const fits = docs.find((d) => policySize(document([...d, statement])) <= SERVICE_POLICY_BUDGET);
    if (fits) fits.push(statement);
    else if (policySize(document([statement])) <= SERVICE_POLICY_BUDGET) docs.push([statement]);
    else throw new Error(`statement ${statement.Sid} alone exceeds ${SERVICE_POLICY_BUDGET} characters`);
  }
  return docs.map(document);
}

const document = (statements: readonly PolicyStatement[]): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: statements,
});

/** The people policy, statement by statement. */
export const PEOPLE_STATEMENTS: readonly PolicyStatement[] = [
  READ_STATEMENT,
  {
    // A new stack, or a change set on any stack: tagged as smnb's, with AWS's types only, run by the service role.
    Sid: 'NewStacksViaRole',
    Effect: 'Allow',
    Action: ['cloudformation:CreateChangeSet', 'cloudformation:CreateStack'],
    Resource: '*',
    Condition: { StringEquals: { [`aws:RequestTag/${TAG_MANAGED}`]: 'true', ...viaServiceRole }, ...OUR_TYPES },
  },
  {
    Sid: 'OwnStacksViaRole',
    Effect: 'Allow',
    Action: [
      'cloudformation:ContinueUpdateRollback',
      'cloudformation:DeleteStack',
      'cloudformation:RollbackStack',
      'cloudformation:UpdateStack',
    ],
    Resource: '*',
    Condition: { StringEquals: { [`aws:ResourceTag/${TAG_MANAGED}`]: 'true', ...viaServiceRole }, ...OUR_TYPES },
  },
  {
    // These take no role: they run a change set made through the role, or stop an operation already under way.
    Sid: 'OwnStacks',
    Effect: 'Allow',
    Action: ['cloudformation:CancelUpdateStack', 'cloudformation:DeleteChangeSet', 'cloudformation:ExecuteChangeSet'],
    Resource: '*',
    Condition: { StringEquals: { [`aws:ResourceTag/${TAG_MANAGED}`]: 'true' } },
  },
  {
    Sid: 'PassServiceRole',
    Effect: 'Allow',
    Action: ['iam:PassRole'],
    Resource: SERVICE_ROLE,
    Condition: { StringEquals: { 'iam:PassedToService': CLOUDFORMATION } },
  },
  {
    // open, stop, start, and moving a notebook to a supported platform; only notebooks smnb made.
    Sid: 'OwnNotebooks',
    Effect: 'Allow',
    Action: [
      'sagemaker:CreatePresignedNotebookInstanceUrl',
      'sagemaker:StartNotebookInstance',
      'sagemaker:StopNotebookInstance',
      'sagemaker:UpdateNotebookInstance',
    ],
    Resource: '*',
    Condition: { Null: { [`aws:ResourceTag/${TAG_ENVIRONMENT}`]: 'false' } },
  },
  // Child templates (upload), and a notebook's backup under smnb-backup/ (backup, restore, status, delete).
  deployerStatement('Templates'),
  {
    // Finding the template bucket and a kept data bucket, listing a backup and its old versions.
    Sid: 'ListBuckets',
    Effect: 'Allow',
    Action: ['s3:GetBucketTagging', 's3:ListBucket', 's3:ListBucketVersions'],
    Resource: [`arn:aws:s3:::${DATA_BUCKET_PREFIX}*`, TEMPLATE_BUCKETS],
    Condition: IN_OWN_ACCOUNT,
  },
  deployerStatement('Boundary'),
  deployerStatement('SmnbBudget'),
];

/** The people policy document (docs/people-policy.json, and the set-up's PEOPLE_POLICY_NAME). */
export function peoplePolicy(): PolicyDocument {
  return document(PEOPLE_STATEMENTS);
}
