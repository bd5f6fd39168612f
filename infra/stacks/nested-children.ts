import { CfnOutput, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { named } from '../constructs/logical-id.js';
import { TAG_ENVIRONMENT } from '../../shared/notebook-rules.js';
import { DataBucket } from '../constructs/data-bucket.js';
import { NotebookExecutionRole } from '../constructs/notebook-execution-role.js';
import { NotebookInstance } from '../constructs/notebook-instance.js';
import { chosenAvailabilityZone, NotebookNetwork } from '../constructs/notebook-network.js';
import {
  declareInput,
  declareParameters,
  NOTEBOOK_PARAMETERS,
  notebookSettings,
} from '../constructs/notebook-parameters.js';
import { NotebookPreflight } from '../constructs/notebook-preflight.js';
import { NotebookSecurityGroup } from '../constructs/notebook-security-group.js';
import { permissionsBoundaryArn } from '../constructs/permissions-boundary.js';
import { TemplateStack } from './template-stack.js';

/** Every child takes the root stack's name, so all resources carry the same environment tag. */
function environmentInput(stack: TemplateStack): string {
  const name = declareInput(
    stack,
    'EnvironmentName',
    'Name of the root stack; used for tags and Name prefixes.',
  ).valueAsString;
  Tags.of(stack).add(TAG_ENVIRONMENT, name);
  return name;
}

const output = (stack: TemplateStack, id: string, value: string, description: string) =>
  named(new CfnOutput(stack, `Output${id}`, { value, description }), id);

/** templates/vpc-stack.yaml: VPC, internet gateway, public subnet and routing. */
export class VpcStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, { committedPath: 'templates/vpc-stack.yaml', description: 'SageMaker notebook (smnb): network' });
    const p = declareParameters(this, ['VpcCidr', 'PublicSubnetCidr', 'AvailabilityZone']);
    const environmentName = environmentInput(this);
    const network = new NotebookNetwork(this, 'Network', {
      vpcCidr: p.VpcCidr.valueAsString,
      subnetCidr: p.PublicSubnetCidr.valueAsString,
      availabilityZone: chosenAvailabilityZone(this, p.AvailabilityZone.valueAsString),
      namePrefix: environmentName,
    });
    output(this, 'VpcId', network.vpc.ref, 'VPC of the notebook');
    output(this, 'SubnetId', network.subnet.ref, 'Public subnet of the notebook');
  }
}

/** templates/iam-role-stack.yaml: the notebook's execution role and the data bucket it works with. */
export class IamRoleStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: 'templates/iam-role-stack.yaml',
      description: 'SageMaker notebook (smnb): execution role and data bucket (new, or one kept from before)',
    });
    const p = declareParameters(this, [
      'NotebookInstanceName',
      'ExistingDataBucketName',
      'PermissionsBoundaryPolicyName',
    ]);
    const environmentName = environmentInput(this);
    const data = new DataBucket(this, 'Data', {
      notebookName: p.NotebookInstanceName.valueAsString,
      existingBucketName: p.ExistingDataBucketName.valueAsString,
    });
    const role = new NotebookExecutionRole(this, 'ExecutionRole', {
      dataBucketArn: data.bucketArn,
      environmentName,
      permissionsBoundary: permissionsBoundaryArn(this, p.PermissionsBoundaryPolicyName.valueAsString),
    });
    output(this, 'ExecutionRoleArn', role.role.attrArn, 'IAM role the notebook runs as');
    output(this, 'DataBucketName', data.bucketName, 'Your data bucket (kept when the stack is deleted)');
  }
}

/** templates/security-group-stack.yaml: the notebook's security group. */
export class SecurityGroupStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: 'templates/security-group-stack.yaml',
      description: 'SageMaker notebook (smnb): security group',
    });
    const p = declareParameters(this, ['VpcCidr']);
    const vpcId = declareInput(this, 'VpcId', 'VPC of the notebook.').valueAsString;
    const environmentName = environmentInput(this);
    const group = new NotebookSecurityGroup(this, 'SecurityGroup', {
      vpcId,
      vpcCidr: p.VpcCidr.valueAsString,
      namePrefix: environmentName,
    });
    output(this, 'SecurityGroupId', group.group.attrGroupId, 'Security group of the notebook');
  }
}

/** templates/custom-resource-stack.yaml: the Lambda-backed preflight. */
export class CustomResourceStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: 'templates/custom-resource-stack.yaml',
      description: 'SageMaker notebook (smnb): preflight (Availability Zone choice and notebook quota check)',
    });
    const p = declareParameters(this, [
      'NotebookInstanceName',
      'InstanceType',
      'AvailabilityZone',
      'PermissionsBoundaryPolicyName',
    ]);
    environmentInput(this);
    const preflight = new NotebookPreflight(this, 'Preflight', {
      instanceType: p.InstanceType.valueAsString,
      requestedZone: p.AvailabilityZone.valueAsString,
      notebookName: p.NotebookInstanceName.valueAsString,
      permissionsBoundary: permissionsBoundaryArn(this, p.PermissionsBoundaryPolicyName.valueAsString),
    });
    output(this, 'AvailabilityZone', preflight.availabilityZone, 'Availability Zone chosen for the notebook');
  }
}

/** templates/sagemaker-notebook-stack.yaml: the notebook instance with idle auto-stop. */
export class SagemakerNotebookStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: 'templates/sagemaker-notebook-stack.yaml',
      description: 'SageMaker notebook (smnb): notebook instance with idle auto-stop',
    });
    const p = declareParameters(this, NOTEBOOK_PARAMETERS);
    const subnetId = declareInput(this, 'SubnetId', 'Subnet of the notebook.').valueAsString;
    const securityGroupId = declareInput(this, 'SecurityGroupId', 'Security group of the notebook.').valueAsString;
    const roleArn = declareInput(this, 'ExecutionRoleArn', 'IAM role the notebook runs as.').valueAsString;
    const dataBucketName = declareInput(this, 'DataBucketName', 'Data bucket the notebook backs up to.').valueAsString;
    const environmentName = environmentInput(this);
    const notebook = new NotebookInstance(this, 'Notebook', {
      settings: notebookSettings(p),
      roleArn,
      subnetId,
      securityGroupId,
      dataBucketName,
      environmentName,
    });
    output(this, 'NotebookInstanceName', notebook.instance.attrNotebookInstanceName, 'Name of the notebook instance');
  }
}
