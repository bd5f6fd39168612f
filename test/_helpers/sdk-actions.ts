/**
 * The IAM action behind each AWS SDK command the CLI sends (null: the call needs no permission). The policy test reads the
 * sources for every `new …Command(` and `paginate…(` and fails when one is missing here or not allowed by the policy;
 * the stand-in authorises each call it answers with it.
 *
 * Source: the Service Authorization Reference, "Actions, resources, and condition keys for" AWS CloudFormation,
 * Amazon SageMaker AI, Amazon S3, Service Quotas, AWS Price List, AWS IAM and AWS STS
 * (https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html),
 * read 2026-12-01: each action there is named after its API operation, except where an entry says otherwise below.
 */
export const CLI_COMMAND_ACTIONS: Readonly<Record<string, string | null>> = {
  CreateChangeSetCommand: 'cloudformation:CreateChangeSet',
  DescribeChangeSetCommand: 'cloudformation:DescribeChangeSet',
  ExecuteChangeSetCommand: 'cloudformation:ExecuteChangeSet',
  DeleteChangeSetCommand: 'cloudformation:DeleteChangeSet',
  DeleteStackCommand: 'cloudformation:DeleteStack',
  DescribeStacksCommand: 'cloudformation:DescribeStacks',
  DescribeStackEventsCommand: 'cloudformation:DescribeStackEvents',
  DescribeStackResourcesCommand: 'cloudformation:DescribeStackResources',
  GetTemplateCommand: 'cloudformation:GetTemplate',
  DescribeNotebookInstanceCommand: 'sagemaker:DescribeNotebookInstance',
  ListNotebookInstancesCommand: 'sagemaker:ListNotebookInstances',
  StartNotebookInstanceCommand: 'sagemaker:StartNotebookInstance',
  StopNotebookInstanceCommand: 'sagemaker:StopNotebookInstance',
  UpdateNotebookInstanceCommand: 'sagemaker:UpdateNotebookInstance',
  CreatePresignedNotebookInstanceUrlCommand: 'sagemaker:CreatePresignedNotebookInstanceUrl',
  CreateBucketCommand: 's3:CreateBucket',
  // S3 API Reference, HeadBucket: "you must have permissions to perform the s3:ListBucket action" (read 2026-12-01).
  HeadBucketCommand: 's3:ListBucket',
  // S3 API Reference, HeadObject: "you must have the s3:GetObject permission" (read 2026-12-01).
  HeadObjectCommand: 's3:GetObject',
  PutObjectCommand: 's3:PutObject',
  // S3 API Reference, PutBucketEncryption: needs s3:PutEncryptionConfiguration (read 2026-12-01).
  PutBucketEncryptionCommand: 's3:PutEncryptionConfiguration',
  PutBucketPolicyCommand: 's3:PutBucketPolicy',
  // S3 API Reference, PutPublicAccessBlock: needs s3:PutBucketPublicAccessBlock (read 2026-12-01).
  PutPublicAccessBlockCommand: 's3:PutBucketPublicAccessBlock',
  ListServiceQuotasCommand: 'servicequotas:ListServiceQuotas',
  ListAWSDefaultServiceQuotasCommand: 'servicequotas:ListAWSDefaultServiceQuotas',
  GetProductsCommand: 'pricing:GetProducts',
  GetRoleCommand: 'iam:GetRole',
  GetPolicyCommand: 'iam:GetPolicy',
  GetPolicyVersionCommand: 'iam:GetPolicyVersion',
  SimulatePrincipalPolicyCommand: 'iam:SimulatePrincipalPolicy',
  // STS API Reference, GetCallerIdentity: "No permissions are required to perform this operation" (read 2026-12-01).
  GetCallerIdentityCommand: null,
  ListObjectsV2Command: 's3:ListBucket',
  DescribeRegionsCommand: 'ec2:DescribeRegions',
  DescribeBudgetCommand: 'budgets:ViewBudget',
  DescribeNotificationsForBudgetCommand: 'budgets:ViewBudget',
  DescribeSubscribersForNotificationCommand: 'budgets:ViewBudget',
  CreateBudgetCommand: 'budgets:ModifyBudget',
  UpdateBudgetCommand: 'budgets:ModifyBudget',
  CreateNotificationCommand: 'budgets:ModifyBudget',
  DeleteNotificationCommand: 'budgets:ModifyBudget',
  DeleteBudgetCommand: 'budgets:ModifyBudget',
  ListBucketsCommand: 's3:ListAllMyBuckets',
  GetBucketTaggingCommand: 's3:GetBucketTagging',
  GetObjectCommand: 's3:GetObject',
  // smnb class (the teacher's calls, allowed by CLASS_TEACHER_STATEMENTS, not by the learner's deployer policy):
  // CloudFormation's StackSets actions are named after their API operations; STS AssumeRole is sts:AssumeRole
  // (Service Authorization Reference, AWS CloudFormation and AWS STS, read 2026-12-07).
  CreateStackSetCommand: 'cloudformation:CreateStackSet',
  UpdateStackSetCommand: 'cloudformation:UpdateStackSet',
  DescribeStackSetCommand: 'cloudformation:DescribeStackSet',
  CreateStackInstancesCommand: 'cloudformation:CreateStackInstances',
  DeleteStackInstancesCommand: 'cloudformation:DeleteStackInstances',
  DescribeStackSetOperationCommand: 'cloudformation:DescribeStackSetOperation',
  ListStackSetOperationResultsCommand: 'cloudformation:ListStackSetOperationResults',
  ListStackInstancesCommand: 'cloudformation:ListStackInstances',
  AssumeRoleCommand: 'sts:AssumeRole',
};
