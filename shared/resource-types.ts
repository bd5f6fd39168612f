/**
 * What the project knows about each resource type its templates use, in one row per type: what CloudFormation calls
 * with the deployer's rights to create, update and delete it, which step of the plan it belongs to, and how long it
 * typically takes to create. A test fails for any type in a template without a row.
 *
 * Sources, read 2026-11:
 * - actions: the `handlers` permissions of the CloudFormation registry schemas (recorded with their source in
 *   test/_fixtures/registry-handler-permissions.json, which the policy test also checks), else the API calls the
 *   type's CloudFormation reference page describes; the Service Authorization Reference for action names.
 * - typicalSeconds: rain's deployment forecast (aws-cloudformation/rain, forecast estimates: SageMaker notebook
 *   ~234 s) and shared/REFERENCE.md (notebook create 4-7 min; VPC, subnet, gateway, route, security group and role
 *   each well under a minute). A nested stack's row counts only its own bookkeeping; its children count apart.
 */

/** The steps the guide explains, in the order CloudFormation reaches them. */
export const GROUPS = [
  'preflight',
  'network',
  'routing',
  'securityGroup',
  'role',
  'notebook',
  'stacks',
  'other',
] as const;
export type ResourceGroup = (typeof GROUPS)[number];

export interface ResourceTypeFacts {
  /** IAM actions CloudFormation needs from the deployer to create, update and delete it. */
  readonly actions: readonly string[];
  /** The service its creation passes a role to (iam:PassRole with iam:PassedToService). */
  readonly passesRoleTo?: string;
  readonly group: ResourceGroup;
  readonly typicalSeconds: number;
}

export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeFacts>> = {
  'AWS::CloudFormation::Stack': {
    actions: [
      'cloudformation:CreateStack',
      'cloudformation:UpdateStack',
      'cloudformation:DeleteStack',
      'cloudformation:DescribeStacks',
      's3:GetObject',
    ],
    group: 'stacks',
    typicalSeconds: 10,
  },
  'AWS::EC2::VPC': {
    actions: [
      'ec2:CreateVpc',
      'ec2:DescribeVpcs',
      'ec2:ModifyVpcAttribute',
      'ec2:DescribeVpcAttribute',
      'ec2:CreateTags',
      'ec2:DeleteTags',
      'ec2:DeleteVpc',
    ],
    group: 'network',
    typicalSeconds: 20,
  },
  'AWS::EC2::InternetGateway': {
    actions: [
      'ec2:CreateInternetGateway',
      'ec2:CreateTags',
      'ec2:DeleteTags',
      'ec2:DescribeInternetGateways',
      'ec2:DeleteInternetGateway',
    ],
    group: 'network',
    typicalSeconds: 15,
  },
  'AWS::EC2::VPCGatewayAttachment': {
    actions: ['ec2:AttachInternetGateway', 'ec2:DetachInternetGateway', 'ec2:DescribeInternetGateways'],
    group: 'network',
    typicalSeconds: 20,
  },
  'AWS::EC2::Subnet': {
    actions: [
      'ec2:CreateSubnet',
      'ec2:DescribeSubnets',
      'ec2:ModifySubnetAttribute',
      'ec2:CreateTags',
      'ec2:DeleteTags',
      'ec2:DeleteSubnet',
    ],
    group: 'routing',
    typicalSeconds: 10,
  },
  'AWS::EC2::RouteTable': {
    actions: ['ec2:CreateRouteTable', 'ec2:CreateTags', 'ec2:DescribeRouteTables', 'ec2:DeleteRouteTable'],
    group: 'routing',
    typicalSeconds: 10,
  },
  'AWS::EC2::Route': {
    actions: ['ec2:CreateRoute', 'ec2:ReplaceRoute', 'ec2:DescribeRouteTables', 'ec2:DeleteRoute'],
    group: 'routing',
    typicalSeconds: 10,
  },
  'AWS::EC2::SubnetRouteTableAssociation': {
    actions: [
      'ec2:AssociateRouteTable',
      'ec2:ReplaceRouteTableAssociation',
      'ec2:DescribeSubnets',
      'ec2:DescribeRouteTables',
      'ec2:DisassociateRouteTable',
    ],
    group: 'routing',
    typicalSeconds: 5,
  },
  'AWS::EC2::SecurityGroup': {
    actions: [
      'ec2:CreateSecurityGroup',
      'ec2:DescribeSecurityGroups',
      'ec2:DescribeSecurityGroupRules',
      'ec2:AuthorizeSecurityGroupIngress',
      'ec2:AuthorizeSecurityGroupEgress',
      'ec2:RevokeSecurityGroupIngress',
      'ec2:RevokeSecurityGroupEgress',
      'ec2:CreateTags',
      'ec2:DeleteTags',
      'ec2:DeleteSecurityGroup',
    ],
    group: 'securityGroup',
    typicalSeconds: 10,
  },
  'AWS::IAM::Role': {
    actions: [
      'iam:CreateRole',
      'iam:GetRole',
      'iam:PutRolePolicy',
      'iam:GetRolePolicy',
      'iam:UpdateRole',
      'iam:UpdateRoleDescription',
      'iam:UpdateAssumeRolePolicy',
      'iam:DeleteRolePolicy',
      'iam:TagRole',
      'iam:UntagRole',
      'iam:ListRolePolicies',
      'iam:ListAttachedRolePolicies',
      'iam:DeleteRole',
    ],
    group: 'role',
    typicalSeconds: 15,
  },
  'AWS::IAM::Policy': {
    actions: ['iam:PutRolePolicy', 'iam:GetRolePolicy', 'iam:DeleteRolePolicy'],
    group: 'role',
    typicalSeconds: 15,
  },
  'AWS::Lambda::Function': {
    actions: [
      'lambda:CreateFunction',
      'lambda:GetFunction',
      'lambda:GetFunctionConfiguration',
      'lambda:UpdateFunctionCode',
      'lambda:UpdateFunctionConfiguration',
      'lambda:GetRuntimeManagementConfig',
      'lambda:TagResource',
      'lambda:UntagResource',
      'lambda:ListTags',
      'lambda:DeleteFunction',
    ],
    passesRoleTo: 'lambda.amazonaws.com',
    group: 'preflight',
    typicalSeconds: 15,
  },
  // A Lambda-backed custom resource: CloudFormation invokes the function with the caller's rights.
  'Custom::NotebookPreflight': {
    actions: ['lambda:InvokeFunction'],
    group: 'preflight',
    typicalSeconds: 10,
  },
  'AWS::Logs::LogGroup': {
    actions: [
      'logs:CreateLogGroup',
      'logs:DescribeLogGroups',
      'logs:PutRetentionPolicy',
      'logs:DeleteRetentionPolicy',
      'logs:TagResource',
      'logs:UntagResource',
      'logs:ListTagsForResource',
      'logs:DeleteLogGroup',
    ],
    group: 'preflight',
    typicalSeconds: 5,
  },
  'AWS::S3::Bucket': {
    actions: [
      's3:CreateBucket',
      's3:PutBucketTagging',
      's3:PutEncryptionConfiguration',
      's3:PutBucketVersioning',
      's3:PutLifecycleConfiguration',
      's3:PutBucketOwnershipControls',
      's3:PutBucketPublicAccessBlock',
      's3:GetBucketLocation',
      's3:ListBucket',
    ],
    group: 'role',
    typicalSeconds: 20,
  },
  'AWS::S3::BucketPolicy': {
    actions: ['s3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:DeleteBucketPolicy'],
    group: 'role',
    typicalSeconds: 5,
  },
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': {
    actions: [
      'sagemaker:CreateNotebookInstanceLifecycleConfig',
      'sagemaker:DescribeNotebookInstanceLifecycleConfig',
      'sagemaker:UpdateNotebookInstanceLifecycleConfig',
      'sagemaker:DeleteNotebookInstanceLifecycleConfig',
      'sagemaker:AddTags',
    ],
    group: 'notebook',
    typicalSeconds: 5,
  },
  'AWS::SageMaker::NotebookInstance': {
    actions: [
      'sagemaker:CreateNotebookInstance',
      'sagemaker:DescribeNotebookInstance',
      'sagemaker:UpdateNotebookInstance',
      'sagemaker:StopNotebookInstance',
      'sagemaker:StartNotebookInstance',
      'sagemaker:DeleteNotebookInstance',
      'sagemaker:AddTags',
      'sagemaker:DeleteTags',
      'sagemaker:ListTags',
    ],
    passesRoleTo: 'sagemaker.amazonaws.com',
    group: 'notebook',
    typicalSeconds: 300,
  },
};

/**
 * A type's facts; for a type of a stack smnb did not make (watch works on any stack), a neutral guess, so that the
 * progress display still works: the test for our own templates never lets that guess stand for one of ours.
 */
export function resourceType(type: string): ResourceTypeFacts {
  return RESOURCE_TYPES[type] ?? { actions: [], group: 'other', typicalSeconds: 10 };
}
