import { Aws, CfnCondition, Fn, type Stack } from 'aws-cdk-lib';
import { named } from './logical-id.js';

/**
 * The ARN of the permissions boundary every role of a template gets, from the template's PermissionsBoundaryPolicyName
 * parameter: a customer managed policy of this account (README's set-up creates it; shared/permissions-boundary.ts
 * is its document). Empty means no boundary, so an administrator's plain `aws cloudformation create-stack` works with
 * the defaults; a deployer holding docs/deployer-policy.json may create roles only with it, and `smnb deploy` passes
 * it whenever the policy exists.
 */
export function permissionsBoundaryArn(stack: Stack, policyName: string): string {
  const has = named(
    new CfnCondition(stack, 'HasPermissionsBoundary', {
      expression: Fn.conditionNot(Fn.conditionEquals(policyName, '')),
    }),
    'HasPermissionsBoundary',
  );
  return Fn.conditionIf(
    has.logicalId,
    Fn.sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/${Name}', { Name: policyName }),
    Aws.NO_VALUE,
  ).toString();
}

/**
 * A name that policies can match by prefix and that stays unique: the prefix and the stack's own id (the UUID at the
 * end of its ARN), lower-case as S3 and Lambda accept.
 */
export function stackScopedName(prefix: string): string {
  return Fn.join('', [prefix, Fn.select(2, Fn.split('/', Aws.STACK_ID))]);
}
