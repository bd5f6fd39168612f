import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEPLOYER_STATEMENTS, ROLE_PATH, deployerPolicy } from '../../shared/deployer-policy.js';
import { RESOURCE_TYPES } from '../../shared/resource-types.js';
import { CLI_COMMAND_ACTIONS } from '../_helpers/sdk-actions.js';
import { loadTemplate } from '../../src/templates.js';
import { policyAllows } from '../_helpers/iam-policy.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const TEMPLATES = [
  'simple-stack.yaml',
  'main-stack.yaml',
  ...readdirSync(new URL('templates/', root)).map((f) => `templates/${f}`),
];
const allowed = (action: string, resource?: string, context?: Record<string, string>) =>
  policyAllows(DEPLOYER_STATEMENTS, { action, resource, context });

interface HandlerFacts {
  readonly registry: {
    readonly types: Record<string, Record<'create' | 'read' | 'update' | 'delete', string[]>>;
    readonly withoutHandlers: string[];
  };
  readonly sagemakerCaller: Record<string, string[] | string>;
}
const FACTS = JSON.parse(read('test/_fixtures/registry-handler-permissions.json')) as HandlerFacts;

/**
 * Handler permissions these templates can do without: each belongs to a property that no template sets (checked
 * below), or is no IAM action at all. Everything else a published handler lists must be allowed.
 */
const NOT_NEEDED: Record<string, { readonly property?: string; readonly reason: string }> = {
  'AWS::CloudFormation::Stack iam:PassRole': {
    property: 'RoleARN',
    reason: 'a nested stack passes a role only with RoleARN',
  },
  'AWS::Logs::LogGroup s3:REST.PUT.OBJECT': { reason: 'not an IAM action (Service Authorization Reference)' },
  'AWS::Logs::LogGroup firehose:TagDeliveryStream': { reason: 'log delivery to Firehose; none is configured' },
  'AWS::Logs::LogGroup logs:CreateLogDelivery': { reason: 'log delivery; none is configured' },
  'AWS::Logs::LogGroup logs:PutResourcePolicy': { reason: 'log delivery; none is configured' },
  'AWS::Logs::LogGroup logs:DescribeResourcePolicies': { reason: 'log delivery; none is configured' },
  'AWS::Logs::LogGroup logs:AssociateKmsKey': { property: 'KmsKeyId', reason: 'only for a customer key' },
  'AWS::Logs::LogGroup logs:DisassociateKmsKey': { property: 'KmsKeyId', reason: 'only for a customer key' },
  'AWS::Lambda::Function s3:GetObject': { property: 'Code.S3Bucket', reason: 'the code is inline (ZipFile)' },
  'AWS::Lambda::Function s3:GetObjectVersion': { property: 'Code.S3Bucket', reason: 'the code is inline (ZipFile)' },
  'AWS::Lambda::Function elasticfilesystem:DescribeMountTargets': { property: 'FileSystemConfigs', reason: 'no EFS' },
  'AWS::Lambda::Function kms:CreateGrant': { property: 'KmsKeyArn', reason: 'AWS managed key' },
  'AWS::Lambda::Function kms:Decrypt': { property: 'KmsKeyArn', reason: 'AWS managed key' },
  'AWS::Lambda::Function kms:Encrypt': { property: 'KmsKeyArn', reason: 'AWS managed key' },
  'AWS::Lambda::Function kms:GenerateDataKey': { property: 'KmsKeyArn', reason: 'AWS managed key' },
  'AWS::Lambda::Function lambda:GetLayerVersion': { property: 'Layers', reason: 'no layers' },
  'AWS::Lambda::Function lambda:PutFunctionConcurrency': { property: 'ReservedConcurrentExecutions', reason: 'unset' },
  'AWS::Lambda::Function lambda:DeleteFunctionConcurrency': {
    property: 'ReservedConcurrentExecutions',
    reason: 'unset',
  },
  'AWS::Lambda::Function lambda:PutRuntimeManagementConfig': { property: 'RuntimeManagementConfig', reason: 'unset' },
  'AWS::Lambda::Function lambda:PutFunctionCodeSigningConfig': { property: 'CodeSigningConfigArn', reason: 'unset' },
  'AWS::Lambda::Function lambda:DeleteFunctionCodeSigningConfig': { property: 'CodeSigningConfigArn', reason: 'unset' },
  'AWS::Lambda::Function lambda:AddPermission': { property: 'Policy', reason: 'no resource policy' },
  'AWS::Lambda::Function lambda:RemovePermission': { property: 'Policy', reason: 'no resource policy' },
  'AWS::Lambda::Function lambda:PutResourcePolicy': { property: 'Policy', reason: 'no resource policy' },
  'AWS::Lambda::Function lambda:DeleteResourcePolicy': { property: 'Policy', reason: 'no resource policy' },
};

/** A property path like Code.S3Bucket, looked up in a resource's Properties. */
const hasProperty = (properties: unknown, path: string) =>
  path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], properties) !==
  undefined;

describe('the deployer policy against AWS’s own data (test/_fixtures/registry-handler-permissions.json)', () => {
  const resources = TEMPLATES.flatMap((file) => Object.values(loadTemplate(file).Resources));
  const used = new Set(resources.map((r) => r.Type));

  it.each(Object.keys(FACTS.registry.types))('allows every permission the registry handlers of %s list', (type) => {
    expect(used.has(type), `${type} is in the fixture but in no template`).toBe(true);
    const actions = [...new Set(Object.values(FACTS.registry.types[type]!).flat())].filter((a) => a.includes(':'));
    const role = `arn:aws:iam::123456789012:role${ROLE_PATH}nb-Role-1`;
    const passes = { 'iam:PassedToService': RESOURCE_TYPES[type]?.passesRoleTo ?? '' };
    const granted = (action: string) => (action === 'iam:PassRole' ? allowed(action, role, passes) : allowed(action));
    const missing = actions.filter((action) => !NOT_NEEDED[`${type} ${action}`] && !granted(action));
    expect(missing, `add to shared/deployer-policy.ts`).toEqual([]);
  });

  it('leaves out only what belongs to a property no template sets', () => {
    for (const [key, { property }] of Object.entries(NOT_NEEDED)) {
      const [type, action] = key.split(' ') as [string, string];
      expect(Object.values(FACTS.registry.types[type] ?? {}).flat(), key).toContain(action);
      if (!property) continue;
      const setting = resources.filter((r) => r.Type === type && hasProperty(r.Properties, property));
      expect(setting, `${type} sets ${property}, so it needs ${action}`).toEqual([]);
    }
  });

  it('allows what SageMaker calls with the deployer’s rights (network interfaces, KMS grants)', () => {
    const actions = Object.entries(FACTS.sagemakerCaller)
      .filter(([key]) => key !== 'source')
      .flatMap(([, list]) => list as string[]);
    expect(actions).toContain('ec2:CreateNetworkInterface');
    expect(actions.filter((a) => !allowed(a))).toEqual([]);
  });

  it('every resource type in the templates is in the fixture or has its API calls listed', () => {
    for (const type of used) {
      const known =
        type in FACTS.registry.types || FACTS.registry.withoutHandlers.includes(type) || type.startsWith('Custom::');
      expect(known || type in RESOURCE_TYPES, type).toBe(true);
    }
  });
});

describe('the deployer policy', () => {
  const types = [
    ...new Set(TEMPLATES.flatMap((file) => Object.values(loadTemplate(file).Resources).map((r) => r.Type))),
  ].sort();

  it('finds the resource types of both layouts', () => {
    expect(types).toEqual(expect.arrayContaining(['AWS::SageMaker::NotebookInstance', 'Custom::NotebookPreflight']));
    expect(types.length).toBeGreaterThan(15);
  });

  it.each(types)('covers what CloudFormation does for %s', (type) => {
    const facts = RESOURCE_TYPES[type];
    expect(facts, `${type} has no row in shared/resource-types.ts`).toBeDefined();
    expect(facts!.actions.filter((a) => !allowed(a))).toEqual([]);
    const service = facts!.passesRoleTo;
    if (service) {
      const role = `arn:aws:iam::123456789012:role${ROLE_PATH}nb-Role-1`;
      expect(allowed('iam:PassRole', role, { 'iam:PassedToService': service })).toBe(true);
    }
  });

  it('covers every AWS call the CLI makes', () => {
    const sources = readdirSync(new URL('src/aws/', root), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => read(`src/aws/${f}`));
    // Direct commands, and the commands the SDK's paginators send for us.
    const commands = [
      ...new Set(
        sources.flatMap((s) => [
          ...[...s.matchAll(/new (\w+Command)\(/g)].map((m) => m[1]!),
          ...[...s.matchAll(/paginate(\w+)\(/g)].map((m) => `${m[1]}Command`),
        ]),
      ),
    ];
    expect(commands.length).toBeGreaterThan(20);
    const unknown = commands.filter((c) => !(c in CLI_COMMAND_ACTIONS));
    expect(unknown, 'add these to CLI_COMMAND_ACTIONS').toEqual([]);
    const denied = commands
      .map((c) => CLI_COMMAND_ACTIONS[c])
      .filter((a): a is string => typeof a === 'string' && !allowed(a));
    expect(denied).toEqual([]);
  });

  it('covers the plain aws-cli commands the README shows', () => {
    const CLI_ACTIONS: Record<string, string | null> = {
      'cloudformation create-stack': 'cloudformation:CreateStack',
      'cloudformation update-stack': 'cloudformation:UpdateStack',
      'cloudformation delete-stack': 'cloudformation:DeleteStack',
      'cloudformation describe-stacks': 'cloudformation:DescribeStacks',
      'cloudformation describe-stack-events': 'cloudformation:DescribeStackEvents',
      'cloudformation wait': 'cloudformation:DescribeStacks',
      'sagemaker start-notebook-instance': 'sagemaker:StartNotebookInstance',
      'sagemaker stop-notebook-instance': 'sagemaker:StopNotebookInstance',
      'sagemaker describe-notebook-instance': 'sagemaker:DescribeNotebookInstance',
      's3 mb': 's3:CreateBucket',
      's3 cp': 's3:PutObject',
      // Getting back an old version of a backed-up file (README, backup and restore).
      's3api list-object-versions': 's3:ListBucketVersions',
      's3api get-object': 's3:GetObjectVersion',
      'sts get-caller-identity': null,
      // Run once by an administrator of the account, to create and attach this very policy.
      'iam create-policy': null,
      'iam attach-user-policy': null,
    };
    const used = ['README.md', 'README.en.md'].flatMap((doc) =>
      [...read(doc).matchAll(/\baws ([a-z0-9-]+ [a-z0-9-]+)/g)].map((m) => m[1]!),
    );
    expect(used.length).toBeGreaterThan(5);
    for (const command of new Set(used)) {
      expect(command in CLI_ACTIONS, `map "aws ${command}" to its IAM action`).toBe(true);
      const action = CLI_ACTIONS[command];
      if (action) expect(allowed(action), action).toBe(true);
    }
  });

  it('never grants a whole service, deletes buckets or objects, or touches roles outside its path', () => {
    const actions = DEPLOYER_STATEMENTS.flatMap((s) => s.Action);
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    expect(actions.filter((a) => /^s3:Delete(Bucket|Object)/.test(a) && a !== 's3:DeleteBucketPolicy')).toEqual([]);
    expect(allowed('iam:CreateRole', `arn:aws:iam::123456789012:role${ROLE_PATH}nb-Role-1`)).toBe(true);
    expect(allowed('iam:PutRolePolicy', 'arn:aws:iam::123456789012:role/Admin')).toBe(false);
    expect(allowed('iam:CreateUser', 'arn:aws:iam::123456789012:user/x')).toBe(false);
  });

  it('lets the notebook roles be passed to SageMaker and Lambda only', () => {
    const role = `arn:aws:iam::123456789012:role${ROLE_PATH}nb-Role-1`;
    expect(allowed('iam:PassRole', role, { 'iam:PassedToService': 'sagemaker.amazonaws.com' })).toBe(true);
    expect(allowed('iam:PassRole', role, { 'iam:PassedToService': 'lambda.amazonaws.com' })).toBe(true);
    expect(allowed('iam:PassRole', role, { 'iam:PassedToService': 'ec2.amazonaws.com' })).toBe(false);
    expect(
      allowed('iam:PassRole', 'arn:aws:iam::123456789012:role/Admin', {
        'iam:PassedToService': 'sagemaker.amazonaws.com',
      }),
    ).toBe(false);
  });

  it('gives every role in the templates the path the policy allows', () => {
    const roles = TEMPLATES.flatMap((file) =>
      Object.values(loadTemplate(file).Resources).filter((r) => r.Type === 'AWS::IAM::Role'),
    );
    expect(roles.length).toBeGreaterThan(1);
    for (const role of roles) expect((role.Properties as { Path?: string }).Path).toBe(ROLE_PATH);
  });

  it('fits in a customer managed policy (6,144 characters without white space)', () => {
    expect(JSON.stringify(deployerPolicy()).length).toBeLessThanOrEqual(6144);
    expect(JSON.parse(read('docs/deployer-policy.json'))).toEqual(deployerPolicy());
  });
});
