import { DEPLOYER_STATEMENTS } from '../../shared/deployer-policy.js';
import { describe, expect, it } from 'vitest';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';
import { deployerPolicyWithout } from '../_helpers/iam-policy.js';
import { ROOT, runCli } from '../_helpers/run-cli.js';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';

const aws = standInPerTest();

describe('doctor and the deploy gate', () => {
  it('doctor passes on a fresh account and exits 0', async () => {
    const r = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(r.stdout).toContain('✓ Credentials');
    expect(r.stdout).toContain('signed in as arn:aws:iam::123456789012:user/learner');
    expect(r.stdout).toContain('ml.t3.medium: 0 of 4 in use');
    expect(r.stdout).toMatch(/✓ Permissions +IAM allows all \d+ actions/);
    // A fresh account has no set-up yet: doctor says so (a warning, with smnb setup as the fix) and still passes.
    expect(r.stdout).toContain('! Account set-up');
    expect(r.stdout).toContain('An administrator of the account runs: smnb setup');
    expect(r.stdout).toMatch(/12 passed, 1 warnings?, 0 failed, 0 could not be checked\./);
    expect(
      aws.standIn.requests.filter((q) => q.action === 'SimulatePrincipalPolicy' && q.signed).length,
    ).toBeGreaterThan(5);
    expect(r.code).toBe(0);
  });

  it('missing permissions stop deploy before any change, naming the actions and the policy to attach', async () => {
    aws.fake.callerPolicy = DEPLOYER_STATEMENTS.filter((s) => !['NewNbs', 'NbTagsOnCreate', 'OwnNbs'].includes(s.Sid));
    const r = await runCli(['deploy', '--lang', 'en'], aws.env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('IAM does not allow 5 action(s) smnb needs: sagemaker:CreateNotebookInstance');
    expect(aws.standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
    const doctor = await runCli(['doctor', '--lang', 'ja'], aws.env);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain(
      'arn:aws:iam::123456789012:user/learner をグループ smnb-people（docs/people-policy.json）に追加',
    );
  });

  it('every call is authorised against the deployer policy: an action taken out is refused with exit 4', async () => {
    expect((await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env)).code).toBe(0);
    // The policy grants it within the notebook family of its tag-scoped statement.
    aws.fake.callerPolicy = deployerPolicyWithout('sagemaker:*NotebookInstance*');
    const r = await runCli(['stop', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('is not authorized to perform: sagemaker:StopNotebookInstance');
    expect(r.stderr).toContain('smnb setup');
  });

  it('the deployer policy’s conditions hold on the stand-in: a notebook without smnb’s tag cannot be stopped or opened', async () => {
    expect((await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env)).code).toBe(0);
    expect((await runCli(['stop', 'dev-notebook', '--lang', 'en'], aws.env)).code).toBe(0);
    aws.fake.foreignNotebooks.add('dev-notebook');
    const start = await runCli(['start', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(start.code).toBe(4);
    expect(start.stderr).toContain('is not authorized to perform: sagemaker:StartNotebookInstance');
  });

  it('an endpoint without IAM: deploy goes on with one plain "could not check" warning, no SDK internals', async () => {
    aws.fake.iamAnswersHtml = true;
    const r = await runCli(['deploy', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/could not check/g)).toHaveLength(1);
    expect(r.stderr).toContain('Deploying anyway; run smnb doctor later to see it.');
    expect(r.stderr + r.stdout).not.toMatch(/Deserialization|\$response|SyntaxError|XML parse/);
    const doctor = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/\? Permissions +could not check/);
  });

  it('a stack left in REVIEW_IN_PROGRESS: watch says what to do at once, deploy creates over it, delete removes it', async () => {
    const templateBody = readFileSync(join(ROOT, 'simple-stack.yaml'), 'utf8');
    await aws.fake.leaveInReview('sagemaker-notebook-review', templateBody);
    const watched = await runCli(['watch', 'sagemaker-notebook-review', '--lang', 'en'], aws.env);
    expect(watched.code).toBe(3);
    expect(watched.stderr).toContain('REVIEW_IN_PROGRESS');
    expect(watched.stderr).toContain('smnb delete sagemaker-notebook-review');
    const deleted = await runCli(['delete', 'sagemaker-notebook-review', '--yes', '--lang', 'en'], aws.env);
    expect(deleted.code, deleted.stderr).toBe(0);
    await aws.fake.leaveInReview('my-sagemaker-notebook', templateBody);
    const deployed = await runCli(['deploy', '--lang', 'en'], aws.env);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stdout).toContain('created');
  });

  it('doctor names a missing ec2:CreateNetworkInterface, which SageMaker needs from the deployer', async () => {
    aws.fake.callerPolicy = deployerPolicyWithout('ec2:CreateNetworkInterface');
    const r = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/✗ Permissions .*ec2:CreateNetworkInterface/);
  });

  it('a used-up quota stops deploy in seconds, before any change, and --skip-checks overrides it', async () => {
    aws.fake.quotas['ml.t3.medium'] = 0;
    const r = await runCli(['deploy', '--lang', 'en'], aws.env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'Checks failed before deploying: Notebook quota (ml.t3.medium: all 0 allowed are in use (0))',
    );
    expect(r.stderr).toContain('smnb doctor');
    expect(aws.standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
    const doctor = await runCli(['doctor', '--lang', 'ja'], aws.env);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain('--quota-code L-TEST --desired-value 1');
    const forced = await runCli(['deploy', '--skip-checks', '--lang', 'en'], aws.env);
    expect(forced.code).toBe(0);
  });
});
