/**
 * The permissions boundary every role of the templates carries, and the only boundary the deployer policy lets a
 * role be created or changed with. A boundary caps what a role can ever do, whatever its own policies say: a role's
 * effective permissions are the intersection of its identity policies and its boundary (IAM User Guide, "Permissions
 * boundaries for IAM entities", and "Policy evaluation logic", read 2026-12-01). So a deployer who may create roles
 * cannot make one that is stronger than this document, and cannot make itself administrator through a role.
 *
 * It allows exactly what the two roles of the templates need (infra/constructs/notebook-execution-role.ts and
 * notebook-preflight.ts), for any smnb data bucket, including one kept from an earlier stack and reused: the
 * notebook's data and SageMaker's default buckets, the SageMaker work of the official examples in this account,
 * pulling SageMaker's images, SageMaker's log groups, stopping and describing smnb's own notebooks; and for the
 * preflight function, reading quotas, notebooks and zones and writing its own logs. No IAM write, no bucket policy,
 * no other service. docs/permissions-boundary.json is written from it by `npm run docs`.
 */
import { ROLE_PATH, type PolicyDocument, type PolicyStatement } from './policy-document.js';
import { TAG_ENVIRONMENT } from './notebook-rules.js';

/** The managed policy's default name; README's set-up creates it under this name and `smnb deploy` looks it up. */
export const BOUNDARY_POLICY_NAME = 'smnb-permissions-boundary';
/** Every data bucket the templates make starts with this (a kept one too, so a later stack may reuse it). */
export const DATA_BUCKET_PREFIX = 'smnb-data-';
/** The preflight function and its log group are named with this prefix, so policies can name them. */
export const PREFLIGHT_NAME_PREFIX = 'smnb-preflight-';

/** What the notebook does in its CloudWatch log groups (lifecycle script and Jupyter logs); the role and the boundary. */
export const NOTEBOOK_LOG_ACTIONS = [
  'logs:CreateLogGroup',
  'logs:CreateLogStream',
  'logs:DescribeLogStreams',
  'logs:GetLogEvents',
  'logs:PutLogEvents',
] as const;

/** What the official SageMaker examples do from a notebook: train, tune, process, transform, host and clean up. */
export const SAGEMAKER_WORK_ACTIONS = [
  'sagemaker:CreateEndpoint',
  'sagemaker:CreateEndpointConfig',
  'sagemaker:CreateHyperParameterTuningJob',
  'sagemaker:CreateModel',
  'sagemaker:CreateProcessingJob',
  'sagemaker:CreateTrainingJob',
  'sagemaker:CreateTransformJob',
  'sagemaker:DeleteEndpoint',
  'sagemaker:DeleteEndpointConfig',
  'sagemaker:DeleteModel',
  'sagemaker:DescribeEndpoint',
  'sagemaker:DescribeEndpointConfig',
  'sagemaker:DescribeHyperParameterTuningJob',
  'sagemaker:DescribeModel',
  'sagemaker:DescribeProcessingJob',
  'sagemaker:DescribeTrainingJob',
  'sagemaker:DescribeTransformJob',
  'sagemaker:InvokeEndpoint',
  'sagemaker:ListTags',
  'sagemaker:ListTrainingJobsForHyperParameterTuningJob',
  'sagemaker:StopHyperParameterTuningJob',
  'sagemaker:StopProcessingJob',
  'sagemaker:StopTrainingJob',
  'sagemaker:StopTransformJob',
  'sagemaker:UpdateEndpoint',
];

/**
 * Tagging by the notebook: only inside the call that creates a job, model or endpoint (SageMaker sets
 * sagemaker:TaggingAction to that call's name; a plain AddTags on an existing resource has none; Service Authorization
 * Reference, Amazon SageMaker, AddTags condition keys, read 2026-12-01). So a notebook cannot tag a notebook it does
 * not own as smnb's and then let the deployer open it.
 */
export const TAG_ON_CREATE_ONLY = { Null: { 'sagemaker:TaggingAction': 'false' } } as const;

/** List calls have no resource to scope to (Service Authorization Reference: resource type "*"). */
export const SAGEMAKER_LIST_ACTIONS = [
  'sagemaker:ListEndpointConfigs',
  'sagemaker:ListEndpoints',
  'sagemaker:ListHyperParameterTuningJobs',
  'sagemaker:ListModels',
  'sagemaker:ListProcessingJobs',
  'sagemaker:ListTrainingJobs',
  'sagemaker:ListTransformJobs',
];

/** What the preflight function reads; none of these supports resource-level permissions. */
export const PREFLIGHT_READ_ACTIONS = [
  'servicequotas:ListServiceQuotas',
  'servicequotas:ListAWSDefaultServiceQuotas',
  'sagemaker:ListNotebookInstances',
  'ec2:DescribeAvailabilityZones',
  'ec2:DescribeInstanceTypeOfferings',
];

/** The boundary's ARN in an account (customer managed policies have no region). */
export const boundaryArn = (account: string): string => `arn:aws:iam::${account}:policy/${BOUNDARY_POLICY_NAME}`;

const DATA = `arn:aws:s3:::${DATA_BUCKET_PREFIX}*`;
const SAGEMAKER_BUCKETS = 'arn:aws:s3:::sagemaker-*';
/** Policy variable IAM fills in with the account of the role making the request. */
const OWN_ACCOUNT = '${aws:PrincipalAccount}';
/**
 * Writes and deletes only in buckets this account owns (s3:ResourceAccount, Service Authorization Reference, Amazon
 * S3, read 2026-12-01): reads stay open to SageMaker's public sample buckets (sagemaker-sample-files and the like,
 * owned by AWS), which the official examples download from.
 */
/** A request that names any of smnb's tag keys (smnb:environment, smnb:managed, …). */
const ANY_SMNB_TAG = {
  'ForAnyValue:StringLike': { 'aws:TagKeys': `${TAG_ENVIRONMENT.slice(0, TAG_ENVIRONMENT.indexOf(':') + 1)}*` },
};
export const IN_OWN_ACCOUNT = { StringEquals: { 's3:ResourceAccount': OWN_ACCOUNT } } as const;

/** The boundary, statement by statement. */
export const BOUNDARY_STATEMENTS: readonly PolicyStatement[] = [
  {
    Sid: 'DataBuckets',
    Effect: 'Allow',
    Action: ['s3:ListBucket', 's3:GetBucketLocation', 's3:ListBucketMultipartUploads'],
    Resource: [DATA, SAGEMAKER_BUCKETS],
  },
  { Sid: 'ReadObjects', Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`${DATA}/*`, `${SAGEMAKER_BUCKETS}/*`] },
  {
    Sid: 'WriteObjects',
    Effect: 'Allow',
    Action: ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
    Resource: [`${DATA}/*`, `${SAGEMAKER_BUCKETS}/*`],
    Condition: IN_OWN_ACCOUNT,
  },
  {
    Sid: 'SageMakerDefaultBucket',
    Effect: 'Allow',
    Action: ['s3:CreateBucket'],
    Resource: SAGEMAKER_BUCKETS,
    Condition: IN_OWN_ACCOUNT,
  },
  {
    Sid: 'SageMakerWork',
    Effect: 'Allow',
    Action: SAGEMAKER_WORK_ACTIONS,
    Resource: `arn:aws:sagemaker:*:${OWN_ACCOUNT}:*`,
  },
  {
    Sid: 'TagOnCreate',
    Effect: 'Allow',
    Action: ['sagemaker:AddTags'],
    Resource: `arn:aws:sagemaker:*:${OWN_ACCOUNT}:*`,
    Condition: TAG_ON_CREATE_ONLY,
  },
  {
    // The deployer trusts a notebook by its smnb: tags: whatever a role's own policy says, no role may add or remove
    // such a tag on an existing resource (only at creation, which the role cannot do for notebooks).
    Sid: 'NoSmnbRetag',
    Effect: 'Deny',
    Action: ['sagemaker:AddTags'],
    Resource: '*',
    Condition: { ...ANY_SMNB_TAG, Null: { 'sagemaker:TaggingAction': 'true' } },
  },
  { Sid: 'NoSmnbUntag', Effect: 'Deny', Action: ['sagemaker:DeleteTags'], Resource: '*', Condition: ANY_SMNB_TAG },
  { Sid: 'SageMakerLists', Effect: 'Allow', Action: SAGEMAKER_LIST_ACTIONS, Resource: '*' },
  {
    // Idle auto-stop: only notebooks smnb made (the role's own policy narrows it to its stack's notebook).
    Sid: 'OwnNotebooks',
    Effect: 'Allow',
    Action: ['sagemaker:DescribeNotebookInstance', 'sagemaker:StopNotebookInstance'],
    Resource: 'arn:aws:sagemaker:*:*:notebook-instance/*',
    Condition: { Null: { [`aws:ResourceTag/${TAG_ENVIRONMENT}`]: 'false' } },
  },
  {
    Sid: 'PullImages',
    Effect: 'Allow',
    Action: [
      'ecr:BatchCheckLayerAvailability',
      'ecr:BatchGetImage',
      'ecr:GetDownloadUrlForLayer',
      'ecr:GetAuthorizationToken',
    ],
    Resource: '*',
  },
  {
    Sid: 'Logs',
    Effect: 'Allow',
    Action: [...NOTEBOOK_LOG_ACTIONS],
    Resource: [
      'arn:aws:logs:*:*:log-group:/aws/sagemaker/*',
      'arn:aws:logs:*:*:log-group:/aws/sagemaker/*:log-stream:*',
      `arn:aws:logs:*:*:log-group:${PREFLIGHT_NAME_PREFIX}*`,
      `arn:aws:logs:*:*:log-group:${PREFLIGHT_NAME_PREFIX}*:log-stream:*`,
    ],
  },
  {
    // A notebook passes its own role to the jobs it starts; only smnb's roles, only to SageMaker.
    Sid: 'PassOwnRoleToSageMaker',
    Effect: 'Allow',
    Action: ['iam:PassRole'],
    Resource: `arn:aws:iam::*:role${ROLE_PATH}*`,
    Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
  },
  { Sid: 'ReadOwnRole', Effect: 'Allow', Action: ['iam:GetRole'], Resource: `arn:aws:iam::*:role${ROLE_PATH}*` },
  { Sid: 'PreflightReads', Effect: 'Allow', Action: PREFLIGHT_READ_ACTIONS, Resource: '*' },
];

/** The boundary document as IAM takes it. */
export function permissionsBoundary(): PolicyDocument {
  return { Version: '2012-10-17', Statement: BOUNDARY_STATEMENTS };
}
