import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PEOPLE_STATEMENTS } from '../../shared/setup-policies.js';
import type { PolicyStatement } from '../../shared/policy-document.js';
import { serviceRoleArn } from '../../shared/setup-contract.js';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();
const ADMINISTRATOR: PolicyStatement[] = [{ Sid: 'All', Effect: 'Allow', Action: ['*'], Resource: '*' }];
const ROLE = serviceRoleArn('123456789012');
const WRITES = new Set(['CreateChangeSet', 'ExecuteChangeSet', 'DeleteStack', 'DeleteChangeSet', 'CreateStack']);
const writes = () => aws.standIn.requests.filter((r) => WRITES.has(r.action)).length;

describe('the account set-up, end to end against the stand-in', () => {
  it('an administrator sets up once; a person with only the people policy then deploys, stops, starts, backs up, restores and deletes', async () => {
    aws.fake.callerPolicy = ADMINISTRATOR;
    const setup = await runCli(['setup', '--yes', '--output', 'json', '--lang', 'en'], aws.env);
    expect(setup.stderr).toContain('AWS::IAM::Role ServiceRole');
    expect(setup.code).toBe(0);
    expect(JSON.parse(setup.stdout)).toMatchObject({ outcome: 'created', accountWide: true, version: 1 });

    // A second run with nothing to change sends no write, and asks nothing (no terminal, no --yes).
    const before = writes();
    const again = await runCli(['setup', '--lang', 'en'], aws.env);
    expect(again.stdout).toContain('Already up to date');
    expect(again.code).toBe(0);
    expect(writes()).toBe(before);

    aws.fake.callerPolicy = PEOPLE_STATEMENTS;
    const doctor = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(doctor.stdout).toMatch(/✓ Account set-up +Set-up version 1/);
    expect(doctor.stdout).toMatch(/✓ Permissions +IAM allows all/);
    const deployed = await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(deployed.stderr).toContain('CREATE_COMPLETE');
    expect(deployed.code).toBe(0);
    expect(aws.fake.stackRole('sagemaker-notebook-dev')).toBe(ROLE);

    const nested = await runCli(['deploy', '--nested', '--name', 'nested-notebook', '--lang', 'en'], aws.env);
    expect(nested.code).toBe(0);
    expect(nested.stderr).toContain('123456789012-ap-northeast-1-cfn-templates');

    expect((await runCli(['stop', 'dev-notebook', '--wait', '--lang', 'en'], aws.env)).code).toBe(0);
    expect((await runCli(['start', 'dev-notebook', '--wait', '--lang', 'en'], aws.env)).code).toBe(0);

    // The notebook answers backup requests (its own side is tested for real in test/infra/backup-cli.test.ts and backup-boto3.test.ts).
    const bucket = 'smnb-data-sagemaker-notebook-dev-x1y2';
    aws.fake.answeringNotebooks.set(bucket, {
      ackAfterLooks: 1,
      doneAfterLooks: 2,
      files: { 'work.ipynb': '{"a":1}' },
    });
    const backedUp = await runCli(['backup', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(backedUp.code).toBe(0);
    const folder = mkdtempSync(join(tmpdir(), 'smnb-person-restore-'));
    const restored = await runCli(['restore', 'dev-notebook', '--to', join(folder, 'files'), '--lang', 'en'], aws.env);
    expect(restored.code).toBe(0);
    expect(readFileSync(join(folder, 'files', 'work.ipynb'), 'utf8')).toBe('{"a":1}');

    // Delete asks the running notebook for a backup first, then deletes through the role.
    const deleted = await runCli(['delete', 'dev-notebook', '--yes', '--lang', 'en'], aws.env);
    expect(deleted.code).toBe(0);
    expect(aws.standIn.requests.filter((r) => r.action === 'DeleteStack')).toHaveLength(1);
  });

  it('without a set-up, a person holding only the people policy cannot deploy; an administrator can, as before', async () => {
    aws.fake.callerPolicy = PEOPLE_STATEMENTS;
    const refused = await runCli(['deploy', '--name', 'dev-notebook', '--skip-checks', '--lang', 'en'], aws.env);
    expect(refused.code).not.toBe(0);
    aws.fake.callerPolicy = ADMINISTRATOR;
    const deployed = await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(deployed.code).toBe(0);
    expect(aws.fake.stackRole('sagemaker-notebook-dev')).toBeUndefined();
  });

  it('without a terminal and without --yes, smnb setup changes nothing and names --yes (exit 130)', async () => {
    aws.fake.callerPolicy = ADMINISTRATOR;
    const r = await runCli(['setup', '--lang', 'en'], aws.env);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('smnb setup --yes');
    expect(writes()).toBe(0);
  });
});
