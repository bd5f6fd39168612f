import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CLI_COMMAND_ACTIONS,
  DEPLOYER_STATEMENTS,
  RESOURCE_TYPE_ACTIONS,
  RESOURCE_TYPE_PASSES_ROLE_TO,
  ROLE_PATH,
  deployerPolicy,
} from '../../shared/deployer-policy.js';
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

describe('the deployer policy', () => {
  const types = [
    ...new Set(TEMPLATES.flatMap((file) => Object.values(loadTemplate(file).Resources).map((r) => r.Type))),
  ].sort();

  it('finds the resource types of both layouts', () => {
    expect(types).toEqual(expect.arrayContaining(['AWS::SageMaker::NotebookInstance', 'Custom::NotebookPreflight']));
    expect(types.length).toBeGreaterThan(15);
  });

  it.each(types)('covers what CloudFormation does for %s', (type) => {
    const actions = RESOURCE_TYPE_ACTIONS[type];
    expect(actions, `${type} has no permissions listed in shared/deployer-policy.ts`).toBeDefined();
    expect(actions!.filter((a) => !allowed(a))).toEqual([]);
    const service = RESOURCE_TYPE_PASSES_ROLE_TO[type];
    if (service) {
      const role = `arn:aws:iam::123456789012:role${ROLE_PATH}nb-Role-1`;
      expect(allowed('iam:PassRole', role, { 'iam:PassedToService': service })).toBe(true);
    }
  });

  it('covers every AWS call the CLI makes', () => {
    const sources = readdirSync(new URL('src/aws/', root)).map((f) => read(`src/aws/${f}`));
    const commands = [...new Set(sources.flatMap((s) => [...s.matchAll(/new (\w+Command)\(/g)].map((m) => m[1]!)))];
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
