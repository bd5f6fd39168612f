/**
 * The account set-up that `smnb setup` deploys (setup-stack.yaml), as the CLI and the CDK app both see it: names,
 * outputs and the version. Pure: imports nothing.
 *
 * IAM is global and buckets are regional, so the set-up stack in the first region holds the account-wide part (the
 * permissions boundary, the CloudFormation service role and its policies, the people policy and group), and the same
 * template in any further region holds only that region's template bucket (parameter `AccountWide` = 'false').
 */

/** The set-up stack's name, in every region it is deployed to. */
export const SETUP_STACK_NAME = 'smnb-setup';
/** The committed template, at the package root beside simple-stack.yaml. */
export const SETUP_TEMPLATE_FILE = 'setup-stack.yaml';
/**
 * The set-up's version. Raise it whenever setup-stack.yaml changes in a way the CLI relies on; the CLI asks for a new
 * `smnb setup` when the deployed set-up is older than MIN_SETUP_VERSION.
 */
export const SETUP_VERSION = 1;
/** The oldest set-up this CLI works with. */
export const MIN_SETUP_VERSION = 1;
/**
 * The path of the set-up's own IAM entities. It is not /smnb/ (the path of the roles stacks make), so nothing a stack
 * may write can name them.
 */
export const SETUP_IAM_PATH = '/smnb-setup/';
/** The role CloudFormation acts with (`--role-arn`) for every smnb stack. */
export const SERVICE_ROLE_NAME = 'smnb-cloudformation';
/** The managed policy for people (their own stacks only through the service role, and the CLI's direct calls). */
export const PEOPLE_POLICY_NAME = 'smnb-people';
/** The group an administrator adds people to. */
export const PEOPLE_GROUP_NAME = 'smnb-people';

/** The template parameter that says whether this region's set-up holds the account-wide part. */
export const SETUP_ACCOUNT_WIDE_PARAMETER = 'AccountWide';

/**
 * The template parameter that says the account already has the permissions boundary, made by hand before the set-up
 * existed ('true'): the set-up then uses it by name instead of making it, since roles of earlier stacks carry it and
 * IAM will not delete a policy in use as a boundary.
 */
export const SETUP_EXISTING_BOUNDARY_PARAMETER = 'ExistingBoundary';

/** Output keys of the set-up stack; the account-wide ones are absent where AccountWide is 'false'. */
export const SETUP_OUTPUTS = {
  version: 'SetupVersion',
  serviceRoleArn: 'ServiceRoleArn',
  peoplePolicyArn: 'PeoplePolicyArn',
  peopleGroupName: 'PeopleGroupName',
  templateBucketName: 'TemplateBucketName',
} as const;

/** The service role's ARN in an account. */
export const serviceRoleArn = (account: string): string =>
  `arn:aws:iam::${account}:role${SETUP_IAM_PATH}${SERVICE_ROLE_NAME}`;
