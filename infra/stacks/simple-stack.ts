import { Aws, Tags } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { TAG_ENVIRONMENT } from '../../shared/notebook-rules.js';
import { DataBucket } from '../constructs/data-bucket.js';
import { NotebookExecutionRole } from '../constructs/notebook-execution-role.js';
import { NotebookInstance } from '../constructs/notebook-instance.js';
import { chosenAvailabilityZone, NotebookNetwork } from '../constructs/notebook-network.js';
import { declareParameters, NOTEBOOK_PARAMETERS, notebookSettings } from '../constructs/notebook-parameters.js';
import { NotebookSecurityGroup } from '../constructs/notebook-security-group.js';
import { permissionsBoundaryArn } from '../constructs/permissions-boundary.js';
import { addNotebookOutputs } from './notebook-outputs.js';
import { TemplateStack } from './template-stack.js';

/** Parameters of the single-file template, in the order the console shows them. */
export const SIMPLE_PARAMETERS = [
  ...NOTEBOOK_PARAMETERS,
  'VpcCidr',
  'PublicSubnetCidr',
  'AvailabilityZone',
  'PermissionsBoundaryPolicyName',
  'ExistingDataBucketName',
] as const;

/** simple-stack.yaml: the whole notebook environment in one template. */
export class SimpleStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: 'simple-stack.yaml',
      description:
        'SageMaker notebook environment (smnb): VPC, public subnet, security group, IAM role, data bucket and an ml notebook with idle auto-stop',
    });
    const p = declareParameters(this, SIMPLE_PARAMETERS);
    const environmentName = Aws.STACK_NAME;
    Tags.of(this).add(TAG_ENVIRONMENT, environmentName);

    const network = new NotebookNetwork(this, 'Network', {
      vpcCidr: p.VpcCidr.valueAsString,
      subnetCidr: p.PublicSubnetCidr.valueAsString,
      availabilityZone: chosenAvailabilityZone(this, p.AvailabilityZone.valueAsString),
      namePrefix: environmentName,
    });
    const securityGroup = new NotebookSecurityGroup(this, 'SecurityGroup', {
      vpcId: network.vpc.ref,
      vpcCidr: p.VpcCidr.valueAsString,
      namePrefix: environmentName,
    });
    const data = new DataBucket(this, 'Data', {
      notebookName: p.NotebookInstanceName.valueAsString,
      existingBucketName: p.ExistingDataBucketName.valueAsString,
    });
    const role = new NotebookExecutionRole(this, 'ExecutionRole', {
      dataBucketArn: data.bucketArn,
      environmentName,
      permissionsBoundary: permissionsBoundaryArn(this, p.PermissionsBoundaryPolicyName.valueAsString),
    });
    const notebook = new NotebookInstance(this, 'Notebook', {
      settings: notebookSettings(p),
      roleArn: role.role.attrArn,
      subnetId: network.subnet.ref,
      securityGroupId: securityGroup.group.attrGroupId,
      dataBucketName: data.bucketName,
      environmentName,
    });

    addNotebookOutputs(this, {
      notebookName: notebook.instance.attrNotebookInstanceName,
      instanceType: p.InstanceType.valueAsString,
      idleTimeoutMinutes: p.IdleTimeoutMinutes.valueAsString,
      vpcId: network.vpc.ref,
      subnetId: network.subnet.ref,
      securityGroupId: securityGroup.group.attrGroupId,
      executionRoleArn: role.role.attrArn,
      dataBucketName: data.bucketName,
    });
  }
}
