import { CfnParameter, type CfnParameterProps, type Stack } from 'aws-cdk-lib';
import { NETWORK_PARAMETERS, type NetworkParameter } from '../../shared/network-parameters.js';
import { NOTEBOOK_SETTINGS, type NotebookParameter, type TemplateParameter } from '../../shared/notebook-settings.js';

export { NOTEBOOK_PARAMETERS, SAGEMAKER_EXAMPLES_REPOSITORY } from '../../shared/notebook-settings.js';

/** A declared parameter (a notebook setting or a network parameter) as a CloudFormation parameter. */
export function parameterProps(setting: TemplateParameter): CfnParameterProps {
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
const ENVIRONMENT_PARAMETERS = Object.fromEntries(
  NETWORK_PARAMETERS.map((p) => [p.parameter, parameterProps(p)]),
) as Record<NetworkParameter, CfnParameterProps>;

/** Every parameter a template of ours can declare, with constraints in plain words. */
export const PARAMETER_DEFINITIONS: Record<NotebookParameter | NetworkParameter, CfnParameterProps> = {
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

/** Every notebook setting's value, by its parameter name: what the notebook and its lifecycle script are built from. */
export type NotebookSettingValues = Readonly<Record<NotebookParameter, string>>;

/** The notebook settings, straight from those parameters. */
export function notebookSettings(p: Parameters<NotebookParameter>): NotebookSettingValues {
  return Object.fromEntries(NOTEBOOK_SETTINGS.map((s) => [s.parameter, p[s.parameter].valueAsString])) as Record<
    NotebookParameter,
    string
  >;
}
