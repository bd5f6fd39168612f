import { CfnCondition, Fn, Tags } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';
import { named } from './logical-id.js';
import { acceptFindings } from '../rules/acknowledge.js';

export interface NotebookNetworkProps {
  /** IP range of the VPC. @default '10.0.0.0/16' (through the VpcCidr parameter) */
  readonly vpcCidr: string;
  /** IP range of the public subnet; must lie inside `vpcCidr`. */
  readonly subnetCidr: string;
  /** Availability Zone of the subnet. */
  readonly availabilityZone: string;
  /** Prefix for Name tags, so resources are recognisable in the console. */
  readonly namePrefix: string;
}

/**
 * The notebook's network, in the order the guide explains it: a VPC, an internet gateway attached to it, one public
 * subnet, and a route table that sends internet traffic to the gateway.
 *
 * Instances in the subnet get no public IP: with DirectInternetAccess=Enabled SageMaker gives the notebook its own
 * internet path, and browser access always goes through SageMaker, never into this VPC.
 */
export class NotebookNetwork extends Construct {
  public readonly vpc: ec2.CfnVPC;
  public readonly subnet: ec2.CfnSubnet;

  constructor(scope: Construct, id: string, props: NotebookNetworkProps) {
    super(scope, id);
    this.vpc = named(
      new ec2.CfnVPC(this, 'Vpc', { cidrBlock: props.vpcCidr, enableDnsSupport: true, enableDnsHostnames: true }),
      'Vpc',
    );
    Tags.of(this.vpc).add('Name', `${props.namePrefix}-vpc`);
    acceptFindings(this.vpc, [
      {
        id: 'AwsSolutions-VPC7',
        reason:
          'Flow logs cost money on every byte and nothing in this VPC accepts traffic from the internet; add them when network forensics are required.',
      },
    ]);

    const gateway = named(new ec2.CfnInternetGateway(this, 'InternetGateway'), 'InternetGateway');
    Tags.of(gateway).add('Name', `${props.namePrefix}-igw`);
    const attachment = named(
      new ec2.CfnVPCGatewayAttachment(this, 'GatewayAttachment', {
        vpcId: this.vpc.ref,
        internetGatewayId: gateway.ref,
      }),
      'InternetGatewayAttachment',
    );

    this.subnet = named(
      new ec2.CfnSubnet(this, 'PublicSubnet', {
        vpcId: this.vpc.ref,
        cidrBlock: props.subnetCidr,
        availabilityZone: props.availabilityZone,
        mapPublicIpOnLaunch: false,
      }),
      'PublicSubnet',
    );
    Tags.of(this.subnet).add('Name', `${props.namePrefix}-public-subnet`);

    const routeTable = named(new ec2.CfnRouteTable(this, 'RouteTable', { vpcId: this.vpc.ref }), 'PublicRouteTable');
    Tags.of(routeTable).add('Name', `${props.namePrefix}-public-rt`);
    const route = named(
      new ec2.CfnRoute(this, 'DefaultRoute', {
        routeTableId: routeTable.ref,
        destinationCidrBlock: '0.0.0.0/0',
        gatewayId: gateway.ref,
      }),
      'PublicDefaultRoute',
    );
    // The route is only valid once the gateway is attached; CloudFormation cannot infer that.
    route.addResourceDependency(attachment);
    named(
      new ec2.CfnSubnetRouteTableAssociation(this, 'SubnetRouteTableAssociation', {
        subnetId: this.subnet.ref,
        routeTableId: routeTable.ref,
      }),
      'PublicSubnetRouteTableAssociation',
    );
  }
}

/** The Availability Zone to use: the one asked for, or else the region's first. */
export function chosenAvailabilityZone(scope: Construct, requested: string): string {
  const hasRequested = named(
    new CfnCondition(scope, 'HasAvailabilityZone', {
      expression: Fn.conditionNot(Fn.conditionEquals(requested, '')),
    }),
    'HasAvailabilityZone',
  );
  return Fn.conditionIf(hasRequested.logicalId, requested, Fn.select(0, Fn.getAzs(''))).toString();
}
