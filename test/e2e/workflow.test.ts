import { describe, expect, it } from 'vitest';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';
import { deployerPolicyWithout } from '../_helpers/iam-policy.js';
import { cleanEnv, runCli } from '../_helpers/run-cli.js';
import { execFileSync } from 'node:child_process';

const aws = standInPerTest();

describe('the whole workflow against the loopback AWS stand-in', () => {
  it('deploy -> outputs -> status -> stop -> start -> open -> delete', async () => {
    const deployed = await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(deployed.stderr).toContain('CREATE_COMPLETE');
    expect(deployed.stderr).not.toContain('Warning');
    expect(deployed.stderr).toMatch(/NotebookInstance\s+AWS::SageMaker::NotebookInstance/);
    expect(deployed.stdout).toContain('Done: stack sagemaker-notebook-dev created');
    expect(deployed.stdout).toContain('https://dev-notebook.notebook.ap-northeast-1.sagemaker.aws/lab');
    expect(deployed.code).toBe(0);

    const outputs = await runCli(['outputs', 'sagemaker-notebook-dev', '--output', 'json'], aws.env);
    expect(JSON.parse(outputs.stdout)).toMatchObject({
      stackName: 'sagemaker-notebook-dev',
      outputs: { NotebookInstanceName: 'dev-notebook' },
    });

    const status = await runCli(['status', 'dev-notebook', '--output', 'json'], aws.env);
    expect(JSON.parse(status.stdout)).toMatchObject({
      notebookStatus: 'InService',
      stackStatus: 'CREATE_COMPLETE',
      idleTimeoutMinutes: 60,
    });

    const stopped = await runCli(['stop', 'dev-notebook', '--wait', '--lang', 'en'], aws.env);
    expect(stopped.stdout).toBe('Notebook dev-notebook is Stopped.\n');

    const started = await runCli(['start', 'dev-notebook', '--wait', '--lang', 'en'], aws.env);
    expect(started.stdout).toBe('Notebook dev-notebook is InService.\n');

    const opened = await runCli(['open', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(opened.stdout).toContain(
      'https://dev-notebook.notebook.ap-northeast-1.sagemaker.aws?authToken=fake-token&view=lab',
    );
    expect(opened.stdout).toContain(
      'https://ap-northeast-1.console.aws.amazon.com/sagemaker/home?region=ap-northeast-1#/notebook-instances/dev-notebook',
    );

    const declined = await runCli(['delete', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(declined.code).toBe(130);
    expect(declined.stderr).toContain('The data bucket smnb-data-sagemaker-notebook-dev-x1y2 is kept.');

    // The running notebook answers the backup request delete leaves first.
    aws.fake.answeringNotebooks.set('smnb-data-sagemaker-notebook-dev-x1y2', {
      ackAfterLooks: 1,
      doneAfterLooks: 2,
      files: {},
    });
    const deleted = await runCli(['delete', 'dev-notebook', '--yes', '--lang', 'en'], aws.env);
    expect(deleted.stdout).toContain('sagemaker-notebook-dev: DELETE_COMPLETE');
    expect(deleted.stdout).toContain('kept: DataBucket');
    expect(deleted.code).toBe(0);

    expect(aws.standIn.requests.length).toBeGreaterThan(20);
    expect(aws.standIn.requests.every((r) => r.signed)).toBe(true);
  });

  it('a failed deploy names the resource, the reason, what it means, and how to clean up', async () => {
    aws.fake.failOn = {
      logicalId: 'NotebookInstance',
      reason: 'Insufficient notebook instance capacity for ml.t3.medium',
    };
    const r = await runCli(['deploy', '--lang', 'en'], aws.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ROLLBACK_COMPLETE');
    expect(r.stdout).toContain('Failed first: NotebookInstance (AWS::SageMaker::NotebookInstance)');
    expect(r.stdout).toContain('What it means: AWS has no spare capacity');
    expect(r.stdout).toContain('To clean up: smnb delete my-sagemaker-notebook');
  });

  it.each([
    [['--param', 'DefaultCodeRepository=https://example.com/x(1)*!'], 'NotebookInstance'],
    [['--nested', '--template-prefix', 'odd(1)*!/'], 'NotebookStack'],
  ])('the retry hint after a failure is a command the shell reads back as given: %j', async (given, failing) => {
    aws.fake.failOn = { logicalId: failing, reason: 'Insufficient notebook instance capacity for ml.t3.medium' };
    const r = await runCli(['deploy', ...given, '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(1);
    const hint = /To retry: (smnb deploy .*)$/m.exec(r.stdout)?.[1];
    expect(hint).toBeDefined();
    // What the shell hands smnb when the hint is pasted: each word on its own line.
    const words = execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${hint}`], { env: cleanEnv() })
      .toString()
      .trimEnd()
      .split('\n');
    const value = given.at(-1)!;
    expect(words).toContain(given[0] === '--param' ? value : `TemplatePrefix=${value}`);
    if (given[0] === '--nested') expect(words).toContain('--nested');
  });

  it('lists notebooks with their stacks, as JSON for scripts', async () => {
    await runCli(['deploy', '--name', 'prod-notebook'], aws.env);
    const r = await runCli(['list', '--output', 'json'], aws.env);
    expect(JSON.parse(r.stdout).notebooks).toEqual([
      expect.objectContaining({ name: 'prod-notebook', stackName: 'sagemaker-notebook-prod', managed: true }),
    ]);
  });

  it('deploys under the permissions boundary without a flag when the account has it, and without it when not', async () => {
    expect((await runCli(['deploy', '--name', 'bounded-notebook', '--lang', 'en'], aws.env)).code).toBe(0);
    const parameter = (stack: string) =>
      [...aws.fake.stacks.values()].find((s) => s.name === stack)?.parameters.PermissionsBoundaryPolicyName;
    expect(parameter('sagemaker-notebook-bounded')).toBe('smnb-permissions-boundary');
    // An administrator's account without the boundary: the template's default, no boundary.
    for (const arn of Object.keys(aws.fake.managedPolicies)) delete aws.fake.managedPolicies[arn];
    aws.fake.callerPolicy = [{ Sid: 'Admin', Effect: 'Allow', Action: ['*'], Resource: '*' }];
    expect((await runCli(['deploy', '--name', 'plain-notebook', '--lang', 'en'], aws.env)).code).toBe(0);
    expect(parameter('sagemaker-notebook-plain')).toBe('');
  });

  it('an unknown notebook is exit 3 and points at smnb list', async () => {
    const r = await runCli(['status', 'ghost', '--lang', 'en'], aws.env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('No stack or notebook named "ghost" in ap-northeast-1.');
    expect(r.stderr).toContain('smnb list');
  });
});

describe('smnb cost --live', () => {
  it('asks the Price List API for the region and caches the answer', async () => {
    const r = await runCli(['cost', '--live', '--output', 'json'], aws.env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      region: 'ap-northeast-1',
      price: { usdPerHour: 0.0625, source: 'live' },
    });
    // One for the hourly price, one for the ML storage price a stopped notebook still pays.
    expect(aws.standIn.requests.map((q) => q.action)).toEqual(['GetProducts', 'GetProducts']);
  });

  it('without pricing:GetProducts, says so and shows the labelled us-east-1 reference', async () => {
    aws.fake.callerPolicy = deployerPolicyWithout('pricing:GetProducts');
    const r = await runCli(['cost', '--live', '--lang', 'en'], aws.env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The AWS Price List API gave no price for ml.t3.medium in ap-northeast-1');
    expect(r.stdout).toContain('USD 0.050/h (built-in table, us-east-1');
  });
});
