import {
  checkIdleTimeout,
  checkInstanceType,
  checkNotebookName,
  checkStackName,
  checkVolumeSize,
  DEFAULT_NOTEBOOK_NAME,
  DEFAULT_STACK_NAME,
  type RuleViolation,
} from '../../shared/notebook-rules.js';
import { UsageError } from '../errors.js';
import type { MessageKey } from '../i18n/messages.js';

/** What the user asked for on the command line, before any checks. */
export interface DeployRequest {
  readonly name?: string;
  readonly stackName?: string;
  readonly instanceType?: string;
  readonly volumeSize?: number;
  readonly idleTimeout?: number;
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
  if (request.name !== undefined) parameters.NotebookInstanceName = request.name;
  if (request.instanceType !== undefined) parameters.InstanceType = request.instanceType;
  if (request.volumeSize !== undefined) parameters.VolumeSizeInGB = String(request.volumeSize);
  if (request.idleTimeout !== undefined) parameters.IdleTimeoutMinutes = String(request.idleTimeout);

  for (const key of Object.keys(parameters)) {
    if (!templateParameters.includes(key)) {
      throw new UsageError('error.paramUnknown', { key, valid: templateParameters.join(', ') });
    }
  }
  const notebookName = parameters.NotebookInstanceName ?? DEFAULT_NOTEBOOK_NAME;
  fail(checkNotebookName(notebookName), notebookName);
  if (parameters.InstanceType !== undefined) fail(checkInstanceType(parameters.InstanceType), parameters.InstanceType);
  if (parameters.VolumeSizeInGB !== undefined) {
    fail(checkVolumeSize(Number(parameters.VolumeSizeInGB)), parameters.VolumeSizeInGB);
  }
  if (parameters.IdleTimeoutMinutes !== undefined) {
    fail(checkIdleTimeout(Number(parameters.IdleTimeoutMinutes)), parameters.IdleTimeoutMinutes);
  }
  const stackName = request.stackName ?? deriveStackName(notebookName);
  fail(checkStackName(stackName), stackName);
  return { stackName, notebookName, parameters, nested: request.nested ?? false };
}

function fail(violation: RuleViolation | undefined, value: string): void {
  if (!violation) return;
  const { rule, ...rest } = violation;
  const params: Record<string, string | number> = { value };
  for (const [k, v] of Object.entries(rest)) params[k] = Array.isArray(v) ? v.join(', ') : (v as string | number);
  throw new UsageError(`error.${rule}` as MessageKey, params);
}
