/**
 * A class across AWS accounts: the names the CLI (`smnb class`), the member-account construct and the tests share, and
 * the read-only role's policy, declared once. Pure: imports only the policy shape.
 */
import { BACKUP_PREFIX } from './backup-layout.js';
import { DATA_BUCKET_PREFIX } from './permissions-boundary.js';
import type { PolicyStatement } from './policy-document.js';
import { SETUP_IAM_PATH } from './setup-contract.js';

/** The service-managed StackSet that puts the account set-up (setup-stack.yaml) into every member account. */
export const CLASS_SETUP_STACK_SET = 'smnb-class-setup';
/** The service-managed StackSet that puts one notebook (simple-stack.yaml) into every member account. */
export const CLASS_NOTEBOOK_STACK_SET = 'smnb-class-notebook';

/**
 * CloudFormation names the stack of a StackSet instance "StackSet-<StackSet name>-<UUID>" (CloudFormation User Guide,
 * "StackSets concepts", stack instances; read 2026-12-07). The reader role may describe only these stacks.
 */
export const stackSetStackPrefix = (stackSetName: string): string => `StackSet-${stackSetName}-`;

/** The read-only role each member account gets for `smnb class status` and `smnb class export`. */
export const CLASS_READER_ROLE_NAME = 'smnb-class-reader';

/** Parameters of the member-account construct (set-up template); empty administrator = nothing is created. */
export const CLASS_PARAMETERS = {
  administratorAccountId: 'ClassAdministratorAccountId',
  readerExternalId: 'ClassReaderExternalId',
  monthlyBudgetUsd: 'ClassMonthlyBudgetUsd',
  teacherEmail: 'ClassTeacherEmail',
  memberEmail: 'ClassMemberEmail',
} as const;

/** The reader role's ARN in a member account. */
export const classReaderRoleArn = (account: string): string =>
  `arn:aws:iam::${account}:role${SETUP_IAM_PATH}${CLASS_READER_ROLE_NAME}`;

/** Every action the reader role has; a test proves each is a read in the Service Authorization Reference. */
export const CLASS_READER_ACTIONS = [
  'sagemaker:DescribeNotebookInstance',
  'sagemaker:ListNotebookInstances',
  'sagemaker:ListTags',
  'cloudformation:DescribeStacks',
  's3:ListBucket',
  's3:GetObject',
] as const;

/**
 * The reader role's permissions in a member account, as IAM evaluates them: describe and list notebooks and their
 * tags, describe the class's notebook stack, list and read only the backup prefix of the account's own smnb data
 * buckets (s3:prefix and s3:ResourceAccount: Service Authorization Reference, Amazon S3, condition keys; read
 * 2026-12-07). Nothing that writes, starts, stops or deletes.
 */
export function classReaderStatements(account: string): PolicyStatement[] {
  const own = { StringEquals: { 's3:ResourceAccount': account } };
  return [
    {
      Sid: 'DescribeNotebooks',
      Effect: 'Allow',
      Action: ['sagemaker:DescribeNotebookInstance', 'sagemaker:ListTags'],
      Resource: `arn:aws:sagemaker:*:${account}:notebook-instance/*`,
    },
    // ListNotebookInstances has no resource type (Service Authorization Reference, Amazon SageMaker AI).
    { Sid: 'ListNotebooks', Effect: 'Allow', Action: ['sagemaker:ListNotebookInstances'], Resource: '*' },
    {
      Sid: 'DescribeClassStacks',
      Effect: 'Allow',
      Action: ['cloudformation:DescribeStacks'],
      Resource: [CLASS_SETUP_STACK_SET, CLASS_NOTEBOOK_STACK_SET].map(
        (set) => `arn:aws:cloudformation:*:${account}:stack/${stackSetStackPrefix(set)}*/*`,
      ),
    },
    {
      Sid: 'ListBackups',
      Effect: 'Allow',
      Action: ['s3:ListBucket'],
      Resource: `arn:aws:s3:::${DATA_BUCKET_PREFIX}*`,
      Condition: { StringEquals: { 's3:ResourceAccount': account }, StringLike: { 's3:prefix': `${BACKUP_PREFIX}*` } },
    },
    {
      Sid: 'ReadBackups',
      Effect: 'Allow',
      Action: ['s3:GetObject'],
      Resource: `arn:aws:s3:::${DATA_BUCKET_PREFIX}*/${BACKUP_PREFIX}*`,
      Condition: own,
    },
  ];
}

/**
 * Who may assume the reader role, as a statement on sts:AssumeRole: principals of the administrator account only (its
 * root principal in the trust policy is the account, i.e. aws:PrincipalAccount), and only with the class's external
 * ID (sts:ExternalId; IAM User Guide, "Access to AWS accounts owned by third parties", read 2026-12-07). The external
 * ID is kept on the StackSet's parameters, which only the administrator account can read, so another tool or person in
 * the administrator account that was allowed sts:AssumeRole on "*" still has to name this class to get in.
 */
export function classReaderTrust(administratorAccount: string, externalId: string): PolicyStatement {
  return {
    Sid: 'ClassAdministratorOnly',
    Effect: 'Allow',
    Action: ['sts:AssumeRole'],
    Resource: '*',
    Condition: { StringEquals: { 'aws:PrincipalAccount': administratorAccount, 'sts:ExternalId': externalId } },
  };
}

/** A CSV roster line: the member's account, their name (which becomes the notebook's name) and an optional type. */
export interface RosterMember {
  readonly account: string;
  readonly member: string;
  readonly instanceType?: string;
  readonly email?: string;
}

/** The StackSets calls `smnb class` makes from the administrator account (CloudFormation API Reference). */
export const CLASS_STACK_SET_ACTIONS = [
  'cloudformation:CreateStackSet',
  'cloudformation:UpdateStackSet',
  'cloudformation:DescribeStackSet',
  'cloudformation:DeleteStackSet',
  'cloudformation:CreateStackInstances',
  'cloudformation:DeleteStackInstances',
  'cloudformation:DescribeStackSetOperation',
  'cloudformation:ListStackSetOperationResults',
  'cloudformation:ListStackInstances',
] as const;

/**
 * What the teacher (the administrator account's person) needs beyond reading prices: the class's two StackSets, and
 * assuming the reader role in member accounts. Shown in docs/class.md.
 */
export const CLASS_TEACHER_STATEMENTS: readonly PolicyStatement[] = [
  {
    Sid: 'ClassStackSets',
    Effect: 'Allow',
    Action: CLASS_STACK_SET_ACTIONS,
    Resource: '*',
  },
  // A delegated administrator's StackSets calls check its registration with this (CloudFormation User Guide,
  // "Register a delegated administrator", read 2026-12-07): without it they fail with "Account used is not a
  // delegated administrator".
  {
    Sid: 'DelegatedAdministratorCheck',
    Effect: 'Allow',
    Action: ['organizations:ListDelegatedAdministrators'],
    Resource: '*',
  },
  {
    Sid: 'ReadMembers',
    Effect: 'Allow',
    Action: ['sts:AssumeRole'],
    Resource: `arn:aws:iam::*:role${SETUP_IAM_PATH}${CLASS_READER_ROLE_NAME}`,
  },
];
