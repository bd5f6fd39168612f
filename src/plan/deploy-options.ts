import { checkStackName, DEFAULT_NOTEBOOK_NAME, DEFAULT_STACK_NAME } from '../../shared/notebook-rules.js';
import { checkParameters } from '../../shared/template-parameters.js';
import { UsageError } from '../errors.js';
import { ruleMessage } from './rule-message.js';

/** What the user asked for on the command line, before any checks. */
export interface DeployRequest {
  /** Notebook settings given by their own flags (or a fleet entry), by parameter name. */
  readonly settings?: Readonly<Record<string, string>>;
  readonly stackName?: string;
  /** --param KEY=VALUE, in order. */
  readonly params?: readonly string[];
  /** Values from a --parameters file. */
  readonly fileParameters?: Readonly<Record<string, string>>;
  readonly nested?: boolean;
}

export interface DeployOptions {
  readonly stackName: string;
  readonly notebookName: string;
  /** Only the parameters the user set; the template supplies the rest. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly nested: boolean;
}

/** Prefix of derived stack names; keeps them valid (a letter first) and easy to find. */
export const DERIVED_STACK_PREFIX = 'sagemaker-notebook-';

/**
 * The stack for a notebook: the guide's pair (my-first-sagemaker-notebook -> my-sagemaker-notebook) by default,
 * otherwise `sagemaker-notebook-<name>` without a trailing "-notebook" (dev-notebook -> sagemaker-notebook-dev,
 * as in the guide's several-notebooks example).
 */
export function deriveStackName(notebookName: string): string {
  if (notebookName === DEFAULT_NOTEBOOK_NAME) return DEFAULT_STACK_NAME;
  const base = notebookName.replace(/-notebook$/, '');
  return DERIVED_STACK_PREFIX + (base || notebookName);
}

/** Merges file, --param and specific flags (later wins), then checks every value against the template rules. */
export function resolveDeployOptions(request: DeployRequest, templateParameters: readonly string[]): DeployOptions {
  const parameters: Record<string, string> = { ...(request.fileParameters ?? {}) };
  for (const pair of request.params ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError('error.paramFormat', { value: pair });
    parameters[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  Object.assign(parameters, request.settings);

  for (const key of Object.keys(parameters)) {
    if (!templateParameters.includes(key)) {
      throw new UsageError('error.paramUnknown', { key, valid: templateParameters.join(', ') });
    }
  }
  const notebookName = parameters.NotebookInstanceName ?? DEFAULT_NOTEBOOK_NAME;
  const broken = checkParameters({ ...parameters, NotebookInstanceName: notebookName });
  if (broken) fail(broken.violation, broken.value);
  const stackName = request.stackName ?? deriveStackName(notebookName);
  fail(checkStackName(stackName), stackName);
  return { stackName, notebookName, parameters, nested: request.nested ?? false };
}

function fail(violation: Parameters<typeof ruleMessage>[0] | undefined, value: string): void {
  if (!violation) return;
  const { key, params } = ruleMessage(violation, value);
  throw new UsageError(key, params);
}
