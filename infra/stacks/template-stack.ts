import { DefaultStackSynthesizer, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';

export interface TemplateStackProps extends StackProps {
  /** Where the template is written, relative to the repository root, e.g. `templates/vpc-stack.yaml`. */
  readonly committedPath: string;
  readonly description: string;
}

/**
 * A stack that becomes a plain, committed CloudFormation template: no bootstrap version check, no CDK metadata and
 * no assets, so `aws cloudformation create-stack --template-body file://...` works in any account.
 */
export class TemplateStack extends Stack {
  public readonly committedPath: string;

  constructor(scope: Construct, id: string, props: TemplateStackProps) {
    super(scope, id, {
      ...props,
      analyticsReporting: false,
      synthesizer: new DefaultStackSynthesizer({ generateBootstrapVersionRule: false }),
    });
    this.committedPath = props.committedPath;
    this.templateOptions.templateFormatVersion = '2010-09-09';
  }
}
