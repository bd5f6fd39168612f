import { secureBucketProps } from '../constructs/secure-bucket-props.js';
import { Aws, CfnCondition, CfnDeletionPolicy, CfnOutput, CfnParameter, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { named } from '../constructs/logical-id.js';
import { acceptFindings, type AcceptedFinding } from '../rules/acknowledge.js';
import type { PolicyDocument } from '../../shared/policy-document.js';
import { BOUNDARY_POLICY_NAME, permissionsBoundary } from '../../shared/permissions-boundary.js';
import { TEMPLATE_BUCKET_SUFFIX } from '../../shared/deployer-policy.js';
import { denyInsecureTransport } from '../../shared/secure-bucket.js';
import {
  PEOPLE_GROUP_NAME,
  PEOPLE_POLICY_NAME,
  SERVICE_ROLE_NAME,
  SETUP_ACCOUNT_WIDE_PARAMETER,
  SETUP_EXISTING_BOUNDARY_PARAMETER,
  SETUP_IAM_PATH,
  SETUP_OUTPUTS,
  SETUP_TEMPLATE_FILE,
  SETUP_VERSION,
} from '../../shared/setup-contract.js';
import { peoplePolicy, serviceRolePolicies, serviceRoleTrust } from '../../shared/setup-policies.js';
import { TemplateStack } from './template-stack.js';
import { addClassMember } from '../constructs/class-member.js';

const ACCOUNT_VARIABLE = '${aws:PrincipalAccount}';
const WILDCARD_REASON =
  'Generated from shared/setup-policies.ts and shared/deployer-policy.ts: wildcards only over reads, over resources already tagged as smnb’s, or over smnb’s own name prefixes, each checked against the Service Authorization Reference and attacked in test/src/deployer-policy.test.ts.';

/**
 * A shipped document as the stack writes it: the account variable becomes this account (the template knows it, and
 * CloudFormation's schema check wants account IDs in IAM ARNs); docs/people-policy.json keeps the variable.
 */
function inThisAccount(doc: PolicyDocument): PolicyDocument {
  return JSON.parse(JSON.stringify(doc), (_, value: unknown) =>
    typeof value === 'string' ? value.split(ACCOUNT_VARIABLE).join(Aws.ACCOUNT_ID) : value,
  ) as PolicyDocument;
}

/** Every wildcard of a document, as cdk-nag's AwsSolutions-IAM5 names it, accepted with the one reason above. */
export function wildcardFindings(doc: PolicyDocument): AcceptedFinding[] {
  const ids = doc.Statement.filter((s) => s.Effect === 'Allow').flatMap((s) => [
    ...s.Action.filter((a) => a.includes('*')).map((a) => `AwsSolutions-IAM5[Action::${a}]`),
    ...[s.Resource]
      .flat()
      .filter((r) => r.includes('*'))
      .map((r) => `AwsSolutions-IAM5[Resource::${r.split(ACCOUNT_VARIABLE).join('<AWS::AccountId>')}]`),
  ]);
  return [...new Set(ids)].map((id) => ({ id, reason: WILDCARD_REASON }));
}

/**
 * setup-stack.yaml: what an administrator deploys once per account (`smnb setup`, or plain `aws cloudformation
 * deploy --capabilities CAPABILITY_NAMED_IAM`) so people can deploy notebooks without any IAM write of their own,
 * like `cdk bootstrap` but without an AdministratorAccess execution role.
 *
 * IAM is global, so the first region's stack holds the account-wide part (boundary, service role, people policy and
 * group); with AccountWide = 'false' (a further region) only that region's template bucket and the version.
 * Outside the stack on purpose: the budget (`smnb budget` makes one per person, with their own e-mail address), and
 * the people themselves (an administrator adds them to the group or assigns a permission set).
 */
export class SetupStack extends TemplateStack {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      committedPath: SETUP_TEMPLATE_FILE,
      description: `smnb account set-up v${SETUP_VERSION}: permissions boundary, CloudFormation service role, people policy and group, template bucket`,
    });
    const accountWide = new CfnParameter(this, SETUP_ACCOUNT_WIDE_PARAMETER, {
      type: 'String',
      allowedValues: ['true', 'false'],
      default: 'true',
      description: "'true' in the account's first region (IAM is global); 'false' in any further region",
    });
    const isAccountWide = named(
      new CfnCondition(this, 'IsAccountWide', { expression: Fn.conditionEquals(accountWide.valueAsString, 'true') }),
      'IsAccountWide',
    );
    const existingBoundary = new CfnParameter(this, SETUP_EXISTING_BOUNDARY_PARAMETER, {
      type: 'String',
      allowedValues: ['true', 'false'],
      default: 'false',
      description: `'true' when the account already has ${BOUNDARY_POLICY_NAME}, made by hand: the set-up uses it as it is`,
    });
    const makesBoundary = named(
      new CfnCondition(this, 'MakesBoundary', {
        expression: Fn.conditionAnd(isAccountWide, Fn.conditionEquals(existingBoundary.valueAsString, 'false')),
      }),
      'MakesBoundary',
    );
    const onlyAccountWide = (element: { cfnOptions: { condition?: CfnCondition } }) => {
      element.cfnOptions.condition = isAccountWide;
    };

    const boundary = named(
      new iam.CfnManagedPolicy(this, 'Boundary', {
        managedPolicyName: BOUNDARY_POLICY_NAME,
        description: 'smnb: the upper limit of every role a notebook stack creates',
        policyDocument: inThisAccount(permissionsBoundary()),
      }),
      'PermissionsBoundary',
    );
    boundary.cfnOptions.condition = makesBoundary;
    acceptFindings(boundary, wildcardFindings(permissionsBoundary()));

    const servicePolicies = serviceRolePolicies().map((doc, i) => {
      const policy = named(
        new iam.CfnManagedPolicy(this, `ServicePolicy${i + 1}`, {
          managedPolicyName: `${SERVICE_ROLE_NAME}-${i + 1}`,
          path: SETUP_IAM_PATH,
          description: `smnb: what CloudFormation may do for notebook stacks (part ${i + 1})`,
          policyDocument: inThisAccount(doc),
        }),
        `ServiceRolePolicy${i + 1}`,
      );
      onlyAccountWide(policy);
      acceptFindings(policy, wildcardFindings(doc));
      return policy;
    });

    const role = named(
      new iam.CfnRole(this, 'ServiceRole', {
        roleName: SERVICE_ROLE_NAME,
        path: SETUP_IAM_PATH,
        description: 'smnb: the role CloudFormation acts with for every notebook stack',
        assumeRolePolicyDocument: serviceRoleTrust(Aws.ACCOUNT_ID),
        managedPolicyArns: servicePolicies.map((p) => p.ref),
      }),
      'ServiceRole',
    );
    onlyAccountWide(role);

    const people = named(
      new iam.CfnManagedPolicy(this, 'People', {
        managedPolicyName: PEOPLE_POLICY_NAME,
        path: SETUP_IAM_PATH,
        description: 'smnb: deploy, open, stop, start, back up and delete notebooks through the service role',
        policyDocument: inThisAccount(peoplePolicy()),
      }),
      'PeoplePolicy',
    );
    onlyAccountWide(people);
    acceptFindings(people, wildcardFindings(peoplePolicy()));

    const group = named(
      new iam.CfnGroup(this, 'PeopleGroup', {
        groupName: PEOPLE_GROUP_NAME,
        path: SETUP_IAM_PATH,
        // `aws login` needs AWS's managed policy SignInLocalDevelopmentAccess (signin:AuthorizeOAuth2Access and
        // CreateOAuth2Token on public clients only; AWS Managed Policy Reference, "SignInLocalDevelopmentAccess", v3
        // of 2026-02-12, and AWS CLI User Guide, "Login for AWS local development using console credentials", both
        // read 2026-12-07), so people in the group can sign in the recommended way without a long-term key.
        managedPolicyArns: [people.ref, Fn.sub('arn:${AWS::Partition}:iam::aws:policy/SignInLocalDevelopmentAccess')],
      }),
      'PeopleGroup',
    );
    onlyAccountWide(group);
    acceptFindings(group, [
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/SignInLocalDevelopmentAccess]',
        reason:
          'AWS’s own policy for aws login: two sign-in actions on public OAuth2 clients only, kept current by AWS; no resource access.',
      },
    ]);

    // A class member account (smnb class deploys this template with StackSets): the teacher's read-only role and the
    // member's budget, both absent unless ClassAdministratorAccountId is given.
    const classMember = addClassMember(this);
    acceptFindings(
      classMember.readerRole,
      [
        'Resource::*',
        'Resource::arn:aws:cloudformation:*:<AWS::AccountId>:stack/StackSet-smnb-class-notebook-*/*',
        'Resource::arn:aws:cloudformation:*:<AWS::AccountId>:stack/StackSet-smnb-class-setup-*/*',
        'Resource::arn:aws:s3:::smnb-data-*/smnb-backup/*',
        'Resource::arn:aws:s3:::smnb-data-*',
        'Resource::arn:aws:sagemaker:*:<AWS::AccountId>:notebook-instance/*',
      ].map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          'The class reader role only reads (each action is Read or List in the Service Authorization Reference, as test/src/class-reader-policy.test.ts checks), over this account’s smnb notebooks, the class stacks and the backup prefix of smnb data buckets; ListNotebookInstances supports no resource.',
      })),
    );

    const bucket = this.templateBucket();

    const out = (key: string, value: string, description: string, accountWideOnly: boolean) => {
      const output = named(new CfnOutput(this, `Output${key}`, { value, description }), key);
      if (accountWideOnly) output.condition = isAccountWide;
    };
    out(SETUP_OUTPUTS.version, String(SETUP_VERSION), 'Version of the smnb account set-up', false);
    out(SETUP_OUTPUTS.serviceRoleArn, role.attrArn, 'Role CloudFormation acts with for smnb stacks', true);
    out(SETUP_OUTPUTS.peoplePolicyArn, people.ref, 'Policy for the people who use smnb', true);
    out(SETUP_OUTPUTS.peopleGroupName, group.ref, 'Group to add people to', true);
    out(SETUP_OUTPUTS.templateBucketName, bucket.ref, 'Bucket for the nested layout’s child templates', false);
  }

  /** This region's template bucket, under the secure-bucket rule; kept when the set-up is deleted. */
  private templateBucket(): s3.CfnBucket {
    const bucket = named(
      new s3.CfnBucket(this, 'TemplateBucket', {
        bucketName: Fn.sub(`\${AWS::AccountId}-\${AWS::Region}-${TEMPLATE_BUCKET_SUFFIX}`),
        ...secureBucketProps(),
      }),
      'TemplateBucket',
    );
    bucket.cfnOptions.deletionPolicy = CfnDeletionPolicy.RETAIN;
    bucket.cfnOptions.updateReplacePolicy = CfnDeletionPolicy.RETAIN;
    acceptFindings(bucket, [
      {
        id: 'AwsSolutions-S1',
        reason:
          'The template bucket holds only copies of smnb’s public child templates; access logs would need a second bucket and cost money. Turn on CloudTrail S3 data events when an audit trail is required.',
      },
    ]);
    named(
      new s3.CfnBucketPolicy(this, 'TemplateBucketPolicy', {
        bucket: bucket.ref,
        policyDocument: {
          Version: '2012-10-17',
          Statement: [denyInsecureTransport(bucket.attrArn, Fn.join('', [bucket.attrArn, '/*']))],
        },
      }),
      'TemplateBucketPolicy',
    );
    return bucket;
  }
}
