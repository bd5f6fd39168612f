/** The shape of the IAM policy documents smnb ships (deployer policy, permissions boundary). */

/** Every role the templates create lives under this IAM path, so the deployer may create and pass only those. */
export const ROLE_PATH = '/smnb/';

/** Condition operator → condition key → value(s), as in IAM's JSON policy grammar. */
export type PolicyCondition = Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;

/** One statement of an IAM policy (Sid, Effect, Action, Resource, Condition), as IAM's JSON grammar spells it. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Action: readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: PolicyCondition;
}

/** A whole policy document as IAM takes it (create-policy, create-policy-version). */
export interface PolicyDocument {
  readonly Version: '2012-10-17';
  readonly Statement: readonly PolicyStatement[];
}
