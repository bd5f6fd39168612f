import { Aws, CfnCondition, Fn, Tags } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { NOTEBOOK_PLATFORM, TAG_ENVIRONMENT, TAG_NOTEBOOK } from '../../shared/notebook-rules.js';
import { IdleAutoStop } from './idle-auto-stop/idle-auto-stop.js';
import { named } from './logical-id.js';
import { acceptFindings } from '../rules/acknowledge.js';

export interface NotebookInstanceProps {
  readonly notebookName: string;
  readonly instanceType: string;
  readonly volumeSizeInGb: number;
  readonly roleArn: string;
  readonly subnetId: string;
  readonly securityGroupId: string;
  /** Minutes without activity before auto-stop; 0 turns it off. */
  readonly idleTimeoutMinutes: string;
  /** Minutes between backups of the volume to the data bucket; 0 turns them off. */
  readonly backupIntervalMinutes: string;
  /** The data bucket the volume is backed up to and restored from. */
  readonly dataBucketName: string;
  /** 'Enabled' or 'Disabled'. @default 'Disabled' (through the RootAccess parameter) */
  readonly rootAccess: string;
  /** 'Enabled' or 'Disabled'. @default 'Enabled' (through the DirectInternetAccess parameter) */
  readonly directInternetAccess: string;
  /** Git repository cloned into the notebook; empty for none. */
  readonly defaultCodeRepository: string;
  /** KMS key for the volume; empty for the AWS managed key. */
  readonly kmsKeyArn: string;
  /** Value of the environment tag (the stack that owns the notebook). */
  readonly environmentName: string;
}

/** The notebook instance with idle auto-stop, IMDSv2 only, and optional code repository and KMS key. */
export class NotebookInstance extends Construct {
  public readonly instance: sagemaker.CfnNotebookInstance;

  constructor(scope: Construct, id: string, props: NotebookInstanceProps) {
    super(scope, id);
    const autoStop = new IdleAutoStop(this, 'AutoStop', {
      idleTimeoutMinutes: props.idleTimeoutMinutes,
      backupIntervalMinutes: props.backupIntervalMinutes,
      dataBucketName: props.dataBucketName,
    });
    const hasRepository = condition(this, 'HasCodeRepository', props.defaultCodeRepository);
    const hasKmsKey = condition(this, 'HasKmsKey', props.kmsKeyArn);

    this.instance = named(
      new sagemaker.CfnNotebookInstance(this, 'Instance', {
        notebookInstanceName: props.notebookName,
        instanceType: props.instanceType,
        volumeSizeInGb: props.volumeSizeInGb,
        roleArn: props.roleArn,
        subnetId: props.subnetId,
        securityGroupIds: [props.securityGroupId],
        directInternetAccess: props.directInternetAccess,
        rootAccess: props.rootAccess,
        platformIdentifier: NOTEBOOK_PLATFORM,
        instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: '2' },
        lifecycleConfigName: autoStop.config.attrNotebookInstanceLifecycleConfigName,
        defaultCodeRepository: Fn.conditionIf(
          hasRepository.logicalId,
          props.defaultCodeRepository,
          Aws.NO_VALUE,
        ).toString(),
        kmsKeyId: Fn.conditionIf(hasKmsKey.logicalId, props.kmsKeyArn, Aws.NO_VALUE).toString(),
      }),
      'NotebookInstance',
    );
    acceptFindings(this.instance, [
      {
        id: 'AwsSolutions-SM3',
        reason:
          'Direct internet access stays Enabled by default as in the guide: the subnet has no NAT gateway (about USD 45 a month), so Disabled would leave the notebook without pip, conda or git. The DirectInternetAccess parameter turns it off for networks that provide their own egress.',
      },
    ]);
    Tags.of(this.instance).add(TAG_ENVIRONMENT, props.environmentName);
    Tags.of(this.instance).add(TAG_NOTEBOOK, props.notebookName);
  }
}

function condition(scope: Construct, id: string, value: string): CfnCondition {
  return named(new CfnCondition(scope, id, { expression: Fn.conditionNot(Fn.conditionEquals(value, '')) }), id);
}
