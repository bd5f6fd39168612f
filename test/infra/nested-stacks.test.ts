import { Match, type Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { templates } from './_synth.js';

let all: Record<string, Template>;
beforeAll(() => {
  all = templates();
});
const json = (path: string) => all[path]!.toJSON();

describe('main-stack.yaml', () => {
  it('points every child at the seed bucket layout by default, overridable by parameters', () => {
    const main = json('main-stack.yaml');
    expect(main.Parameters.TemplatePrefix.Default).toBe('sagemaker/templates/');
    expect(main.Parameters.TemplateBucketName.Default).toBe('');
    const children = Object.entries<{ Type: string; Properties: { TemplateURL: unknown } }>(main.Resources).filter(
      ([, r]) => r.Type === 'AWS::CloudFormation::Stack',
    );
    expect(children.map(([id]) => id).sort()).toEqual([
      'IamRoleStack',
      'NotebookStack',
      'PreflightStack',
      'SecurityGroupStack',
      'VpcStack',
    ]);
    for (const [, child] of children) {
      const url = JSON.stringify(child.Properties.TemplateURL);
      expect(url).toContain('https://${Bucket}.s3.${AWS::Region}.amazonaws.com/${Prefix}');
      expect(url).toContain('UseDefaultTemplateBucket');
      expect(url).toContain('${AWS::AccountId}-cfn-templates');
    }
  });

  it('starts preflight and role at once; the network waits only for the preflight zone', () => {
    const r = json('main-stack.yaml').Resources;
    const deps = (id: string) => JSON.stringify(r[id].Properties).match(/"Fn::GetAtt":\["(\w+)"/g) ?? [];
    expect(deps('PreflightStack')).toEqual([]);
    expect(deps('IamRoleStack')).toEqual([]);
    expect(deps('VpcStack')).toEqual(['"Fn::GetAtt":["PreflightStack"']);
    expect(new Set(deps('NotebookStack'))).toEqual(
      new Set(['"Fn::GetAtt":["VpcStack"', '"Fn::GetAtt":["SecurityGroupStack"', '"Fn::GetAtt":["IamRoleStack"']),
    );
  });

  it('exposes the same outputs and parameters as the simple stack', () => {
    const simple = json('simple-stack.yaml');
    const main = json('main-stack.yaml');
    expect(Object.keys(main.Outputs).sort()).toEqual(Object.keys(simple.Outputs).sort());
    for (const [name, def] of Object.entries(simple.Parameters)) expect(main.Parameters[name], name).toEqual(def);
  });
});

describe('child templates', () => {
  it('build the same resources as the simple stack, split by concern', () => {
    const types = (path: string) =>
      Object.values<{ Type: string }>(json(path).Resources)
        .map((r) => r.Type)
        .sort();
    const nested = ['vpc', 'iam-role', 'security-group', 'sagemaker-notebook'].flatMap((n) =>
      types(`templates/${n}-stack.yaml`),
    );
    expect(nested.sort()).toEqual(types('simple-stack.yaml'));
  });

  it('preflight is an inline Lambda on a current runtime with a least-privilege role', () => {
    const t = all['templates/custom-resource-stack.yaml']!;
    t.hasResourceProperties('AWS::Lambda::Function', {
      Runtime: 'nodejs24.x',
      Handler: 'index.handler',
      Timeout: 60,
      Code: { ZipFile: Match.stringLikeRegexp('exports\\.handler = ') },
      LoggingConfig: { LogGroup: { Ref: 'PreflightLogGroup' } },
    });
    t.hasResourceProperties('Custom::NotebookPreflight', {
      InstanceType: { Ref: 'InstanceType' },
      AvailabilityZone: { Ref: 'AvailabilityZone' },
      NotebookInstanceName: { Ref: 'NotebookInstanceName' },
    });
    t.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 14 });
    const policy = JSON.stringify(t.findResources('AWS::IAM::Role'));
    for (const action of [
      'servicequotas:ListServiceQuotas',
      'sagemaker:ListNotebookInstances',
      'ec2:DescribeAvailabilityZones',
      'ec2:DescribeInstanceTypeOfferings',
    ]) {
      expect(policy).toContain(action);
    }
    expect(policy).not.toMatch(/"[a-z0-9-]+:\*"/);
    expect(json('templates/custom-resource-stack.yaml').Outputs.AvailabilityZone.Value).toEqual({
      'Fn::GetAtt': ['NotebookPreflight', 'AvailabilityZone'],
    });
  });

  it('tags every child from the root stack name', () => {
    for (const path of Object.keys(all).filter((p) => p.startsWith('templates/'))) {
      expect(json(path).Parameters.EnvironmentName, path).toBeDefined();
    }
  });
});
