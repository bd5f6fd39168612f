import { CfnOutput, Fn, type Stack } from 'aws-cdk-lib';
import { named } from '../constructs/logical-id.js';
import { REFERENCE_PRICE } from '../../shared/reference-price.js';
import { notebookUrlSub } from '../../shared/notebook-urls.js';

/** The values every layout exposes, whether they come from resources or from nested stacks. */
export interface NotebookOutputValues {
  readonly notebookName: string;
  readonly instanceType: string;
  readonly idleTimeoutMinutes: string;
  readonly vpcId: string;
  readonly subnetId: string;
  readonly securityGroupId: string;
  readonly executionRoleArn: string;
  readonly dataBucketName: string;
}

/** The outputs the guide names (NotebookInstanceName, JupyterURL, ...) plus the IDs scripts need. */
export function addNotebookOutputs(stack: Stack, v: NotebookOutputValues): void {
  // Construct IDs are prefixed because parameters may share an output's name (NotebookInstanceName).
  const out = (id: string, value: string, description: string) =>
    named(new CfnOutput(stack, `Output${id}`, { value, description }), id);
  const sub = (text: string) => Fn.sub(text, { Name: v.notebookName });
  out('NotebookInstanceName', v.notebookName, 'Name of the SageMaker notebook instance');
  out('JupyterURL', sub(notebookUrlSub('console')), 'Console page of the notebook (sign in, then "Open JupyterLab")');
  out('DirectJupyterURL', sub(notebookUrlSub('jupyter')), 'Jupyter (needs a signed-in console session)');
  out('JupyterLabURL', sub(notebookUrlSub('jupyterLab')), 'JupyterLab (needs a signed-in console session)');
  out('VpcId', v.vpcId, 'VPC of the notebook');
  out('SubnetId', v.subnetId, 'Subnet of the notebook');
  out('SecurityGroupId', v.securityGroupId, 'Security group of the notebook');
  out('ExecutionRoleArn', v.executionRoleArn, 'IAM role the notebook runs as');
  out('DataBucketName', v.dataBucketName, 'Your data bucket (kept when the stack is deleted)');
  out(
    'ImportantNote',
    Fn.sub(
      'Billed per hour while the notebook is InService (${Type}; ' +
        `${REFERENCE_PRICE.instanceType} is about USD ${REFERENCE_PRICE.usdPerHour}/h in ${REFERENCE_PRICE.region}). ` +
        'It stops itself after ${Idle} idle minutes (0 = never); stop it when you are done. ' +
        'Deleting the stack ends all charges except data kept in the bucket ${Bucket}.',
      { Type: v.instanceType, Idle: v.idleTimeoutMinutes, Bucket: v.dataBucketName },
    ),
    'Cost: read this before you leave the notebook running',
  );
}
