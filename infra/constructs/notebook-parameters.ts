import { CfnParameter, type CfnParameterProps, type Stack } from 'aws-cdk-lib';
import {
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
} from '../../shared/notebook-rules.js';

/** The official SageMaker examples, cloned into the notebook as the seed promises. */
export const SAGEMAKER_EXAMPLES_REPOSITORY = 'https://github.com/aws/amazon-sagemaker-examples.git';

const CIDR_PATTERN = '^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-8])$';

/** Every parameter a template of ours can declare, with constraints in plain words. */
export const PARAMETER_DEFINITIONS = {
  NotebookInstanceName: {
    type: 'String',
    default: DEFAULT_NOTEBOOK_NAME,
    description: 'Name of the SageMaker notebook instance (unique in this account and region).',
    allowedPattern: NOTEBOOK_NAME_PATTERN,
    minLength: 1,
    maxLength: NOTEBOOK_NAME_MAX_LENGTH,
    constraintDescription: `1 to ${NOTEBOOK_NAME_MAX_LENGTH} letters, digits and hyphens; starts and ends with a letter or digit.`,
  },
  InstanceType: {
    type: 'String',
    default: DEFAULT_INSTANCE_TYPE,
    description: 'Notebook instance type. ml.t3.medium is the cheapest general choice.',
    allowedValues: [...NOTEBOOK_INSTANCE_TYPES],
    constraintDescription: 'must be one of the listed notebook instance types, for example ml.t3.medium.',
  },
  VolumeSizeInGB: {
    type: 'Number',
    default: DEFAULT_VOLUME_SIZE_GB,
    description: 'Size of the notebook storage volume in GB. It can grow later but never shrink.',
    minValue: VOLUME_SIZE_MIN_GB,
    maxValue: VOLUME_SIZE_MAX_GB,
    constraintDescription: `a whole number of GB from ${VOLUME_SIZE_MIN_GB} to ${VOLUME_SIZE_MAX_GB}.`,
  },
  IdleTimeoutMinutes: {
    type: 'Number',
    default: DEFAULT_IDLE_TIMEOUT_MINUTES,
    description: 'Stop the notebook after this many minutes without activity, to save money. 0 turns auto-stop off.',
    minValue: 0,
    maxValue: IDLE_TIMEOUT_MAX_MINUTES,
    constraintDescription: `minutes from 0 (off) to ${IDLE_TIMEOUT_MAX_MINUTES} (one week).`,
  },
  RootAccess: {
    type: 'String',
    default: 'Disabled',
    description: 'Whether notebook users get root (sudo). Disabled is safer; conda and pip still work without it.',
    allowedValues: ['Disabled', 'Enabled'],
    constraintDescription: 'Disabled or Enabled.',
  },
  DirectInternetAccess: {
    type: 'String',
    default: 'Enabled',
    description:
      'Enabled: the notebook reaches the internet through SageMaker. Disabled: only through this VPC, which has no NAT gateway, so no internet.',
    allowedValues: ['Enabled', 'Disabled'],
    constraintDescription: 'Enabled or Disabled.',
  },
  DefaultCodeRepository: {
    type: 'String',
    default: SAGEMAKER_EXAMPLES_REPOSITORY,
    description:
      'Git repository (https URL or SageMaker code repository name) cloned into the notebook. Empty for none.',
    allowedPattern: '^(https://[^\\s]+|[a-zA-Z0-9](-*[a-zA-Z0-9])*)?$',
    maxLength: 1024,
    constraintDescription: 'an https:// git URL, a SageMaker code repository name, or empty.',
  },
  KmsKeyArn: {
    type: 'String',
    default: '',
    description:
      'Optional KMS key ARN to encrypt the notebook volume with your own key. Empty uses an AWS managed key.',
    allowedPattern: '^(arn:aws[a-z-]*:kms:[a-z0-9-]+:\\d{12}:key/[a-zA-Z0-9-]+)?$',
    constraintDescription: 'empty, or a KMS key ARN like arn:aws:kms:REGION:ACCOUNT:key/ID.',
  },
  VpcCidr: {
    type: 'String',
    default: '10.0.0.0/16',
    description: 'IP range of the VPC.',
    allowedPattern: CIDR_PATTERN,
    constraintDescription: 'an IPv4 CIDR block from /16 to /28, for example 10.0.0.0/16.',
  },
  PublicSubnetCidr: {
    type: 'String',
    default: '10.0.1.0/24',
    description: 'IP range of the public subnet, inside the VPC range.',
    allowedPattern: CIDR_PATTERN,
    constraintDescription: 'an IPv4 CIDR block from /16 to /28 inside the VPC range, for example 10.0.1.0/24.',
  },
  AvailabilityZone: {
    type: 'String',
    default: '',
    description: 'Availability Zone for the subnet, for example ap-northeast-1a. Empty picks one automatically.',
    allowedPattern: '^([a-z]{2}(-[a-z]+)+-\\d[a-z])?$',
    constraintDescription: 'empty, or an Availability Zone name like ap-northeast-1a.',
  },
  TemplateBucketName: {
    type: 'String',
    default: '',
    description: 'S3 bucket holding the child templates. Empty means ACCOUNT_ID-cfn-templates, as in the guide.',
    allowedPattern: '^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])?$',
    constraintDescription: 'empty, or an S3 bucket name (lowercase letters, digits, dots and hyphens).',
  },
  TemplatePrefix: {
    type: 'String',
    default: 'sagemaker/templates/',
    description: 'Key prefix of the child templates in the template bucket, ending with a slash.',
    allowedPattern: '^([a-zA-Z0-9!_.*()-]+/)*$',
    constraintDescription: 'a key prefix ending with a slash, for example sagemaker/templates/.',
  },
} satisfies Record<string, CfnParameterProps>;

export type ParameterName = keyof typeof PARAMETER_DEFINITIONS;
export type Parameters<K extends ParameterName> = { readonly [P in K]: CfnParameter };

/** Declares the named parameters on a stack, in the order given (the order people see in the console). */
export function declareParameters<K extends ParameterName>(stack: Stack, names: readonly K[]): Parameters<K> {
  const result = {} as Record<K, CfnParameter>;
  for (const name of names) {
    result[name] = new CfnParameter(stack, name, PARAMETER_DEFINITIONS[name]);
  }
  return result;
}

/** Declares a plain pass-through parameter of a child template (the parent validates the value). */
export function declareInput(stack: Stack, name: string, description: string): CfnParameter {
  return new CfnParameter(stack, name, { type: 'String', description });
}

/** The parameters that configure the notebook itself, in console order (both layouts declare them). */
export const NOTEBOOK_PARAMETERS = [
  'NotebookInstanceName',
  'InstanceType',
  'VolumeSizeInGB',
  'IdleTimeoutMinutes',
  'RootAccess',
  'DirectInternetAccess',
  'DefaultCodeRepository',
  'KmsKeyArn',
] as const satisfies readonly ParameterName[];

/** The notebook settings that come straight from those parameters. */
export function notebookSettings(p: Parameters<(typeof NOTEBOOK_PARAMETERS)[number]>) {
  return {
    notebookName: p.NotebookInstanceName.valueAsString,
    instanceType: p.InstanceType.valueAsString,
    volumeSizeInGb: p.VolumeSizeInGB.valueAsNumber,
    idleTimeoutMinutes: p.IdleTimeoutMinutes.valueAsString,
    rootAccess: p.RootAccess.valueAsString,
    directInternetAccess: p.DirectInternetAccess.valueAsString,
    defaultCodeRepository: p.DefaultCodeRepository.valueAsString,
    kmsKeyArn: p.KmsKeyArn.valueAsString,
  };
}
