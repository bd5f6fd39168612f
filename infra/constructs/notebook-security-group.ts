import { Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { named } from './logical-id.js';
import { acceptFindings } from '../rules/acknowledge.js';

export interface NotebookSecurityGroupProps {
  readonly vpcId: string;
  /** Only this range may reach the notebook's network interface, on HTTPS. */
  readonly vpcCidr: string;
  readonly namePrefix: string;
}

/**
 * Firewall of the notebook's network interface in our subnet.
 *
 * It opens nothing to the internet: people reach Jupyter through SageMaker's own endpoint, which never passes this
 * group, so an inbound 0.0.0.0/0 rule would only widen the attack surface. HTTPS from inside the VPC is allowed for
 * resources you add there later. Outbound stays open so the notebook can reach AWS APIs and package mirrors.
 */
export class NotebookSecurityGroup extends Construct {
  public readonly group: ec2.CfnSecurityGroup;

  constructor(scope: Construct, id: string, props: NotebookSecurityGroupProps) {
    super(scope, id);
    this.group = named(
      new ec2.CfnSecurityGroup(this, 'Group', {
        vpcId: props.vpcId,
        groupDescription: 'SageMaker notebook: HTTPS from inside the VPC only; no inbound from the internet',
        securityGroupIngress: [
          { ipProtocol: 'tcp', fromPort: 443, toPort: 443, cidrIp: props.vpcCidr, description: 'HTTPS from the VPC' },
        ],
        securityGroupEgress: [{ ipProtocol: '-1', cidrIp: '0.0.0.0/0', description: 'All outbound traffic' }],
      }),
      'NotebookSecurityGroup',
    );
    Tags.of(this.group).add('Name', `${props.namePrefix}-notebook-sg`);
    acceptFindings(this.group, [
      {
        id: 'AwsSolutions-EC23',
        reason:
          'The rule cannot read a parameter; the only ingress source is the VpcCidr parameter, whose pattern allows /16 to /28 ranges only, never 0.0.0.0/0.',
      },
    ]);
  }
}
