import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTEBOOK_INSTANCE_TYPES } from '../../shared/notebook-rules.js';
import { templates } from './_synth.js';

let t: Template;
beforeAll(() => {
  t = templates()['simple-stack.yaml']!;
});

describe('simple-stack.yaml resources', () => {
  it('builds the network the guide describes', () => {
    t.hasResourceProperties('AWS::EC2::VPC', {
      CidrBlock: { Ref: 'VpcCidr' },
      EnableDnsSupport: true,
      EnableDnsHostnames: true,
    });
    t.resourceCountIs('AWS::EC2::InternetGateway', 1);
    t.hasResourceProperties('AWS::EC2::VPCGatewayAttachment', {
      VpcId: { Ref: 'Vpc' },
      InternetGatewayId: { Ref: 'InternetGateway' },
    });
    t.hasResourceProperties('AWS::EC2::Subnet', {
      CidrBlock: { Ref: 'PublicSubnetCidr' },
      MapPublicIpOnLaunch: false,
      AvailabilityZone: { 'Fn::If': ['HasAvailabilityZone', { Ref: 'AvailabilityZone' }, Match.anyValue()] },
    });
    t.hasResource('AWS::EC2::Route', {
      Properties: { DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'InternetGateway' } },
      DependsOn: ['InternetGatewayAttachment'],
    });
    t.hasResourceProperties('AWS::EC2::SubnetRouteTableAssociation', {
      SubnetId: { Ref: 'PublicSubnet' },
      RouteTableId: { Ref: 'PublicRouteTable' },
    });
  });

  it('opens nothing to the internet: HTTPS only from the VPC range', () => {
    t.hasResourceProperties('AWS::EC2::SecurityGroup', {
      SecurityGroupIngress: [
        { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: { Ref: 'VpcCidr' }, Description: Match.anyValue() },
      ],
      SecurityGroupEgress: [Match.objectLike({ IpProtocol: '-1', CidrIp: '0.0.0.0/0' })],
    });
    const text = JSON.stringify(t.toJSON().Resources);
    expect(text).not.toMatch(/"CidrIp":"0\.0\.0\.0\/0","Description":"HTTPS/);
  });

  it('keeps user data: the bucket is encrypted, private, TLS-only, versioned and retained', () => {
    t.hasResource('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
      }),
    });
    t.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: [Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })],
      },
    });
  });

  it('trusts only SageMaker and grants no wildcard actions', () => {
    t.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: {
        Statement: [{ Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
    });
    const roles = t.findResources('AWS::IAM::Role');
    const policies = t.findResources('AWS::IAM::Policy');
    const actions = JSON.stringify([roles, policies]).match(/"[a-z0-9-]+:[A-Za-z*]+"/g) ?? [];
    expect(actions.length).toBeGreaterThan(10);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(JSON.stringify(roles)).not.toContain('ManagedPolicyArns');
  });

  it('lets the role stop only its own notebook, by tag', () => {
    t.hasResourceProperties('AWS::IAM::Role', {
      Policies: Match.arrayWith([
        Match.objectLike({
          PolicyName: 'IdleAutoStop',
          PolicyDocument: Match.objectLike({
            Statement: [
              Match.objectLike({
                Action: ['sagemaker:DescribeNotebookInstance', 'sagemaker:StopNotebookInstance'],
                Condition: { StringEquals: { 'aws:ResourceTag/smnb:environment': { Ref: 'AWS::StackName' } } },
              }),
            ],
          }),
        }),
      ]),
    });
    t.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: 'iam:PassRole',
            Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } },
          }),
        ]),
      },
    });
  });

  it('configures the notebook safely', () => {
    t.hasResourceProperties('AWS::SageMaker::NotebookInstance', {
      NotebookInstanceName: { Ref: 'NotebookInstanceName' },
      InstanceType: { Ref: 'InstanceType' },
      VolumeSizeInGB: { Ref: 'VolumeSizeInGB' },
      PlatformIdentifier: 'notebook-al2023-v1',
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' },
      RootAccess: { Ref: 'RootAccess' },
      DirectInternetAccess: { Ref: 'DirectInternetAccess' },
      SubnetId: { Ref: 'PublicSubnet' },
      LifecycleConfigName: { 'Fn::GetAtt': ['IdleAutoStopLifecycleConfig', 'NotebookInstanceLifecycleConfigName'] },
      DefaultCodeRepository: {
        'Fn::If': ['HasDefaultCodeRepository', { Ref: 'DefaultCodeRepository' }, { Ref: 'AWS::NoValue' }],
      },
      KmsKeyId: { 'Fn::If': ['HasKmsKeyArn', { Ref: 'KmsKeyArn' }, { Ref: 'AWS::NoValue' }] },
      Tags: Match.arrayWith([
        { Key: 'smnb:environment', Value: { Ref: 'AWS::StackName' } },
        { Key: 'smnb:notebook', Value: { Ref: 'NotebookInstanceName' } },
      ]),
    });
  });

  it('names no resource that would collide between two stacks of the same template', () => {
    const fixedNames = ['RoleName', 'BucketName', 'GroupName', 'NotebookInstanceLifecycleConfigName', 'FunctionName'];
    for (const [id, resource] of Object.entries<{ Properties?: object }>(t.toJSON().Resources)) {
      const props = (resource.Properties ?? {}) as Record<string, unknown>;
      // A name built from the stack's own id (unique per stack) cannot collide.
      const fixed = Object.keys(props).filter(
        (k) => fixedNames.includes(k) && !JSON.stringify(props[k]).includes('"Ref":"AWS::StackId"'),
      );
      expect(fixed, id).toEqual([]);
    }
  });
});

describe('simple-stack.yaml parameters and outputs', () => {
  it('declares every parameter with the documented default and constraint', () => {
    const p = t.toJSON().Parameters;
    expect(p.NotebookInstanceName).toMatchObject({
      Default: 'my-first-sagemaker-notebook',
      MaxLength: 63,
      AllowedPattern: '^[a-zA-Z0-9](-*[a-zA-Z0-9])*$',
    });
    expect(p.InstanceType).toMatchObject({ Default: 'ml.t3.medium', AllowedValues: [...NOTEBOOK_INSTANCE_TYPES] });
    expect(p.VolumeSizeInGB).toMatchObject({ Type: 'Number', Default: 20, MinValue: 5, MaxValue: 16384 });
    expect(p.IdleTimeoutMinutes).toMatchObject({ Type: 'Number', Default: 60, MinValue: 0 });
    expect(p.NotebookPlatform).toBeUndefined(); // not a choice: AL2 can no longer be created
    expect(p.RootAccess).toMatchObject({ Default: 'Disabled', AllowedValues: ['Disabled', 'Enabled'] });
    expect(p.DirectInternetAccess).toMatchObject({ Default: 'Enabled' });
    expect(p.DefaultCodeRepository.Default).toBe('https://github.com/aws/amazon-sagemaker-examples.git');
    expect(p.KmsKeyArn.Default).toBe('');
    expect(p.VpcCidr.Default).toBe('10.0.0.0/16');
    expect(p.PublicSubnetCidr.Default).toBe('10.0.1.0/24');
    for (const [name, def] of Object.entries<Record<string, unknown>>(p)) {
      expect(def.Description, name).toBeTruthy();
      if (def.AllowedPattern || def.MinValue !== undefined) expect(def.ConstraintDescription, name).toBeTruthy();
    }
  });

  it('exposes the outputs the guide names plus the IDs scripts need', () => {
    const o = t.toJSON().Outputs;
    expect(Object.keys(o).sort()).toEqual(
      [
        'DataBucketName',
        'DirectJupyterURL',
        'ExecutionRoleArn',
        'ImportantNote',
        'JupyterLabURL',
        'JupyterURL',
        'NotebookInstanceName',
        'SecurityGroupId',
        'SubnetId',
        'VpcId',
      ].sort(),
    );
    expect(JSON.stringify(o.DirectJupyterURL.Value)).toContain(
      'https://${Name}.notebook.${AWS::Region}.sagemaker.aws/tree',
    );
    expect(JSON.stringify(o.JupyterLabURL.Value)).toContain('.sagemaker.aws/lab');
    expect(JSON.stringify(o.JupyterURL.Value)).toContain(
      'console.aws.amazon.com/sagemaker/home?region=${AWS::Region}#/notebook-instances/${Name}',
    );
    const note = JSON.stringify(o.ImportantNote.Value);
    expect(note).toMatch(/USD 0\.05\/h/);
    expect(note).toContain('${Idle} idle minutes');
    expect(note).toContain('Deleting the stack ends all charges');
  });
});

describe('the data bucket, new or kept', () => {
  it.each(['simple-stack.yaml', 'templates/iam-role-stack.yaml'])(
    '%s: creates a bucket tagged with its notebook only when no kept bucket is given, and uses the kept one otherwise',
    (file) => {
      const template = templates()[file]!;
      template.hasCondition('CreateDataBucket', { 'Fn::Equals': [{ Ref: 'ExistingDataBucketName' }, ''] });
      template.hasResource('AWS::S3::Bucket', {
        Condition: 'CreateDataBucket',
        DeletionPolicy: 'Retain',
        Properties: {
          Tags: Match.arrayWith([{ Key: 'smnb:notebook', Value: { Ref: 'NotebookInstanceName' } }]),
        },
      });
      template.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { 'Fn::If': ['CreateDataBucket', { Ref: 'DataBucket' }, { Ref: 'ExistingDataBucketName' }] },
      });
      template.hasOutput('DataBucketName', {
        Value: { 'Fn::If': ['CreateDataBucket', { Ref: 'DataBucket' }, { Ref: 'ExistingDataBucketName' }] },
      });
    },
  );
});
