import { Aws, CfnCondition, Fn, Tags, Token } from 'aws-cdk-lib';
import * as sagemaker from 'aws-cdk-lib/aws-sagemaker';
import { Construct } from 'constructs';
import { NOTEBOOK_PLATFORM, TAG_ENVIRONMENT, TAG_NOTEBOOK } from '../../shared/notebook-rules.js';
import { NOTEBOOK_SETTINGS, type NotebookSetting } from '../../shared/notebook-settings.js';
import { IdleAutoStop } from './idle-auto-stop/idle-auto-stop.js';
import { named } from './logical-id.js';
import type { NotebookSettingValues } from './notebook-parameters.js';
import { acceptFindings } from '../rules/acknowledge.js';

/** The notebook properties that settings declare; a name that is not a property fails to compile here. */
type DeclaredProperty = Extract<(typeof NOTEBOOK_SETTINGS)[number], { notebook: { property: string } }>['notebook'];
const declaredProperties: readonly (keyof sagemaker.CfnNotebookInstanceProps)[] = [] as DeclaredProperty['property'][];
void declaredProperties;

export interface NotebookInstanceProps {
  /** Every notebook setting, by parameter name; each goes where its declaration says (shared/notebook-settings.ts). */
  readonly settings: NotebookSettingValues;
  readonly roleArn: string;
  readonly subnetId: string;
  readonly securityGroupId: string;
  /** The data bucket the volume is backed up to and restored from. */
  readonly dataBucketName: string;
  /** Value of the environment tag (the stack that owns the notebook). */
  readonly environmentName: string;
}

/** The notebook instance with idle auto-stop, IMDSv2 only, and optional code repository and KMS key. */
export class NotebookInstance extends Construct {
  public readonly instance: sagemaker.CfnNotebookInstance;

  constructor(scope: Construct, id: string, props: NotebookInstanceProps) {
    super(scope, id);
    const autoStop = new IdleAutoStop(this, 'AutoStop', {
      settings: props.settings,
      dataBucketName: props.dataBucketName,
    });
    const own = {
      roleArn: props.roleArn,
      subnetId: props.subnetId,
      securityGroupIds: [props.securityGroupId],
      platformIdentifier: NOTEBOOK_PLATFORM,
      instanceMetadataServiceConfiguration: { minimumInstanceMetadataServiceVersion: '2' },
      lifecycleConfigName: autoStop.config.attrNotebookInstanceLifecycleConfigName,
    } satisfies Partial<sagemaker.CfnNotebookInstanceProps>;
    this.instance = named(
      new sagemaker.CfnNotebookInstance(this, 'Instance', {
        ...own,
        ...settingProperties(this, props.settings, Object.keys(own)),
      } as sagemaker.CfnNotebookInstanceProps),
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
    Tags.of(this.instance).add(TAG_NOTEBOOK, props.settings.NotebookInstanceName);
  }
}

/** The notebook properties the settings declare, each from its parameter; the construct's own may not be taken. */
function settingProperties(scope: Construct, values: NotebookSettingValues, taken: readonly string[]) {
  const properties: Record<string, unknown> = {};
  for (const setting of NOTEBOOK_SETTINGS as readonly NotebookSetting[]) {
    const target = setting.notebook;
    if (!target || !('property' in target)) continue;
    if (taken.includes(target.property) || target.property in properties) {
      throw new Error(`Setting ${setting.parameter}: the notebook property ${target.property} is already set.`);
    }
    const value = values[setting.parameter as keyof NotebookSettingValues];
    if (value === undefined) throw new Error(`Setting ${setting.parameter} has no value.`);
    properties[target.property] = target.omitWhenEmpty
      ? Fn.conditionIf(condition(scope, `Has${setting.parameter}`, value).logicalId, value, Aws.NO_VALUE).toString()
      : setting.type === 'Number'
        ? Token.asNumber(value)
        : value;
  }
  return properties;
}

function condition(scope: Construct, id: string, value: string): CfnCondition {
  return named(new CfnCondition(scope, id, { expression: Fn.conditionNot(Fn.conditionEquals(value, '')) }), id);
}
