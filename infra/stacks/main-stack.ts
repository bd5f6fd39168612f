import { Aws, CfnCondition, CfnStack, Fn, Validations } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { named } from '../constructs/logical-id.js';
import { declareParameters, NOTEBOOK_PARAMETERS } from '../constructs/notebook-parameters.js';
import { addNotebookOutputs } from './notebook-outputs.js';
import { SIMPLE_PARAMETERS } from './simple-stack.js';
import { TemplateStack } from './template-stack.js';
import { TAG_MANAGED } from '../../shared/notebook-rules.js';

/** Child template files, as uploaded under the template prefix. */
export const CHILD_TEMPLATES = {
  VpcStack: 'vpc-stack.yaml',
  IamRoleStack: 'iam-role-stack.yaml',
  SecurityGroupStack: 'security-group-stack.yaml',
  PreflightStack: 'custom-resource-stack.yaml',
  NotebookStack: 'sagemaker-notebook-stack.yaml',
} as const;

/**
 * main-stack.yaml: the same environment as simple-stack.yaml, assembled from the five child templates in S3.
 *
 * The preflight and the IAM role start at once; the network waits for the preflight because the subnet needs the
 * zone it chooses (and a doomed deployment then fails before anything slow is built); the security group follows
 * the VPC; the notebook comes last.
 */
export class MainStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: 'main-stack.yaml',
      description:
        'SageMaker notebook environment (smnb), nested layout: network, role, security group, preflight, notebook',
    });
    const p = declareParameters(this, [...SIMPLE_PARAMETERS, 'TemplateBucketName', 'TemplatePrefix']);
    const useDefaultBucket = named(
      new CfnCondition(this, 'UseDefaultTemplateBucket', {
        expression: Fn.conditionEquals(p.TemplateBucketName.valueAsString, ''),
      }),
      'UseDefaultTemplateBucket',
    );
    const bucket = Fn.conditionIf(
      useDefaultBucket.logicalId,
      Fn.sub('${AWS::AccountId}-cfn-templates'),
      p.TemplateBucketName.valueAsString,
    ).toString();
    Validations.of(this).acknowledge({
      id: 'CloudFormation-Validate::W1030',
      reason:
        'An empty TemplateBucketName never reaches TemplateURL: the UseDefaultTemplateBucket condition swaps in ACCOUNT-cfn-templates.',
    });
    const environmentName = Aws.STACK_NAME;
    const child = (logicalId: keyof typeof CHILD_TEMPLATES, parameters: Record<string, string>) =>
      named(
        new CfnStack(this, logicalId, {
          templateUrl: Fn.sub(
            'https://${Bucket}.s3.${AWS::Region}.amazonaws.com/${Prefix}' + CHILD_TEMPLATES[logicalId],
            {
              Bucket: bucket,
              Prefix: p.TemplatePrefix.valueAsString,
            },
          ),
          parameters: { ...parameters, EnvironmentName: environmentName },
          // The deployer may create a stack only with this tag (aws:RequestTag): named here, not left to the
          // propagation of the parent's tags.
          tags: [{ key: TAG_MANAGED, value: 'true' }],
        }),
        logicalId,
      );
    const out = (stack: CfnStack, name: string) => Fn.getAtt(stack.logicalId, `Outputs.${name}`).toString();

    const preflight = child('PreflightStack', {
      NotebookInstanceName: p.NotebookInstanceName.valueAsString,
      InstanceType: p.InstanceType.valueAsString,
      AvailabilityZone: p.AvailabilityZone.valueAsString,
      PermissionsBoundaryPolicyName: p.PermissionsBoundaryPolicyName.valueAsString,
    });
    const role = child('IamRoleStack', {
      NotebookInstanceName: p.NotebookInstanceName.valueAsString,
      ExistingDataBucketName: p.ExistingDataBucketName.valueAsString,
      PermissionsBoundaryPolicyName: p.PermissionsBoundaryPolicyName.valueAsString,
    });
    const vpc = child('VpcStack', {
      VpcCidr: p.VpcCidr.valueAsString,
      PublicSubnetCidr: p.PublicSubnetCidr.valueAsString,
      AvailabilityZone: out(preflight, 'AvailabilityZone'),
    });
    const securityGroup = child('SecurityGroupStack', {
      VpcId: out(vpc, 'VpcId'),
      VpcCidr: p.VpcCidr.valueAsString,
    });
    const notebook = child('NotebookStack', {
      ...Object.fromEntries(NOTEBOOK_PARAMETERS.map((name) => [name, p[name].valueAsString])),
      SubnetId: out(vpc, 'SubnetId'),
      SecurityGroupId: out(securityGroup, 'SecurityGroupId'),
      ExecutionRoleArn: out(role, 'ExecutionRoleArn'),
      DataBucketName: out(role, 'DataBucketName'),
    });

    addNotebookOutputs(this, {
      notebookName: out(notebook, 'NotebookInstanceName'),
      instanceType: p.InstanceType.valueAsString,
      idleTimeoutMinutes: p.IdleTimeoutMinutes.valueAsString,
      vpcId: out(vpc, 'VpcId'),
      subnetId: out(vpc, 'SubnetId'),
      securityGroupId: out(securityGroup, 'SecurityGroupId'),
      executionRoleArn: out(role, 'ExecutionRoleArn'),
      dataBucketName: out(role, 'DataBucketName'),
    });
  }
}
