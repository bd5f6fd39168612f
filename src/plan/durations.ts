/**
 * Typical creation times in seconds, per resource type.
 * Sources: rain's deployment forecast (aws-cloudformation/rain, forecast estimates: SageMaker notebook ~234 s) and
 * the project's reference notes (notebook create 4-7 min; VPC, subnet, gateway, route, security group and IAM role
 * each well under a minute), read 2026-11. Unknown types count 10 s.
 */
export const TYPICAL_SECONDS: Readonly<Record<string, number>> = {
  'AWS::EC2::VPC': 20,
  'AWS::EC2::InternetGateway': 15,
  'AWS::EC2::VPCGatewayAttachment': 20,
  'AWS::EC2::Subnet': 10,
  'AWS::EC2::RouteTable': 10,
  'AWS::EC2::Route': 10,
  'AWS::EC2::SubnetRouteTableAssociation': 5,
  'AWS::EC2::SecurityGroup': 10,
  'AWS::IAM::Role': 15,
  'AWS::IAM::Policy': 15,
  'AWS::S3::Bucket': 20,
  'AWS::S3::BucketPolicy': 5,
  'AWS::Logs::LogGroup': 5,
  'AWS::Lambda::Function': 15,
  'Custom::NotebookPreflight': 10,
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': 5,
  'AWS::SageMaker::NotebookInstance': 300,
};
const DEFAULT_SECONDS = 10;
/** Extra time CloudFormation spends starting and finishing a nested stack. */
export const NESTED_STACK_OVERHEAD_SECONDS = 20;

export function typicalSeconds(type: string): number {
  return TYPICAL_SECONDS[type] ?? DEFAULT_SECONDS;
}
