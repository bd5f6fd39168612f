import { Aws, Fn, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { TAG_ENVIRONMENT } from '../../shared/notebook-rules.js';
import { named } from './logical-id.js';
import { acceptFindings } from '../rules/acknowledge.js';
import { ROLE_PATH } from '../../shared/policy-document.js';
import {
  IN_OWN_ACCOUNT,
  NOTEBOOK_LOG_ACTIONS,
  SAGEMAKER_LIST_ACTIONS,
  SAGEMAKER_WORK_ACTIONS,
  TAG_ON_CREATE_ONLY,
} from '../../shared/permissions-boundary.js';

export interface NotebookExecutionRoleProps {
  /** ARN of the user's data bucket; the role may read and write it. */
  readonly dataBucketArn: string;
  /** Value of the notebook's environment tag: the role may stop and describe only notebooks with this tag. */
  readonly environmentName: string;
  /** ARN of the permissions boundary (or AWS::NoValue): shared/permissions-boundary.ts caps what the role can do. */
  readonly permissionsBoundary: string;
}

const sagemakerArn = (resource: string): string =>
  `arn:${Aws.PARTITION}:sagemaker:${Aws.REGION}:${Aws.ACCOUNT_ID}:${resource}`;

const EXECUTION_ROLE_FINDINGS = [
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::sagemaker-*]',
    reason:
      'The SageMaker Python SDK creates and uses its default bucket sagemaker-REGION-ACCOUNT; the examples rely on it.',
  },
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::sagemaker-*/*]',
    reason: "Objects in SageMaker's default buckets (training data and model artifacts of the examples).",
  },
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sagemaker:<AWS::Region>:<AWS::AccountId>:*]',
    reason:
      'Jobs, models and endpoints are named at run time by the notebook; the actions are listed one by one and limited to this account and region.',
  },
  {
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'SageMaker List calls and ecr:GetAuthorizationToken support no resource-level permissions.',
  },
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ecr:<AWS::Region>:*:repository/*]',
    reason: "SageMaker's prebuilt framework images live in AWS-owned accounts that differ by region; read-only pulls.",
  },
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/sagemaker/*]',
    reason: "SageMaker's own log groups, created per job and endpoint at run time.",
  },
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:logs:<AWS::Region>:<AWS::AccountId>:log-group:/aws/sagemaker/*:log-stream:*]',
    reason: "Streams inside SageMaker's own log groups.",
  },
  {
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:sagemaker:<AWS::Region>:<AWS::AccountId>:notebook-instance/*]',
    reason:
      'Idle auto-stop must stop its own notebook; a condition on the smnb:environment tag limits it to the notebook of this stack (notebook ARNs are lower-cased, so the name cannot scope it).',
  },
];

/**
 * The notebook's execution role, trusted by SageMaker only. Instead of the broad AmazonSageMakerFullAccess managed
 * policy it grants what the official examples use, scoped to this account and region, the user's data bucket and
 * SageMaker's default `sagemaker-*` buckets, and SageMaker's own log groups.
 */
export class NotebookExecutionRole extends Construct {
  public readonly role: iam.CfnRole;

  constructor(scope: Construct, id: string, props: NotebookExecutionRoleProps) {
    super(scope, id);
    this.role = named(
      new iam.CfnRole(this, 'Role', {
        description: 'Execution role of the SageMaker notebook (smnb)',
        // The deployer policy may create and pass only roles under this path, and only with the boundary.
        path: ROLE_PATH,
        permissionsBoundary: props.permissionsBoundary,
        assumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        policies: [
          { policyName: 'DataAccess', policyDocument: dataAccessPolicy(props.dataBucketArn) },
          { policyName: 'SageMakerWork', policyDocument: sagemakerWorkPolicy() },
          { policyName: 'Logs', policyDocument: logsPolicy() },
          { policyName: 'IdleAutoStop', policyDocument: autoStopPolicy(props.environmentName) },
        ],
      }),
      'NotebookExecutionRole',
    );
    // The data bucket is the stack's own or one kept from an earlier stack of the notebook: cdk-nag names it by its
    // (conditional) ARN expression.
    const dataBucket = JSON.stringify(Stack.of(this).resolve(props.dataBucketArn));
    acceptFindings(this.role, [
      {
        id: `AwsSolutions-IAM5[Resource::${dataBucket}/*]`,
        reason: "Objects in the notebook's data bucket, which exists for the notebook to read and write.",
      },
      ...EXECUTION_ROLE_FINDINGS,
    ]);
    // A role cannot name its own ARN in an inline policy (circular reference), so PassRole lives beside it.
    named(
      new iam.CfnPolicy(this, 'PassSelf', {
        policyName: 'PassSelfToSageMaker',
        roles: [this.role.ref],
        policyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'PassThisRoleToSageMakerJobs',
              Effect: 'Allow',
              Action: 'iam:PassRole',
              Resource: this.role.attrArn,
              Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
            },
            { Sid: 'ReadThisRole', Effect: 'Allow', Action: 'iam:GetRole', Resource: this.role.attrArn },
          ],
        },
      }),
      'NotebookExecutionRolePassSelf',
    );
  }
}

function dataAccessPolicy(dataBucketArn: string): object {
  const defaultBuckets = `arn:${Aws.PARTITION}:s3:::sagemaker-*`;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Buckets',
        Effect: 'Allow',
        Action: ['s3:ListBucket', 's3:GetBucketLocation', 's3:ListBucketMultipartUploads'],
        Resource: [dataBucketArn, defaultBuckets],
      },
      {
        Sid: 'ReadObjects',
        Effect: 'Allow',
        Action: 's3:GetObject',
        Resource: [Fn.join('', [dataBucketArn, '/*']), `${defaultBuckets}/*`],
      },
      {
        // Writes only in this account's buckets; SageMaker's public sample buckets are read-only.
        Sid: 'WriteObjects',
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:DeleteObject', 's3:AbortMultipartUpload'],
        Resource: [Fn.join('', [dataBucketArn, '/*']), `${defaultBuckets}/*`],
        Condition: IN_OWN_ACCOUNT,
      },
      {
        Sid: 'SageMakerDefaultBucket',
        Effect: 'Allow',
        Action: 's3:CreateBucket',
        Resource: defaultBuckets,
        Condition: IN_OWN_ACCOUNT,
      },
    ],
  };
}

function sagemakerWorkPolicy(): object {
  return {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'Work', Effect: 'Allow', Action: SAGEMAKER_WORK_ACTIONS, Resource: sagemakerArn('*') },
      // Tags only inside the call that creates a job, model or endpoint: never on an existing notebook.
      {
        Sid: 'TagOnCreate',
        Effect: 'Allow',
        Action: 'sagemaker:AddTags',
        Resource: sagemakerArn('*'),
        Condition: TAG_ON_CREATE_ONLY,
      },
      { Sid: 'List', Effect: 'Allow', Action: SAGEMAKER_LIST_ACTIONS, Resource: '*' },
      {
        Sid: 'PullContainerImages',
        Effect: 'Allow',
        Action: ['ecr:BatchCheckLayerAvailability', 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
        Resource: `arn:${Aws.PARTITION}:ecr:${Aws.REGION}:*:repository/*`,
      },
      { Sid: 'EcrLogin', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' },
    ],
  };
}

function logsPolicy(): object {
  const groups = `arn:${Aws.PARTITION}:logs:${Aws.REGION}:${Aws.ACCOUNT_ID}:log-group:/aws/sagemaker/*`;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'SageMakerLogGroups',
        Effect: 'Allow',
        Action: [...NOTEBOOK_LOG_ACTIONS],
        Resource: [groups, `${groups}:log-stream:*`],
      },
    ],
  };
}

function autoStopPolicy(environmentName: string): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'StopAndDescribeOwnNotebook',
        Effect: 'Allow',
        Action: ['sagemaker:DescribeNotebookInstance', 'sagemaker:StopNotebookInstance'],
        Resource: sagemakerArn('notebook-instance/*'),
        // Notebook ARNs are lower-cased by SageMaker while names may not be, so the tag, not the name, scopes this.
        Condition: { StringEquals: { [`aws:ResourceTag/${TAG_ENVIRONMENT}`]: environmentName } },
      },
    ],
  };
}
