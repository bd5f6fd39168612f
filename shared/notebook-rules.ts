/**
 * Rules for notebook parameters, shared by the CDK app (as template constraints) and the CLI (as checks that run
 * before any AWS call), so both reject exactly the same values.
 *
 * Source: AWS::SageMaker::NotebookInstance in the CloudFormation resource reference and the SageMaker
 * CreateNotebookInstance API reference (name pattern and length, volume range), read 2026-11.
 */

/** SageMaker's pattern for a notebook instance name. */
export const NOTEBOOK_NAME_PATTERN = '^[a-zA-Z0-9](-*[a-zA-Z0-9])*$';
/** SageMaker's limit on a notebook instance name. */
export const NOTEBOOK_NAME_MAX_LENGTH = 63;
/** The name the seed's simple-parameters.json uses. */
export const DEFAULT_NOTEBOOK_NAME = 'my-first-sagemaker-notebook';
/** The stack name the seed's commands use. */
export const DEFAULT_STACK_NAME = 'my-sagemaker-notebook';

/** Smallest and largest ML storage volume SageMaker accepts, in GB. */
export const VOLUME_SIZE_MIN_GB = 5;
export const VOLUME_SIZE_MAX_GB = 16384;
export const DEFAULT_VOLUME_SIZE_GB = 20;

export const DEFAULT_INSTANCE_TYPE = 'ml.t3.medium';

/**
 * The notebook platform new notebooks get: Amazon Linux 2023 with JupyterLab 4. AL2 notebooks (notebook-al2-*) can
 * no longer be created since 2025-06-30 (v1, v2) and 2026-07-01 (v3), nor restarted since 2026-07-01.
 * Source: SageMaker developer guide, "Amazon Linux 2 notebook instances"
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html) and "Amazon Linux 2023 notebook instances"
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2023.html), read 2026-11-29.
 */
export const NOTEBOOK_PLATFORM = 'notebook-al2023-v1';

/**
 * The platform earlier versions of these templates wrote into their stacks. When smnb updates such a stack it sends
 * this value back in the template (never in the committed templates), so that CloudFormation sees no change of
 * PlatformIdentifier, which would replace the notebook with a new, empty volume; the notebook itself is switched to
 * AL2023 in place (see operations/platform/switch-in-place.ts).
 */
export const KEPT_PLATFORMS = ['notebook-al2-v3'] as const;

/** An AL2 (or older) platform: cannot be started again once stopped (nbi-al2, read 2026-11-29). */
export function isRetiredPlatform(platform: string | undefined): boolean {
  return platform !== undefined && platform !== '' && platform !== NOTEBOOK_PLATFORM;
}

/**
 * Notebook instance types the templates accept: a curated subset of the SageMaker notebook InstanceType enum
 * (AWS SDK for JavaScript v3, client-sagemaker `_InstanceType`), chosen for learning and experiments — burstable,
 * general purpose, compute, memory and the entry GPU sizes. The price table holds only the sourced ones' prices.
 * None is of a family that AL2023 notebooks refuse: ml.p2, ml.p3, ml.p3dn, ml.inf1, ml.g3 (SageMaker developer
 * guide, nbi-al2023 and nbi-al2 "Important differences", read 2026-11-29); see AL2023_UNSUPPORTED_FAMILIES.
 */
export const NOTEBOOK_INSTANCE_TYPES = [
  'ml.t3.medium',
  'ml.t3.large',
  'ml.t3.xlarge',
  'ml.t3.2xlarge',
  'ml.t2.medium',
  'ml.m5.xlarge',
  'ml.m5.2xlarge',
  'ml.m5.4xlarge',
  'ml.c5.xlarge',
  'ml.c5.2xlarge',
  'ml.r5.large',
  'ml.r5.xlarge',
  'ml.g4dn.xlarge',
  'ml.g4dn.2xlarge',
  'ml.g5.xlarge',
  'ml.g5.2xlarge',
] as const;
export type NotebookInstanceType = (typeof NOTEBOOK_INSTANCE_TYPES)[number];

/** Instance families that AL2023 notebooks do not support (nbi-al2023, read 2026-11-29). */
export const AL2023_UNSUPPORTED_FAMILIES = ['ml.p2', 'ml.p3', 'ml.p3dn', 'ml.inf1', 'ml.g3'] as const;

/** Idle auto-stop: minutes without activity before the notebook stops itself; 0 turns it off. */
export const DEFAULT_IDLE_TIMEOUT_MINUTES = 60;
export const IDLE_TIMEOUT_MAX_MINUTES = 10080; // one week

/** CloudFormation stack names: letters, digits and hyphens, starting with a letter, at most 128 characters. */
export const STACK_NAME_PATTERN = '^[a-zA-Z][-a-zA-Z0-9]*$';
export const STACK_NAME_MAX_LENGTH = 128;

/** Tag keys the templates and the CLI agree on. */
export const TAG_ENVIRONMENT = 'smnb:environment';
export const TAG_NOTEBOOK = 'smnb:notebook';
export const TAG_MANAGED = 'smnb:managed';
export const TAG_FLEET = 'smnb:fleet';

export type RuleViolation =
  | { readonly rule: 'name-empty' }
  | { readonly rule: 'name-too-long'; readonly length: number; readonly max: number }
  | { readonly rule: 'name-pattern' }
  | { readonly rule: 'instance-type'; readonly allowed: readonly string[] }
  | { readonly rule: 'volume-range'; readonly min: number; readonly max: number }
  | { readonly rule: 'idle-range'; readonly max: number }
  | { readonly rule: 'stack-name' }
  | { readonly rule: 'allowed-values'; readonly parameter: string; readonly allowed: readonly string[] }
  | { readonly rule: 'constraint'; readonly parameter: string; readonly constraint: string }
  | { readonly rule: 'subnet-outside-vpc'; readonly vpc: string };

const nameRegex = new RegExp(NOTEBOOK_NAME_PATTERN);
const stackRegex = new RegExp(STACK_NAME_PATTERN);

/** Checks a notebook instance name; returns undefined when it is valid. */
export function checkNotebookName(name: string): RuleViolation | undefined {
  if (name.length === 0) return { rule: 'name-empty' };
  if (name.length > NOTEBOOK_NAME_MAX_LENGTH) {
    return { rule: 'name-too-long', length: name.length, max: NOTEBOOK_NAME_MAX_LENGTH };
  }
  return nameRegex.test(name) ? undefined : { rule: 'name-pattern' };
}

export function checkInstanceType(type: string): RuleViolation | undefined {
  return (NOTEBOOK_INSTANCE_TYPES as readonly string[]).includes(type)
    ? undefined
    : { rule: 'instance-type', allowed: NOTEBOOK_INSTANCE_TYPES };
}

export function checkVolumeSize(gb: number): RuleViolation | undefined {
  return Number.isInteger(gb) && gb >= VOLUME_SIZE_MIN_GB && gb <= VOLUME_SIZE_MAX_GB
    ? undefined
    : { rule: 'volume-range', min: VOLUME_SIZE_MIN_GB, max: VOLUME_SIZE_MAX_GB };
}

export function checkIdleTimeout(minutes: number): RuleViolation | undefined {
  return Number.isInteger(minutes) && minutes >= 0 && minutes <= IDLE_TIMEOUT_MAX_MINUTES
    ? undefined
    : { rule: 'idle-range', max: IDLE_TIMEOUT_MAX_MINUTES };
}

export function checkStackName(name: string): RuleViolation | undefined {
  return name.length <= STACK_NAME_MAX_LENGTH && stackRegex.test(name) ? undefined : { rule: 'stack-name' };
}
