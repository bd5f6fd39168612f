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

const BY_TYPE: Readonly<Record<string, ResourceGroup>> = {
  'AWS::EC2::VPC': 'network',
  'AWS::EC2::InternetGateway': 'network',
  'AWS::EC2::VPCGatewayAttachment': 'network',
  'AWS::EC2::Subnet': 'routing',
  'AWS::EC2::RouteTable': 'routing',
  'AWS::EC2::Route': 'routing',
  'AWS::EC2::SubnetRouteTableAssociation': 'routing',
  'AWS::EC2::SecurityGroup': 'securityGroup',
  'AWS::IAM::Role': 'role',
  'AWS::IAM::Policy': 'role',
  'AWS::S3::Bucket': 'role',
  'AWS::S3::BucketPolicy': 'role',
  'AWS::SageMaker::NotebookInstance': 'notebook',
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': 'notebook',
  'AWS::Lambda::Function': 'preflight',
  'AWS::Logs::LogGroup': 'preflight',
  'Custom::NotebookPreflight': 'preflight',
  'AWS::CloudFormation::Stack': 'stacks',
};

/** Which step a resource belongs to; the preflight's own role counts as preflight. */
export function groupOf(id: string, type: string): ResourceGroup {
  if (id.startsWith('Preflight')) return 'preflight';
  return BY_TYPE[type] ?? 'other';
}
