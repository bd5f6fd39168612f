/**
 * Every setting of the notebook, declared once: its CloudFormation parameter (name, type, default, constraint and
 * description), the rule the CLI checks before any AWS call, its command-line flag and its fleet-file key. The CDK
 * app, the CLI flags and their help, the fleet file, cost and the rule -> message mapping are all derived from this
 * list, so a new setting is one entry here plus its ja/en flag text (`setting.<Parameter>`).
 *
 * Pure: imports nothing from infra/ or src/.
 */
import {
  checkIdleTimeout,
  checkInstanceType,
  checkNotebookName,
  checkVolumeSize,
  DEFAULT_IDLE_TIMEOUT_MINUTES,
  DEFAULT_INSTANCE_TYPE,
  DEFAULT_NOTEBOOK_NAME,
  DEFAULT_VOLUME_SIZE_GB,
  IDLE_TIMEOUT_MAX_MINUTES,
  NOTEBOOK_INSTANCE_TYPES,
  NOTEBOOK_NAME_MAX_LENGTH,
  NOTEBOOK_NAME_PATTERN,
  VOLUME_SIZE_MAX_GB,
  VOLUME_SIZE_MIN_GB,
  type RuleViolation,
} from './notebook-rules.js';

/** The official SageMaker examples, cloned into the notebook as the guide promises. */
export const SAGEMAKER_EXAMPLES_REPOSITORY = 'https://github.com/aws/amazon-sagemaker-examples.git';

/** A parameter of a template of ours: its CloudFormation declaration and the rule the CLI checks first. */
export interface TemplateParameter {
  /** CloudFormation parameter name (also the key in --param and parameter files). */
  readonly parameter: string;
  readonly type: 'String' | 'Number';
  readonly default: string | number;
  /** Shown in the CloudFormation console and by `aws cloudformation validate-template`. */
  readonly description: string;
  readonly constraintDescription: string;
  readonly allowedValues?: readonly string[];
  readonly allowedPattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minValue?: number;
  readonly maxValue?: number;
  /**
   * The rule the CLI applies to a value a user gives, before any AWS call. It may be stricter than the template's
   * constraint (the platform: the template still accepts the AL2 value that keeps an old stack's notebook).
   * @default the template's constraint alone
   */
  readonly check?: (value: string) => RuleViolation | undefined;
}

/**
 * Where the notebook gets a setting: a property of the notebook instance (its name in aws-cdk-lib's
 * CfnNotebookInstanceProps; `omitWhenEmpty` leaves the property out when the value is empty), or an environment
 * variable of the lifecycle script (the script line that uses it is the setting's only other place).
 */
export type NotebookTarget =
  { readonly property: string; readonly omitWhenEmpty?: boolean } | { readonly scriptVariable: string };

/** A notebook setting: a template parameter that may also have a flag and a fleet-file key. */
export interface NotebookSetting extends TemplateParameter {
  /** Where the notebook gets it. @default nowhere: only the stack uses it (the notebook's name, for instance, in tags) */
  readonly notebook?: NotebookTarget;
  /** The command-line flag that sets it (its help text is the message `setting.<parameter>`). @default no flag */
  readonly flag?: { readonly name: string; readonly valueName: string };
  /** The key in a fleet file (smnb.config.yaml). @default not settable per notebook */
  readonly fleetKey?: string;
}

const onOff = (description: string, safe: 'Enabled' | 'Disabled'): Omit<NotebookSetting, 'parameter'> => ({
  type: 'String',
  default: safe,
  description,
  allowedValues: safe === 'Disabled' ? ['Disabled', 'Enabled'] : ['Enabled', 'Disabled'],
  constraintDescription: 'Disabled or Enabled.',
});

/** The notebook's settings, in the order the CloudFormation console shows them. */
export const NOTEBOOK_SETTINGS = [
  {
    parameter: 'NotebookInstanceName',
    notebook: { property: 'notebookInstanceName' },
    type: 'String',
    default: DEFAULT_NOTEBOOK_NAME,
    description: 'Name of the SageMaker notebook instance (unique in this account and region).',
    allowedPattern: NOTEBOOK_NAME_PATTERN,
    minLength: 1,
    maxLength: NOTEBOOK_NAME_MAX_LENGTH,
    constraintDescription: `1 to ${NOTEBOOK_NAME_MAX_LENGTH} letters, digits and hyphens; starts and ends with a letter or digit.`,
    check: checkNotebookName,
    flag: { name: 'name', valueName: 'NAME' },
    fleetKey: 'name',
  },
  {
    parameter: 'InstanceType',
    notebook: { property: 'instanceType' },
    type: 'String',
    default: DEFAULT_INSTANCE_TYPE,
    description: 'Notebook instance type. ml.t3.medium is the cheapest general choice.',
    allowedValues: NOTEBOOK_INSTANCE_TYPES,
    constraintDescription: 'must be one of the listed notebook instance types, for example ml.t3.medium.',
    check: checkInstanceType,
    flag: { name: 'instance-type', valueName: 'TYPE' },
    fleetKey: 'instanceType',
  },
  {
    parameter: 'VolumeSizeInGB',
    notebook: { property: 'volumeSizeInGb' },
    type: 'Number',
    default: DEFAULT_VOLUME_SIZE_GB,
    description: 'Size of the notebook storage volume in GB. It can grow later but never shrink.',
    minValue: VOLUME_SIZE_MIN_GB,
    maxValue: VOLUME_SIZE_MAX_GB,
    constraintDescription: `a whole number of GB from ${VOLUME_SIZE_MIN_GB} to ${VOLUME_SIZE_MAX_GB}.`,
    check: (v) => checkVolumeSize(Number(v)),
    flag: { name: 'volume-size', valueName: 'GB' },
    fleetKey: 'volumeSizeInGB',
  },
  {
    parameter: 'IdleTimeoutMinutes',
    notebook: { scriptVariable: 'SMNB_IDLE_MINUTES' },
    type: 'Number',
    default: DEFAULT_IDLE_TIMEOUT_MINUTES,
    description: 'Stop the notebook after this many minutes without activity, to save money. 0 turns auto-stop off.',
    minValue: 0,
    maxValue: IDLE_TIMEOUT_MAX_MINUTES,
    constraintDescription: `minutes from 0 (off) to ${IDLE_TIMEOUT_MAX_MINUTES} (one week).`,
    check: (v) => checkIdleTimeout(Number(v)),
    flag: { name: 'idle-timeout', valueName: 'MIN' },
    fleetKey: 'idleTimeoutMinutes',
  },
  {
    parameter: 'BackupIntervalMinutes',
    notebook: { scriptVariable: 'SMNB_BACKUP_MINUTES' },
    type: 'Number',
    default: 60,
    description:
      'Copy ~/SageMaker to the data bucket this often while the notebook runs (only when something changed), and before auto-stop. 0 turns backups off.',
    minValue: 0,
    maxValue: 1440,
    constraintDescription: 'minutes from 0 (off) to 1440 (one day).',
    flag: { name: 'backup-interval', valueName: 'MIN' },
    fleetKey: 'backupIntervalMinutes',
  },
  {
    parameter: 'RootAccess',
    notebook: { property: 'rootAccess' },
    ...onOff(
      'Whether notebook users get root (sudo). Disabled is safer; conda and pip still work without it.',
      'Disabled',
    ),
  },
  {
    parameter: 'DirectInternetAccess',
    notebook: { property: 'directInternetAccess' },
    ...onOff(
      'Enabled: the notebook reaches the internet through SageMaker. Disabled: only through this VPC, which has no NAT gateway, so no internet.',
      'Enabled',
    ),
  },
  {
    parameter: 'DefaultCodeRepository',
    notebook: { property: 'defaultCodeRepository', omitWhenEmpty: true },
    type: 'String',
    default: SAGEMAKER_EXAMPLES_REPOSITORY,
    description:
      'Git repository (https URL or SageMaker code repository name) cloned into the notebook. Empty for none.',
    allowedPattern: '^(https://[^\\s]+|[a-zA-Z0-9](-*[a-zA-Z0-9])*)?$',
    maxLength: 1024,
    constraintDescription: 'an https:// git URL, a SageMaker code repository name, or empty.',
  },
  {
    parameter: 'KmsKeyArn',
    notebook: { property: 'kmsKeyId', omitWhenEmpty: true },
    type: 'String',
    default: '',
    description:
      'Optional KMS key ARN to encrypt the notebook volume with your own key. Empty uses an AWS managed key.',
    allowedPattern: '^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/[a-zA-Z0-9-]+)?$',
    constraintDescription: 'empty, or a KMS key ARN like arn:aws:kms:REGION:ACCOUNT:key/ID.',
  },
] as const satisfies readonly NotebookSetting[];

export type NotebookParameter = (typeof NOTEBOOK_SETTINGS)[number]['parameter'];

/** The notebook's CloudFormation parameters, in console order. */
export const NOTEBOOK_PARAMETERS = NOTEBOOK_SETTINGS.map((s) => s.parameter) as readonly NotebookParameter[];

/** The setting behind a parameter name. */
export function settingOf(parameter: string, settings: readonly NotebookSetting[] = NOTEBOOK_SETTINGS) {
  return settings.find((s) => s.parameter === parameter);
}

/**
 * Checks a value against a setting: its own rule when it has one, else the template's constraint. Returns
 * undefined when the value is valid.
 */
export function checkSetting(setting: TemplateParameter, value: string): RuleViolation | undefined {
  if (setting.check) return setting.check(value);
  if (setting.allowedValues && !setting.allowedValues.includes(value))
    return { rule: 'allowed-values', parameter: setting.parameter, allowed: setting.allowedValues };
  const broken = (() => {
    if (setting.type === 'Number') {
      const n = Number(value);
      return (
        value.trim() === '' ||
        Number.isNaN(n) ||
        (setting.minValue !== undefined && n < setting.minValue) ||
        (setting.maxValue !== undefined && n > setting.maxValue)
      );
    }
    const length = (setting.minLength ?? 0) > value.length || value.length > (setting.maxLength ?? Infinity);
    return length || (setting.allowedPattern !== undefined && !new RegExp(setting.allowedPattern).test(value));
  })();
  return broken
    ? { rule: 'constraint', parameter: setting.parameter, constraint: setting.constraintDescription }
    : undefined;
}
