import { DEPLOYER_STATEMENTS } from '../../shared/deployer-policy.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../_helpers/aws-stand-in.js';
import { FakeAws } from '../_helpers/fake-aws.js';
import { deployerPolicyWithout } from '../_helpers/iam-policy.js';
import { cleanEnv, ROOT, runCli, standInEnv } from '../_helpers/run-cli.js';
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

let fake: FakeAws;
let standIn: StandIn;
let env: Record<string, string>;

beforeEach(async () => {
  fake = new FakeAws();
  standIn = await startStandIn(fake);
  env = standInEnv(standIn.url);
});
afterEach(() => standIn.close());

describe('the whole workflow against the loopback AWS stand-in', () => {
  it('deploy -> outputs -> status -> stop -> start -> open -> delete', async () => {
    const deployed = await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], env);
    expect(deployed.stderr).toContain('CREATE_COMPLETE');
    expect(deployed.stderr).not.toContain('Warning');
    expect(deployed.stderr).toMatch(/NotebookInstance\s+AWS::SageMaker::NotebookInstance/);
    expect(deployed.stdout).toContain('Done: stack sagemaker-notebook-dev created');
    expect(deployed.stdout).toContain('https://dev-notebook.notebook.ap-northeast-1.sagemaker.aws/lab');
    expect(deployed.code).toBe(0);

    const outputs = await runCli(['outputs', 'sagemaker-notebook-dev', '--output', 'json'], env);
    expect(JSON.parse(outputs.stdout)).toMatchObject({
      stackName: 'sagemaker-notebook-dev',
      outputs: { NotebookInstanceName: 'dev-notebook' },
    });

    const status = await runCli(['status', 'dev-notebook', '--output', 'json'], env);
    expect(JSON.parse(status.stdout)).toMatchObject({
      notebookStatus: 'InService',
      stackStatus: 'CREATE_COMPLETE',
      idleTimeoutMinutes: 60,
    });

    const stopped = await runCli(['stop', 'dev-notebook', '--wait', '--lang', 'en'], env);
    expect(stopped.stdout).toBe('Notebook dev-notebook is Stopped.\n');

    const started = await runCli(['start', 'dev-notebook', '--wait', '--lang', 'en'], env);
    expect(started.stdout).toBe('Notebook dev-notebook is InService.\n');

    const opened = await runCli(['open', 'dev-notebook', '--lang', 'en'], env);
    expect(opened.stdout).toContain(
      'https://dev-notebook.notebook.ap-northeast-1.sagemaker.aws?authToken=fake-token&view=lab',
    );
    expect(opened.stdout).toContain(
      'https://ap-northeast-1.console.aws.amazon.com/sagemaker/home?region=ap-northeast-1#/notebook-instances/dev-notebook',
    );

    const declined = await runCli(['delete', 'dev-notebook', '--lang', 'en'], env);
    expect(declined.code).toBe(130);
    expect(declined.stderr).toContain('The data bucket smnb-data-sagemaker-notebook-dev-x1y2 is kept.');

    // The running notebook answers the backup request delete leaves first.
    fake.answeringNotebooks.set('smnb-data-sagemaker-notebook-dev-x1y2', {
      ackAfterLooks: 1,
      doneAfterLooks: 2,
      files: {},
    });
    const deleted = await runCli(['delete', 'dev-notebook', '--yes', '--lang', 'en'], env);
    expect(deleted.stdout).toContain('sagemaker-notebook-dev: DELETE_COMPLETE');
    expect(deleted.stdout).toContain('kept: DataBucket');
    expect(deleted.code).toBe(0);

    expect(standIn.requests.length).toBeGreaterThan(20);
    expect(standIn.requests.every((r) => r.signed)).toBe(true);
  });

  it('a failed deploy names the resource, the reason, what it means, and how to clean up', async () => {
    fake.failOn = { logicalId: 'NotebookInstance', reason: 'Insufficient notebook instance capacity for ml.t3.medium' };
    const r = await runCli(['deploy', '--lang', 'en'], env);
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
    fake.failOn = { logicalId: failing, reason: 'Insufficient notebook instance capacity for ml.t3.medium' };
    const r = await runCli(['deploy', ...given, '--lang', 'en'], env);
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
    await runCli(['deploy', '--name', 'prod-notebook'], env);
    const r = await runCli(['list', '--output', 'json'], env);
    expect(JSON.parse(r.stdout).notebooks).toEqual([
      expect.objectContaining({ name: 'prod-notebook', stackName: 'sagemaker-notebook-prod', managed: true }),
    ]);
  });

  it('deploys under the permissions boundary without a flag when the account has it, and without it when not', async () => {
    expect((await runCli(['deploy', '--name', 'bounded-notebook', '--lang', 'en'], env)).code).toBe(0);
    const parameter = (stack: string) =>
      [...fake.stacks.values()].find((s) => s.name === stack)?.parameters.PermissionsBoundaryPolicyName;
    expect(parameter('sagemaker-notebook-bounded')).toBe('smnb-permissions-boundary');
    // An administrator's account without the boundary: the template's default, no boundary.
    for (const arn of Object.keys(fake.managedPolicies)) delete fake.managedPolicies[arn];
    fake.callerPolicy = [{ Sid: 'Admin', Effect: 'Allow', Action: ['*'], Resource: '*' }];
    expect((await runCli(['deploy', '--name', 'plain-notebook', '--lang', 'en'], env)).code).toBe(0);
    expect(parameter('sagemaker-notebook-plain')).toBe('');
  });

  it('an unknown notebook is exit 3 and points at smnb list', async () => {
    const r = await runCli(['status', 'ghost', '--lang', 'en'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('No stack or notebook named "ghost" in ap-northeast-1.');
    expect(r.stderr).toContain('smnb list');
  });
});

describe('doctor and the deploy gate', () => {
  it('doctor passes on a fresh account and exits 0', async () => {
    const r = await runCli(['doctor', '--lang', 'en'], env);
    expect(r.stdout).toContain('✓ Credentials');
    expect(r.stdout).toContain('signed in as arn:aws:iam::123456789012:user/learner');
    expect(r.stdout).toContain('ml.t3.medium: 0 of 4 in use');
    expect(r.stdout).toMatch(/✓ Permissions +IAM allows all \d+ actions/);
    // A fresh account has no set-up yet: doctor says so (a warning, with smnb setup as the fix) and still passes.
    expect(r.stdout).toContain('! Account set-up');
    expect(r.stdout).toContain('An administrator of the account runs: smnb setup');
    expect(r.stdout).toMatch(/12 passed, 1 warnings?, 0 failed, 0 could not be checked\./);
    expect(standIn.requests.filter((q) => q.action === 'SimulatePrincipalPolicy' && q.signed).length).toBeGreaterThan(
      5,
    );
    expect(r.code).toBe(0);
  });

  it('missing permissions stop deploy before any change, naming the actions and the policy to attach', async () => {
    fake.callerPolicy = DEPLOYER_STATEMENTS.filter((s) => !['NewNbs', 'NbTagsOnCreate', 'OwnNbs'].includes(s.Sid));
    const r = await runCli(['deploy', '--lang', 'en'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('IAM does not allow 5 action(s) smnb needs: sagemaker:CreateNotebookInstance');
    expect(standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
    const doctor = await runCli(['doctor', '--lang', 'ja'], env);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain(
      'arn:aws:iam::123456789012:user/learner をグループ smnb-people（docs/people-policy.json）に追加',
    );
  });

  it('every call is authorised against the deployer policy: an action taken out is refused with exit 4', async () => {
    expect((await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], env)).code).toBe(0);
    // The policy grants it within the notebook family of its tag-scoped statement.
    fake.callerPolicy = deployerPolicyWithout('sagemaker:*NotebookInstance*');
    const r = await runCli(['stop', 'dev-notebook', '--lang', 'en'], env);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('is not authorized to perform: sagemaker:StopNotebookInstance');
    expect(r.stderr).toContain('smnb setup');
  });

  it('the deployer policy’s conditions hold on the stand-in: a notebook without smnb’s tag cannot be stopped or opened', async () => {
    expect((await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], env)).code).toBe(0);
    expect((await runCli(['stop', 'dev-notebook', '--lang', 'en'], env)).code).toBe(0);
    fake.foreignNotebooks.add('dev-notebook');
    const start = await runCli(['start', 'dev-notebook', '--lang', 'en'], env);
    expect(start.code).toBe(4);
    expect(start.stderr).toContain('is not authorized to perform: sagemaker:StartNotebookInstance');
  });

  it('an endpoint without IAM: deploy goes on with one plain "could not check" warning, no SDK internals', async () => {
    fake.iamAnswersHtml = true;
    const r = await runCli(['deploy', '--lang', 'en'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.match(/could not check/g)).toHaveLength(1);
    expect(r.stderr).toContain('Deploying anyway; run smnb doctor later to see it.');
    expect(r.stderr + r.stdout).not.toMatch(/Deserialization|\$response|SyntaxError|XML parse/);
    const doctor = await runCli(['doctor', '--lang', 'en'], env);
    expect(doctor.code).toBe(0);
    expect(doctor.stdout).toMatch(/\? Permissions +could not check/);
  });

  it('a stack left in REVIEW_IN_PROGRESS: watch says what to do at once, deploy creates over it, delete removes it', async () => {
    const templateBody = readFileSync(join(ROOT, 'simple-stack.yaml'), 'utf8');
    await fake.leaveInReview('sagemaker-notebook-review', templateBody);
    const watched = await runCli(['watch', 'sagemaker-notebook-review', '--lang', 'en'], env);
    expect(watched.code).toBe(3);
    expect(watched.stderr).toContain('REVIEW_IN_PROGRESS');
    expect(watched.stderr).toContain('smnb delete sagemaker-notebook-review');
    const deleted = await runCli(['delete', 'sagemaker-notebook-review', '--yes', '--lang', 'en'], env);
    expect(deleted.code, deleted.stderr).toBe(0);
    await fake.leaveInReview('my-sagemaker-notebook', templateBody);
    const deployed = await runCli(['deploy', '--lang', 'en'], env);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stdout).toContain('created');
  });

  it('doctor names a missing ec2:CreateNetworkInterface, which SageMaker needs from the deployer', async () => {
    fake.callerPolicy = deployerPolicyWithout('ec2:CreateNetworkInterface');
    const r = await runCli(['doctor', '--lang', 'en'], env);
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/✗ Permissions .*ec2:CreateNetworkInterface/);
  });

  it('a used-up quota stops deploy in seconds, before any change, and --skip-checks overrides it', async () => {
    fake.quotas['ml.t3.medium'] = 0;
    const r = await runCli(['deploy', '--lang', 'en'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'Checks failed before deploying: Notebook quota (ml.t3.medium: all 0 allowed are in use (0))',
    );
    expect(r.stderr).toContain('smnb doctor');
    expect(standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
    const doctor = await runCli(['doctor', '--lang', 'ja'], env);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain('--quota-code L-TEST --desired-value 1');
    const forced = await runCli(['deploy', '--skip-checks', '--lang', 'en'], env);
    expect(forced.code).toBe(0);
  });
});

describe('smnb cost --live', () => {
  it('asks the Price List API for the region and caches the answer', async () => {
    const r = await runCli(['cost', '--live', '--output', 'json'], env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      region: 'ap-northeast-1',
      price: { usdPerHour: 0.0625, source: 'live' },
    });
    // One for the hourly price, one for the ML storage price a stopped notebook still pays.
    expect(standIn.requests.map((q) => q.action)).toEqual(['GetProducts', 'GetProducts']);
  });

  it('without pricing:GetProducts, says so and shows the labelled us-east-1 reference', async () => {
    fake.callerPolicy = deployerPolicyWithout('pricing:GetProducts');
    const r = await runCli(['cost', '--live', '--lang', 'en'], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The AWS Price List API gave no price for ml.t3.medium in ap-northeast-1');
    expect(r.stdout).toContain('USD 0.050/h (built-in table, us-east-1');
  });
});

describe('nested layout', () => {
  it('stages the child templates in a new secure bucket, skips unchanged ones, and deploys main-stack.yaml', async () => {
    const first = await runCli(['deploy', '--nested', '--name', 'nested-notebook', '--lang', 'en'], env);
    expect(first.stderr).toContain(
      'Creating template bucket 123456789012-cfn-templates (private, encrypted, TLS-only).',
    );
    expect(first.stderr).toContain('Child templates in s3://123456789012-cfn-templates: 5 uploaded, 0 unchanged.');
    expect(first.stderr).toMatch(/NotebookStack\s+AWS::CloudFormation::Stack/);
    expect(first.code).toBe(0);
    const bucket = fake.buckets.get('123456789012-cfn-templates')!;
    expect([...bucket.objects.keys()].sort()).toEqual(
      [
        'custom-resource-stack.yaml',
        'iam-role-stack.yaml',
        'sagemaker-notebook-stack.yaml',
        'security-group-stack.yaml',
        'vpc-stack.yaml',
      ].map((f) => `sagemaker/templates/${f}`),
    );
    expect(bucket.objects.get('sagemaker/templates/vpc-stack.yaml')).toBe(
      readFileSync(join(ROOT, 'templates/vpc-stack.yaml'), 'utf8'),
    );
    expect(bucket.settings.slice(0, 2)).toEqual(['publicAccessBlock', 'encryption']);
    expect(bucket.settings[2]).toContain('"aws:SecureTransport":"false"');

    const again = await runCli(['deploy', '--nested', '--name', 'nested-notebook', '--lang', 'en'], env);
    expect(again.stderr).toContain('0 uploaded, 5 unchanged');
    expect(again.stdout).toContain('Nothing to do');
  });

  it('a rename inside the notebook child is seen through nested change sets and needs the typed name', async () => {
    const args = ['deploy', '--nested', '--stack-name', 'nested-stack', '--lang', 'en'];
    expect((await runCli([...args, '--name', 'first-notebook'], env)).code).toBe(0);
    const volume = fake.notebooks.get('first-notebook')!.volume;
    const declined = await runCli([...args, '--name', 'second-notebook'], env);
    expect(declined.stderr).toContain('NotebookStack/NotebookInstance (AWS::SageMaker::NotebookInstance): REPLACED');
    // The files at risk are on the notebook there now, so that is the one named.
    expect(declined.stderr).toContain(
      'This update REPLACES notebook first-notebook with a new notebook second-notebook',
    );
    expect(declined.stderr).toContain('was not replaced');
    expect(declined.code).toBe(130);
    expect(fake.notebooks.get('first-notebook')!.volume).toBe(volume);
    const described = standIn.requests.filter((q) => q.action === 'DescribeChangeSet').length;
    expect(described).toBeGreaterThan(2);

    const agreed = await runCli([...args, '--name', 'second-notebook', '--allow-replacement'], env);
    expect(agreed.code, agreed.stderr).toBe(0);
    expect(fake.notebooks.has('first-notebook')).toBe(false);
    expect(fake.notebooks.get('second-notebook')!.volume).not.toBe(volume);
  });

  it.each([
    ['belongs to another account', { openToAll: false }],
    ['belongs to another account that lets anyone in', { openToAll: true }],
  ])('refuses a template bucket that %s, before deploying anything', async (_, extra) => {
    // A name the deployer policy covers, taken by another account first (bucket names are global).
    const taken = '123456789012-taken-cfn-templates';
    fake.buckets.set(taken, { owner: 'other', settings: [], objects: new Map(), ...extra });
    const r = await runCli(['deploy', '--nested', '--template-bucket', taken, '--lang', 'en'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`S3 refuses smnb the template bucket ${taken}: it belongs to another AWS account`);
    expect(fake.buckets.get(taken)!.objects.size).toBe(0);
    expect(standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
  });

  it('our own bucket without s3:ListBucket is not mistaken for a stranger’s: the message names both', async () => {
    fake.buckets.set('123456789012-cfn-templates', { owner: 'me', settings: [], objects: new Map() });
    fake.callerPolicy = deployerPolicyWithout('s3:ListBucket');
    const r = await runCli(['deploy', '--nested', '--skip-checks', '--lang', 'en'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('or your user may not read it (s3:ListBucket');
  });
});

describe('before and around AWS', () => {
  it('Ctrl-C during a deploy stops watching, exits 130 and says how to pick it up again', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/smnb.mjs'), 'deploy', '--lang', 'en'], {
      env: cleanEnv({ ...env, SMNB_POLL_INTERVAL_MS: '200' }),
    });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('CREATE_IN_PROGRESS') && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(code).toBe(130);
    expect(stderr).toContain('stack my-sagemaker-notebook goes on being created in AWS');
    expect(stderr).toContain('smnb watch my-sagemaker-notebook');
    expect(stderr).not.toContain('cancel-update-stack'); // a create cannot be cancelled that way
    expect([...fake.stacks.values()][0]!.status).toBe('CREATE_IN_PROGRESS');
  });

  it('Ctrl-C while only watching says that smnb changed nothing', async () => {
    await runCli(['deploy', '--no-wait', '--lang', 'en'], env);
    const child = spawn(process.execPath, [join(ROOT, 'dist/smnb.mjs'), 'watch', '--lang', 'en'], {
      env: cleanEnv({ ...env, SMNB_POLL_INTERVAL_MS: '200' }),
    });
    let stderr = '';
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (stderr.includes('IN_PROGRESS') && !child.killed) child.kill('SIGINT');
      });
      child.on('exit', (c) => resolve(c));
    });
    expect(code).toBe(130);
    expect(stderr).toContain('Stopped. smnb had changed nothing in AWS.');
  });

  it('bad input fails with exit 2 before any AWS call', async () => {
    const r = await runCli(['deploy', '--name', 'bad_name', '--lang', 'en'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The notebook name "bad_name" is not valid');
    expect(standIn.requests).toEqual([]);
  });

  it('no credentials: exit 3 with how to configure them, in Japanese too', async () => {
    const r = await runCli(['status', '--lang', 'ja'], { AWS_ENDPOINT_URL: standIn.url, AWS_REGION: 'ap-northeast-1' });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('AWS の認証情報が見つかりません。');
    expect(r.stderr).toContain('aws configure');
    const debug = await runCli(['status', '--debug'], { AWS_ENDPOINT_URL: standIn.url, AWS_REGION: 'ap-northeast-1' });
    expect(debug.stderr).toMatch(/at \S+ \(.*src\/aws\/aws-errors\.ts:\d+:\d+\)/);
  });

  it('an unreachable endpoint: exit 4 naming the problem', async () => {
    const r = await runCli(['status', '--lang', 'en'], { ...env, AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('Could not reach AWS');
  });
});

describe('a fleet from a config file', () => {
  it('deploys every notebook, lists them by fleet, acts on all of them, and deletes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-fleet-'));
    const file = join(dir, 'smnb.config.yaml');
    writeFileSync(
      file,
      'fleet: workshop\ndefaults:\n  idleTimeoutMinutes: 30\nnotebooks:\n  - name: alice-notebook\n  - name: bob-notebook\n  - name: carol-notebook\n',
    );
    const deployed = await runCli(['deploy', '--config', file, '--concurrency', '2', '--lang', 'en'], env);
    expect(deployed.code).toBe(0);
    expect(deployed.stdout).toContain('Fleet workshop');
    expect(deployed.stdout).toContain('3 succeeded, 0 failed.');
    expect(deployed.stderr).toMatch(/\[sagemaker-notebook-(alice|bob|carol)\] /);

    const listed = JSON.parse((await runCli(['list', '--output', 'json'], env)).stdout).notebooks;
    expect(listed.map((r: { fleet: string }) => r.fleet)).toEqual(['workshop', 'workshop', 'workshop']);

    const statuses = JSON.parse((await runCli(['status', '--config', file, '--output', 'json'], env)).stdout);
    expect(statuses.map((s: { idleTimeoutMinutes: number }) => s.idleTimeoutMinutes)).toEqual([30, 30, 30]);

    const stopped = await runCli(['stop', '--config', file, '--wait', '--lang', 'en'], env);
    expect(stopped.stdout).toContain('Notebook alice-notebook is Stopped.');
    expect(stopped.stdout).toContain('3 done, 0 failed.');

    // One notebook gone: the others are still started, its line says why, and the exit code says it failed.
    fake.notebooks.delete('bob-notebook');
    const started = await runCli(['start', '--config', file, '--wait', '--lang', 'en'], env);
    expect(started.code).toBe(3);
    expect(started.stdout).toContain('Notebook alice-notebook is InService.');
    expect(started.stdout).toContain('Notebook carol-notebook is InService.');
    expect(started.stdout).toContain('✗ bob-notebook:');
    expect(started.stdout).toContain('2 done, 1 failed.');

    for (const bucket of fake.buckets.keys())
      fake.answeringNotebooks.set(bucket, { ackAfterLooks: 1, doneAfterLooks: 2, files: {} });
    const deleted = await runCli(['delete', '--config', file, '--yes', '--lang', 'en'], env);
    expect(deleted.stdout).toContain('3 deleted, 0 failed, 0 skipped.');
  });

  it('a fleet that does not fit the quota stops before any stack is touched; doctor --config says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-fleet-'));
    const file = join(dir, 'smnb.config.yaml');
    writeFileSync(file, 'fleet: class\nnotebooks:\n  - name: n1\n  - name: n2\n  - name: n3\n');
    fake.quotas['ml.t3.medium'] = 2;
    const r = await runCli(['deploy', '--config', file, '--lang', 'en'], env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ml.t3.medium: 3 to deploy, but only 2 of 2 are free (0 in use)');
    expect(standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
    const doctor = await runCli(['doctor', '--config', file, '--lang', 'en'], env);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain('--desired-value 3');
    fake.quotas['ml.t3.medium'] = 3;
    const fits = await runCli(['deploy', '--config', file, '--lang', 'en'], env);
    expect(fits.code).toBe(0);
  });

  it('a bad config: exit 2, every problem with its entry, nothing sent to AWS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-fleet-'));
    const file = join(dir, 'smnb.config.json');
    writeFileSync(
      file,
      JSON.stringify({ notebooks: [{ name: 'a' }, { name: 'a' }, { name: 'b', instanceType: 'ml.t3.nano' }] }),
    );
    const r = await runCli(['deploy', '--config', file, '--lang', 'en'], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has 2 problem(s); nothing was deployed:');
    expect(r.stderr).toContain('notebooks[1] (a): the name "a" is used twice');
    expect(r.stderr).toContain('notebooks[2] (b): Unknown instance type "ml.t3.nano"');
    expect(standIn.requests).toEqual([]);
  });
});
