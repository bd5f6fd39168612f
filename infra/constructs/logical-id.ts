import type { CfnElement } from 'aws-cdk-lib';

/**
 * Gives a CloudFormation element a stable, readable logical ID. Templates are read by people and by the seed's
 * aws-cli queries, so IDs like `Vpc` beat CDK's hashed paths; renaming one replaces the resource, so never do it lightly.
 */
export function named<T extends CfnElement>(element: T, logicalId: string): T {
  element.overrideLogicalId(logicalId);
  return element;
}
