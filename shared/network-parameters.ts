/**
 * The parameters of the notebook's network, of the roles' permissions boundary and of the nested layout's template
 * bucket, declared once beside the
 * notebook settings: the CDK app declares them as template parameters and the CLI checks a value given for one before
 * any AWS call, with the same rule. Not notebook settings: no flag of their own (set them with --param).
 *
 * Pure: imports nothing from infra/ or src/.
 */
import type { RuleViolation } from './notebook-rules.js';
import type { TemplateParameter } from './notebook-settings.js';

/**
 * The VPC and subnet sizes EC2 allows: a netmask from /16 to /28 (Amazon VPC User Guide, "VPC CIDR blocks" and
 * "Subnet CIDR blocks", https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html, read 2026-12-01).
 */
export const CIDR_PATTERN = '^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-8])$';

/** An IPv4 CIDR block as a 32-bit network number and prefix length, or undefined when it is not one. */
export function parseCidr(value: string): { readonly base: number; readonly bits: number } | undefined {
  if (!new RegExp(CIDR_PATTERN).test(value)) return undefined;
  const [address, bits] = value.split('/') as [string, string];
  const octets = address.split('.').map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  const base = octets.reduce((n, o) => n * 256 + o, 0);
  return { base, bits: Number(bits) };
}

/** Whether CIDR block `inner` lies wholly inside `outer` (both valid). */
export function cidrInside(inner: string, outer: string): boolean {
  const a = parseCidr(inner);
  const b = parseCidr(outer);
  if (!a || !b || a.bits < b.bits) return false;
  const size = 2 ** (32 - b.bits);
  return Math.floor(a.base / size) === Math.floor(b.base / size);
}

const cidrRule =
  (parameter: string, constraint: string) =>
  (value: string): RuleViolation | undefined =>
    parseCidr(value) ? undefined : { rule: 'constraint', parameter, constraint };

const VPC_CIDR_CONSTRAINT = 'an IPv4 CIDR block from /16 to /28, for example 10.0.0.0/16.';
const SUBNET_CIDR_CONSTRAINT = 'an IPv4 CIDR block from /16 to /28 inside the VPC range, for example 10.0.1.0/24.';

/** The network, boundary and template-bucket parameters, in the order the console shows them. */
export const NETWORK_PARAMETERS = [
  {
    parameter: 'VpcCidr',
    type: 'String',
    default: '10.0.0.0/16',
    description: 'IP range of the VPC.',
    allowedPattern: CIDR_PATTERN,
    constraintDescription: VPC_CIDR_CONSTRAINT,
    check: cidrRule('VpcCidr', VPC_CIDR_CONSTRAINT),
  },
  {
    parameter: 'PublicSubnetCidr',
    type: 'String',
    default: '10.0.1.0/24',
    description: 'IP range of the public subnet, inside the VPC range.',
    allowedPattern: CIDR_PATTERN,
    constraintDescription: SUBNET_CIDR_CONSTRAINT,
    check: cidrRule('PublicSubnetCidr', SUBNET_CIDR_CONSTRAINT),
  },
  {
    parameter: 'AvailabilityZone',
    type: 'String',
    default: '',
    description: 'Availability Zone for the subnet, for example ap-northeast-1a. Empty picks one automatically.',
    allowedPattern: '^([a-z]{2}(-[a-z]+)+-\\d[a-z])?$',
    constraintDescription: 'empty, or an Availability Zone name like ap-northeast-1a.',
  },
  {
    parameter: 'PermissionsBoundaryPolicyName',
    type: 'String',
    default: '',
    description:
      'Name of the IAM policy every role of this stack gets as its permissions boundary (smnb-permissions-boundary in the guide). Empty: no boundary.',
    allowedPattern: '^[A-Za-z0-9+=,.@_-]{0,128}$',
    constraintDescription: 'empty, or an IAM policy name (letters, digits and +=,.@_-, at most 128).',
  },
  {
    parameter: 'ExistingDataBucketName',
    type: 'String',
    default: '',
    description:
      'A data bucket kept from an earlier stack of this notebook (smnb-data-...), to use again: its backup comes back onto the new notebook. Empty creates a new bucket.',
    // Only buckets smnb made: the permissions boundary lets a notebook role use smnb-data-* buckets and no others.
    allowedPattern: '^(smnb-data-[a-z0-9.-]{1,52}[a-z0-9])?$',
    constraintDescription: 'empty, or the name of a kept smnb data bucket (smnb-data-...).',
  },
  {
    parameter: 'TemplateBucketName',
    type: 'String',
    default: '',
    description: 'S3 bucket holding the child templates. Empty means ACCOUNT_ID-cfn-templates, as in the guide.',
    allowedPattern: '^([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])?$',
    constraintDescription: 'empty, or an S3 bucket name (lowercase letters, digits, dots and hyphens).',
  },
  {
    parameter: 'TemplatePrefix',
    type: 'String',
    default: 'sagemaker/templates/',
    description: 'Key prefix of the child templates in the template bucket, ending with a slash.',
    allowedPattern: '^([a-zA-Z0-9!_.*()-]+/)*$',
    constraintDescription: 'a key prefix ending with a slash, for example sagemaker/templates/.',
  },
] as const satisfies readonly TemplateParameter[];

export type NetworkParameter = (typeof NETWORK_PARAMETERS)[number]['parameter'];

/**
 * Rules between parameters, checked once every value is known: the subnet lies inside the VPC (a subnet's CIDR block
 * is the VPC's or a subset of it: Amazon VPC User Guide, "Subnet CIDR blocks", read 2026-12-01).
 */
export function checkNetwork(
  values: Readonly<Record<string, string>>,
): { readonly violation: RuleViolation; readonly value: string } | undefined {
  const vpc = values.VpcCidr ?? NETWORK_PARAMETERS[0].default;
  const subnet = values.PublicSubnetCidr ?? NETWORK_PARAMETERS[1].default;
  if (!parseCidr(vpc) || !parseCidr(subnet)) return undefined; // each is refused on its own first
  return cidrInside(subnet, vpc) ? undefined : { violation: { rule: 'subnet-outside-vpc', vpc }, value: subnet };
}
