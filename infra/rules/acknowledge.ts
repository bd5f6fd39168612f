import { Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** One accepted cdk-nag AwsSolutions finding, with the reason it is right for this project. */
export interface AcceptedFinding {
  /** Rule ID as cdk-nag names it, e.g. `AwsSolutions-S1` or `AwsSolutions-IAM5[Resource::*]`. */
  readonly id: string;
  readonly reason: string;
}

/** Records accepted findings on a construct. docs/security.md lists every one of them (a test keeps them in step). */
export function acceptFindings(scope: IConstruct, findings: readonly AcceptedFinding[]): void {
  for (const finding of findings) {
    Validations.of(scope).acknowledge({ id: `AwsSolutions::${finding.id}`, reason: finding.reason });
  }
}
