import { Aws, CfnCondition, CfnParameter, Fn, type Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import { SETUP_IAM_PATH } from '../../shared/setup-contract.js';
import { CLASS_PARAMETERS, CLASS_READER_ROLE_NAME, classReaderStatements } from '../../shared/class-contract.js';
import { named } from './logical-id.js';

/** The budget's name in a member account (one per account: each member has their own). */
export const CLASS_BUDGET_NAME = 'smnb-class-member';
/** Alert share of the monthly amount, actual spend (AWS Budgets API, NotificationWithSubscribers). */
const ALERT_PERCENT = 80;

/** What the member-account part of a class added to a stack. */
export interface ClassMember {
  /** True in a member account of a class (ClassAdministratorAccountId is set). */
  readonly condition: CfnCondition;
  readonly readerRole: iam.CfnRole;
  readonly budget: budgets.CfnBudget;
}

function parameters(stack: Stack) {
  return {
    administrator: named(
      new CfnParameter(stack, CLASS_PARAMETERS.administratorAccountId, {
        type: 'String',
        default: '',
        allowedPattern: '^(\\d{12})?$',
        description:
          'Class: the administrator account (12 digits) whose smnb class may read this account; empty = not in a class, nothing is created',
      }),
      CLASS_PARAMETERS.administratorAccountId,
    ),
    externalId: named(
      new CfnParameter(stack, CLASS_PARAMETERS.readerExternalId, {
        type: 'String',
        default: '',
        allowedPattern: '^[\\w+=,.@:/-]{0,1224}$',
        description:
          'Class: the external ID the administrator must give to read this account (set by smnb class deploy)',
      }),
      CLASS_PARAMETERS.readerExternalId,
    ),
    amount: named(
      new CfnParameter(stack, CLASS_PARAMETERS.monthlyBudgetUsd, {
        type: 'Number',
        default: 20,
        minValue: 1,
        description: "Class: this member's monthly budget in USD",
      }),
      CLASS_PARAMETERS.monthlyBudgetUsd,
    ),
    teacherEmail: named(
      new CfnParameter(stack, CLASS_PARAMETERS.teacherEmail, {
        type: 'String',
        default: '',
        description: "Class: the teacher's e-mail for budget alerts (empty = none)",
      }),
      CLASS_PARAMETERS.teacherEmail,
    ),
    memberEmail: named(
      new CfnParameter(stack, CLASS_PARAMETERS.memberEmail, {
        type: 'String',
        default: '',
        description: "Class: the member's e-mail for budget alerts (empty = none)",
      }),
      CLASS_PARAMETERS.memberEmail,
    ),
  };
}

const notEmpty = (value: string) => Fn.conditionNot(Fn.conditionEquals(value, ''));

/**
 * The read-only role of a class member account. Trusted by the administrator account's root principal, i.e. only
 * principals of that account that its own IAM policies allow to assume it, and only with the class's external ID
 * (sts:ExternalId). The external ID rather than aws:PrincipalOrgID: the administrator account is in the organization
 * anyway, so PrincipalOrgID would add nothing to the account principal, while the external ID, kept on the set-up
 * StackSet's parameters, ties the role to this class (IAM User Guide, "IAM JSON policy elements: Principal", AWS
 * account principals; "Access to AWS accounts owned by third parties", external ID; read 2026-12-07).
 */
function readerRole(stack: Stack, p: ReturnType<typeof parameters>, condition: CfnCondition): iam.CfnRole {
  const role = named(
    new iam.CfnRole(stack, 'ClassReaderRole', {
      roleName: CLASS_READER_ROLE_NAME,
      path: SETUP_IAM_PATH,
      description: 'smnb class: read-only view of this account for the class administrator (status, export)',
      maxSessionDuration: 3600,
      assumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Principal: {
              AWS: Fn.sub('arn:${AWS::Partition}:iam::${Admin}:root', { Admin: p.administrator.valueAsString }),
            },
            Action: 'sts:AssumeRole',
            Condition: { StringEquals: { 'sts:ExternalId': p.externalId.valueAsString } },
          },
        ],
      },
      policies: [
        {
          policyName: 'read-only',
          policyDocument: { Version: '2012-10-17', Statement: classReaderStatements(Aws.ACCOUNT_ID) },
        },
      ],
    }),
    'ClassReaderRole',
  );
  role.cfnOptions.condition = condition;
  return role;
}

/**
 * The member's monthly cost budget, alerting at 80 % of actual spend the teacher and the member (whichever e-mails
 * are given; AWS Budgets needs at least one subscriber per notification, so the budget exists only then). AWS
 * Budgets' first two budgets of an account cost nothing (AWS Budgets pricing, read 2026-12-01).
 */
function memberBudget(stack: Stack, p: ReturnType<typeof parameters>, member: CfnCondition): budgets.CfnBudget {
  const hasTeacher = named(
    new CfnCondition(stack, 'ClassHasTeacherEmail', { expression: notEmpty(p.teacherEmail.valueAsString) }),
    'ClassHasTeacherEmail',
  );
  const hasMember = named(
    new CfnCondition(stack, 'ClassHasMemberEmail', { expression: notEmpty(p.memberEmail.valueAsString) }),
    'ClassHasMemberEmail',
  );
  const hasBudget = named(
    new CfnCondition(stack, 'ClassHasBudget', {
      expression: Fn.conditionAnd(member, Fn.conditionOr(hasTeacher, hasMember)),
    }),
    'ClassHasBudget',
  );
  // Written in CloudFormation's own casing: CDK does not rename the keys of an object inside Fn::If.
  const subscriber = (condition: CfnCondition, address: string) =>
    Fn.conditionIf(condition.logicalId, { SubscriptionType: 'EMAIL', Address: address }, Aws.NO_VALUE);
  const budget = named(
    new budgets.CfnBudget(stack, 'ClassMemberBudget', {
      budget: {
        budgetName: CLASS_BUDGET_NAME,
        budgetType: 'COST',
        timeUnit: 'MONTHLY',
        budgetLimit: { amount: p.amount.valueAsNumber, unit: 'USD' },
      },
      notificationsWithSubscribers: [
        {
          notification: {
            notificationType: 'ACTUAL',
            comparisonOperator: 'GREATER_THAN',
            threshold: ALERT_PERCENT,
            thresholdType: 'PERCENTAGE',
          },
          subscribers: [
            subscriber(hasTeacher, p.teacherEmail.valueAsString),
            subscriber(hasMember, p.memberEmail.valueAsString),
          ] as unknown as budgets.CfnBudget.SubscriberProperty[],
        },
      ],
    }),
    'ClassMemberBudget',
  );
  budget.cfnOptions.condition = hasBudget;
  return budget;
}

/**
 * Adds the member-account part of a class to a stack (the account set-up calls it in one line): its parameters,
 * the read-only role `smnb-class-reader` and the member's budget, all behind ClassAdministratorAccountId (empty by
 * default: nothing is created, and the stack is an ordinary account set-up).
 */
export function addClassMember(stack: Stack): ClassMember {
  const p = parameters(stack);
  const condition = named(
    new CfnCondition(stack, 'IsClassMember', { expression: notEmpty(p.administrator.valueAsString) }),
    'IsClassMember',
  );
  return { condition, readerRole: readerRole(stack, p, condition), budget: memberBudget(stack, p, condition) };
}
