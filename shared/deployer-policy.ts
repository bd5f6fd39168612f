/**
 * The least a deployer needs: one IAM policy that lets someone deploy, watch, open, stop, start and delete notebooks
 * with smnb or with the plain aws-cli commands, instead of the broad `cloudformation:* sagemaker:* ec2:* iam:* logs:*`.
 * docs/deployer-policy.json is written from it, tests prove it covers every resource type in the templates and every
 * AWS call of the CLI, and `smnb doctor` asks IAM whether the caller has it (SimulatePrincipalPolicy).
 *
 * Sources, read 2026-11: the `handlers` permissions of the CloudFormation registry schemas, committed with their
 * source in test/_fixtures/registry-handler-permissions.json, which the coverage test reads; what SageMaker calls with
 * the caller's rights (network interfaces, KMS grants: SageMaker developer guide); for types without
 * registry handlers (AWS::EC2::Subnet, SecurityGroup, Route, VPCGatewayAttachment, AWS::S3::BucketPolicy,
 * AWS::SageMaker::*) the API calls their CloudFormation reference pages describe; the Service Authorization Reference
 * for action names (e.g. HeadBucket is authorised as s3:ListBucket, PutBucketEncryption as s3:PutEncryptionConfiguration).
 */

/** Every role the templates create lives under this IAM path, so the deployer may create and pass only those. */
export const ROLE_PATH = '/smnb/';

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

const ROLES = `arn:aws:iam::*:role${ROLE_PATH}*`;

/**
 * The policy, statement by statement. `Resource: '*'` only where names are the user's own choice (stacks, networks)
 * or the actions support no resource-level scoping.
 */
export const DEPLOYER_STATEMENTS: readonly PolicyStatement[] = [
  {
    Sid: 'StacksAndChangeSets',
    Effect: 'Allow',
    Action: [
      'cloudformation:CreateChangeSet',
      'cloudformation:DescribeChangeSet',
      'cloudformation:ExecuteChangeSet',
      'cloudformation:DeleteChangeSet',
      'cloudformation:CreateStack',
      'cloudformation:UpdateStack',
      'cloudformation:DeleteStack',
      'cloudformation:DescribeStacks',
      'cloudformation:DescribeStackEvents',
      'cloudformation:DescribeStackResources',
      'cloudformation:GetTemplate',
      'cloudformation:GetTemplateSummary',
      'cloudformation:ValidateTemplate',
      'cloudformation:ListStacks',
      'cloudformation:TagResource',
      'cloudformation:UntagResource',
      'cloudformation:GetStackPolicy',
      'cloudformation:SetStackPolicy',
      'cloudformation:UpdateTerminationProtection',
    ],
    Resource: '*',
  },
  {
    Sid: 'NotebookNetwork',
    Effect: 'Allow',
    Action: [
      'ec2:CreateVpc',
      'ec2:DeleteVpc',
      'ec2:ModifyVpcAttribute',
      'ec2:ModifyVpcTenancy',
      'ec2:DescribeVpcAttribute',
      'ec2:CreateSubnet',
      'ec2:DeleteSubnet',
      'ec2:ModifySubnetAttribute',
      'ec2:CreateInternetGateway',
      'ec2:DeleteInternetGateway',
      'ec2:AttachInternetGateway',
      'ec2:DetachInternetGateway',
      'ec2:CreateRouteTable',
      'ec2:DeleteRouteTable',
      'ec2:CreateRoute',
      'ec2:ReplaceRoute',
      'ec2:DeleteRoute',
      'ec2:AssociateRouteTable',
      'ec2:DisassociateRouteTable',
      'ec2:ReplaceRouteTableAssociation',
      'ec2:CreateSecurityGroup',
      'ec2:DeleteSecurityGroup',
      'ec2:AuthorizeSecurityGroupIngress',
      'ec2:RevokeSecurityGroupIngress',
      'ec2:AuthorizeSecurityGroupEgress',
      'ec2:RevokeSecurityGroupEgress',
      'ec2:CreateTags',
      'ec2:DeleteTags',
      // SageMaker creates and deletes the notebook's network interface in the subnet with the caller's rights.
      'ec2:CreateNetworkInterface',
      'ec2:DeleteNetworkInterface',
    ],
    Resource: '*',
  },
  {
    Sid: 'ReadOnly',
    Effect: 'Allow',
    Action: [
      'ec2:DescribeVpcs',
      'ec2:DescribeSubnets',
      'ec2:DescribeInternetGateways',
      'ec2:DescribeRouteTables',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeSecurityGroupRules',
      'ec2:DescribeAvailabilityZones',
      'ec2:DescribeAccountAttributes',
      'ec2:DescribeNetworkAcls',
      'ec2:DescribeNetworkInterfaces',
      'sagemaker:ListNotebookInstances',
      'sagemaker:ListNotebookInstanceLifecycleConfigs',
      'logs:DescribeLogGroups',
      'servicequotas:ListServiceQuotas',
      'servicequotas:ListAWSDefaultServiceQuotas',
      'pricing:GetProducts',
    ],
    Resource: '*',
  },
  {
    Sid: 'NotebookRoles',
    Effect: 'Allow',
    Action: [
      'iam:CreateRole',
      'iam:DeleteRole',
      'iam:GetRole',
      'iam:UpdateRole',
      'iam:UpdateRoleDescription',
      'iam:UpdateAssumeRolePolicy',
      'iam:PutRolePolicy',
      'iam:GetRolePolicy',
      'iam:DeleteRolePolicy',
      'iam:ListRolePolicies',
      'iam:ListAttachedRolePolicies',
      'iam:TagRole',
      'iam:UntagRole',
      'iam:ListRoleTags',
    ],
    Resource: ROLES,
  },
  {
    Sid: 'PassNotebookRolesToSageMakerAndLambda',
    Effect: 'Allow',
    Action: ['iam:PassRole'],
    Resource: ROLES,
    Condition: { StringEquals: { 'iam:PassedToService': ['sagemaker.amazonaws.com', 'lambda.amazonaws.com'] } },
  },
  {
    Sid: 'Notebooks',
    Effect: 'Allow',
    Action: [
      'sagemaker:CreateNotebookInstance',
      'sagemaker:DescribeNotebookInstance',
      'sagemaker:UpdateNotebookInstance',
      'sagemaker:DeleteNotebookInstance',
      'sagemaker:StartNotebookInstance',
      'sagemaker:StopNotebookInstance',
      'sagemaker:CreatePresignedNotebookInstanceUrl',
      'sagemaker:CreateNotebookInstanceLifecycleConfig',
      'sagemaker:DescribeNotebookInstanceLifecycleConfig',
      'sagemaker:UpdateNotebookInstanceLifecycleConfig',
      'sagemaker:DeleteNotebookInstanceLifecycleConfig',
      'sagemaker:AddTags',
      'sagemaker:DeleteTags',
      'sagemaker:ListTags',
    ],
    Resource: [
      'arn:aws:sagemaker:*:*:notebook-instance/*',
      'arn:aws:sagemaker:*:*:notebook-instance-lifecycle-config/*',
    ],
  },
  {
    // No s3:DeleteBucket and no object deletion: the data bucket outlives its stack, and only its owner removes it.
    Sid: 'DataAndTemplateBuckets',
    Effect: 'Allow',
    Action: [
      's3:CreateBucket',
      's3:ListBucket',
      's3:GetBucketLocation',
      's3:PutBucketTagging',
      's3:GetBucketTagging',
      's3:PutEncryptionConfiguration',
      's3:GetEncryptionConfiguration',
      's3:PutBucketVersioning',
      's3:GetBucketVersioning',
      's3:PutLifecycleConfiguration',
      's3:GetLifecycleConfiguration',
      's3:PutBucketOwnershipControls',
      's3:GetBucketOwnershipControls',
      's3:PutBucketPublicAccessBlock',
      's3:GetBucketPublicAccessBlock',
      's3:PutBucketPolicy',
      's3:GetBucketPolicy',
      's3:DeleteBucketPolicy',
    ],
    Resource: 'arn:aws:s3:::*',
  },
  {
    // The nested layout's child templates: smnb uploads them, CloudFormation reads them with the caller's rights.
    Sid: 'ChildTemplates',
    Effect: 'Allow',
    Action: ['s3:PutObject', 's3:GetObject'],
    Resource: 'arn:aws:s3:::*-cfn-templates/*',
  },
  {
    Sid: 'PreflightFunction',
    Effect: 'Allow',
    Action: [
      'lambda:CreateFunction',
      'lambda:DeleteFunction',
      'lambda:GetFunction',
      'lambda:GetFunctionConfiguration',
      'lambda:UpdateFunctionCode',
      'lambda:UpdateFunctionConfiguration',
      'lambda:GetRuntimeManagementConfig',
      'lambda:InvokeFunction',
      'lambda:TagResource',
      'lambda:UntagResource',
      'lambda:ListTags',
      'lambda:GetFunctionCodeSigningConfig',
      'lambda:GetCodeSigningConfig',
      'lambda:GetPolicy',
      'lambda:GetResourcePolicy',
    ],
    Resource: 'arn:aws:lambda:*:*:function:*',
  },
  {
    Sid: 'PreflightLogs',
    Effect: 'Allow',
    Action: [
      'logs:CreateLogGroup',
      'logs:DeleteLogGroup',
      'logs:PutRetentionPolicy',
      'logs:DeleteRetentionPolicy',
      'logs:TagResource',
      'logs:UntagResource',
      'logs:ListTagsForResource',
      'logs:TagLogGroup',
      'logs:UntagLogGroup',
      'logs:ListTagsLogGroup',
      'logs:GetDataProtectionPolicy',
      'logs:PutDataProtectionPolicy',
      'logs:DeleteDataProtectionPolicy',
    ],
    Resource: 'arn:aws:logs:*:*:log-group:*',
  },
  {
    // Only with KmsKeyArn: SageMaker checks the key and creates a grant on it with the caller's rights.
    Sid: 'NotebookVolumeKey',
    Effect: 'Allow',
    Action: ['kms:DescribeKey', 'kms:CreateGrant'],
    Resource: 'arn:aws:kms:*:*:key/*',
  },
  {
    // Only for `smnb doctor`: read the caller's own role path and ask IAM what the caller may do.
    Sid: 'CheckOwnPermissions',
    Effect: 'Allow',
    Action: ['iam:GetRole', 'iam:SimulatePrincipalPolicy'],
    Resource: ['arn:aws:iam::*:role/*', 'arn:aws:iam::*:user/*'],
  },
  {
    // smnb deploy, status, backup, restore and delete: read a notebook's backup manifest and files (old versions too,
    // to get back a file deleted on the volume) and leave a backup request, only under smnb-backup/: the learner's
    // own data in the bucket stays out of smnb's reach.
    Sid: 'NotebookBackups',
    Effect: 'Allow',
    Action: ['s3:GetObject', 's3:GetObjectVersion', 's3:PutObject'],
    Resource: 'arn:aws:s3:::*/smnb-backup/*',
  },
  {
    // Finding a kept bucket by its smnb:notebook tag lists bucket names; s3:ListAllMyBuckets takes no resource
    // (Service Authorization Reference, Amazon S3), so it cannot share the statement above. Listing a bucket's
    // versions shows no more than s3:ListBucket, which DataAndTemplateBuckets already allows on every bucket.
    Sid: 'ListDataBuckets',
    Effect: 'Allow',
    Action: ['s3:ListAllMyBuckets', 's3:ListBucketVersions'],
    Resource: '*',
  },
];

/** The policy document as IAM takes it. */
export function deployerPolicy(): { Version: '2012-10-17'; Statement: readonly PolicyStatement[] } {
  return { Version: '2012-10-17', Statement: DEPLOYER_STATEMENTS };
}
