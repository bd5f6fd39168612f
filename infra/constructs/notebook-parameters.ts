import { CfnParameter, type CfnParameterProps, type Stack } from 'aws-cdk-lib';
import { NOTEBOOK_SETTINGS, type NotebookParameter, type NotebookSetting } from '../../shared/notebook-settings.js';

export { NOTEBOOK_PARAMETERS, SAGEMAKER_EXAMPLES_REPOSITORY } from '../../shared/notebook-settings.js';

const CIDR_PATTERN = '^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-8])$';

/** A notebook setting as a CloudFormation parameter. */
export function parameterProps(setting: NotebookSetting): CfnParameterProps {
  const { type, description, constraintDescription, allowedValues, allowedPattern } = setting;
  return {
    type,
    default: setting.default,
    description,
    ...(allowedValues ? { allowedValues: [...allowedValues] } : {}),
    ...(allowedPattern ? { allowedPattern } : {}),
    minLength: setting.minLength,
    maxLength: setting.maxLength,
    minValue: setting.minValue,
    maxValue: setting.maxValue,
    constraintDescription,
  };
}

/** The parameters of the network and of the nested layout's template bucket: not notebook settings. */
const ENVIRONMENT_PARAMETERS = {
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
  ExistingDataBucketName: {
    type: 'String',
    default: '',
    description:
      'A data bucket kept from an earlier stack of this notebook, to use again (its backup comes back onto the new notebook). Empty creates a new bucket.',
    allowedPattern: '^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])?$',
    constraintDescription: 'empty, or an S3 bucket name (lowercase letters, digits, dots and hyphens).',
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

/** Every parameter a template of ours can declare, with constraints in plain words. */
export const PARAMETER_DEFINITIONS: Record<NotebookParameter | keyof typeof ENVIRONMENT_PARAMETERS, CfnParameterProps> =
  {
    ...(Object.fromEntries(NOTEBOOK_SETTINGS.map((s) => [s.parameter, parameterProps(s)])) as Record<
      NotebookParameter,
      CfnParameterProps
    >),
    ...ENVIRONMENT_PARAMETERS,
  };

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

/** The notebook settings that come straight from those parameters. */
export function notebookSettings(p: Parameters<NotebookParameter>) {
  return {
    notebookName: p.NotebookInstanceName.valueAsString,
    instanceType: p.InstanceType.valueAsString,
    volumeSizeInGb: p.VolumeSizeInGB.valueAsNumber,
    idleTimeoutMinutes: p.IdleTimeoutMinutes.valueAsString,
    backupIntervalMinutes: p.BackupIntervalMinutes.valueAsString,
    rootAccess: p.RootAccess.valueAsString,
    directInternetAccess: p.DirectInternetAccess.valueAsString,
    defaultCodeRepository: p.DefaultCodeRepository.valueAsString,
    kmsKeyArn: p.KmsKeyArn.valueAsString,
  };
}
