/**
 * The IAM action behind each AWS SDK command the CLI sends (null: the call needs no permission). The policy test reads the
 * sources for every `new …Command(` and `paginate…(` and fails when one is missing here or not allowed by the policy;
 * the stand-in authorises each call it answers with it.
 */
export const CLI_COMMAND_ACTIONS: Readonly<Record<string, string | null>> = {
  CreateChangeSetCommand: 'cloudformation:CreateChangeSet',
  DescribeChangeSetCommand: 'cloudformation:DescribeChangeSet',
  ExecuteChangeSetCommand: 'cloudformation:ExecuteChangeSet',
  DeleteChangeSetCommand: 'cloudformation:DeleteChangeSet',
  DeleteStackCommand: 'cloudformation:DeleteStack',
  DescribeStacksCommand: 'cloudformation:DescribeStacks',
  DescribeStackEventsCommand: 'cloudformation:DescribeStackEvents',
  GetTemplateCommand: 'cloudformation:GetTemplate',
  DescribeNotebookInstanceCommand: 'sagemaker:DescribeNotebookInstance',
  ListNotebookInstancesCommand: 'sagemaker:ListNotebookInstances',
  StartNotebookInstanceCommand: 'sagemaker:StartNotebookInstance',
  StopNotebookInstanceCommand: 'sagemaker:StopNotebookInstance',
  UpdateNotebookInstanceCommand: 'sagemaker:UpdateNotebookInstance',
  CreatePresignedNotebookInstanceUrlCommand: 'sagemaker:CreatePresignedNotebookInstanceUrl',
  CreateBucketCommand: 's3:CreateBucket',
  HeadBucketCommand: 's3:ListBucket',
  HeadObjectCommand: 's3:GetObject',
  PutObjectCommand: 's3:PutObject',
  PutBucketEncryptionCommand: 's3:PutEncryptionConfiguration',
  PutBucketPolicyCommand: 's3:PutBucketPolicy',
  PutPublicAccessBlockCommand: 's3:PutBucketPublicAccessBlock',
  ListServiceQuotasCommand: 'servicequotas:ListServiceQuotas',
  ListAWSDefaultServiceQuotasCommand: 'servicequotas:ListAWSDefaultServiceQuotas',
  GetProductsCommand: 'pricing:GetProducts',
  GetRoleCommand: 'iam:GetRole',
  SimulatePrincipalPolicyCommand: 'iam:SimulatePrincipalPolicy',
  GetCallerIdentityCommand: null,
  ListBucketsCommand: 's3:ListAllMyBuckets',
  GetBucketTaggingCommand: 's3:GetBucketTagging',
  GetObjectCommand: 's3:GetObject',
  ListObjectsV2Command: 's3:ListBucket',
};
