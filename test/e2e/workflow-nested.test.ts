import { describe, expect, it } from 'vitest';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';
import { deployerPolicyWithout } from '../_helpers/iam-policy.js';
import { cleanEnv, ROOT, runCli } from '../_helpers/run-cli.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

const aws = standInPerTest();

describe('nested layout', () => {
  it('stages the child templates in a new secure bucket, skips unchanged ones, and deploys main-stack.yaml', async () => {
    const first = await runCli(['deploy', '--nested', '--name', 'nested-notebook', '--lang', 'en'], aws.env);
    expect(first.stderr).toContain(
      'Creating template bucket 123456789012-cfn-templates (private, encrypted, TLS-only).',
    );
    expect(first.stderr).toContain('Child templates in s3://123456789012-cfn-templates: 5 uploaded, 0 unchanged.');
    expect(first.stderr).toMatch(/NotebookStack\s+AWS::CloudFormation::Stack/);
    expect(first.code).toBe(0);
    const bucket = aws.fake.buckets.get('123456789012-cfn-templates')!;
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

    const again = await runCli(['deploy', '--nested', '--name', 'nested-notebook', '--lang', 'en'], aws.env);
    expect(again.stderr).toContain('0 uploaded, 5 unchanged');
    expect(again.stdout).toContain('Nothing to do');
  });

  it('a rename inside the notebook child is seen through nested change sets and needs the typed name', async () => {
    const args = ['deploy', '--nested', '--stack-name', 'nested-stack', '--lang', 'en'];
    expect((await runCli([...args, '--name', 'first-notebook'], aws.env)).code).toBe(0);
    const volume = aws.fake.notebooks.get('first-notebook')!.volume;
    const declined = await runCli([...args, '--name', 'second-notebook'], aws.env);
    expect(declined.stderr).toContain('NotebookStack/NotebookInstance (AWS::SageMaker::NotebookInstance): REPLACED');
    // The files at risk are on the notebook there now, so that is the one named.
    expect(declined.stderr).toContain(
      'This update REPLACES notebook first-notebook with a new notebook second-notebook',
    );
    expect(declined.stderr).toContain('was not replaced');
    expect(declined.code).toBe(130);
    expect(aws.fake.notebooks.get('first-notebook')!.volume).toBe(volume);
    const described = aws.standIn.requests.filter((q) => q.action === 'DescribeChangeSet').length;
    expect(described).toBeGreaterThan(2);

    const agreed = await runCli([...args, '--name', 'second-notebook', '--allow-replacement'], aws.env);
    expect(agreed.code, agreed.stderr).toBe(0);
    expect(aws.fake.notebooks.has('first-notebook')).toBe(false);
    expect(aws.fake.notebooks.get('second-notebook')!.volume).not.toBe(volume);
  });

  it.each([
    ['belongs to another account', { openToAll: false }],
    ['belongs to another account that lets anyone in', { openToAll: true }],
  ])('refuses a template bucket that %s, before deploying anything', async (_, extra) => {
    // A name the deployer policy covers, taken by another account first (bucket names are global).
    const taken = '123456789012-taken-cfn-templates';
    aws.fake.buckets.set(taken, { owner: 'other', settings: [], objects: new Map(), ...extra });
    const r = await runCli(['deploy', '--nested', '--template-bucket', taken, '--lang', 'en'], aws.env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`S3 refuses smnb the template bucket ${taken}: it belongs to another AWS account`);
    expect(aws.fake.buckets.get(taken)!.objects.size).toBe(0);
    expect(aws.standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
  });

  it('our own bucket without s3:ListBucket is not mistaken for a stranger’s: the message names both', async () => {
    aws.fake.buckets.set('123456789012-cfn-templates', { owner: 'me', settings: [], objects: new Map() });
    aws.fake.callerPolicy = deployerPolicyWithout('s3:ListBucket');
    const r = await runCli(['deploy', '--nested', '--skip-checks', '--lang', 'en'], aws.env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('or your user may not read it (s3:ListBucket');
  });
});

describe('before and around AWS', () => {
  it('Ctrl-C during a deploy stops watching, exits 130 and says how to pick it up again', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/smnb.mjs'), 'deploy', '--lang', 'en'], {
      env: cleanEnv({ ...aws.env, SMNB_POLL_INTERVAL_MS: '200' }),
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
    expect([...aws.fake.stacks.values()][0]!.status).toBe('CREATE_IN_PROGRESS');
  });

  it('Ctrl-C while only watching says that smnb changed nothing', async () => {
    await runCli(['deploy', '--no-wait', '--lang', 'en'], aws.env);
    const child = spawn(process.execPath, [join(ROOT, 'dist/smnb.mjs'), 'watch', '--lang', 'en'], {
      env: cleanEnv({ ...aws.env, SMNB_POLL_INTERVAL_MS: '200' }),
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
    const r = await runCli(['deploy', '--name', 'bad_name', '--lang', 'en'], aws.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('The notebook name "bad_name" is not valid');
    expect(aws.standIn.requests).toEqual([]);
  });

  it('no credentials: exit 3 with how to configure them, in Japanese too', async () => {
    const r = await runCli(['status', '--lang', 'ja'], {
      AWS_ENDPOINT_URL: aws.standIn.url,
      AWS_REGION: 'ap-northeast-1',
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('AWS の認証情報が見つかりません。');
    expect(r.stderr).toContain('aws configure');
    const debug = await runCli(['status', '--debug'], {
      AWS_ENDPOINT_URL: aws.standIn.url,
      AWS_REGION: 'ap-northeast-1',
    });
    expect(debug.stderr).toMatch(/at \S+ \(.*src\/aws\/aws-errors\.ts:\d+:\d+\)/);
  });

  it('an unreachable endpoint: exit 4 naming the problem', async () => {
    const r = await runCli(['status', '--lang', 'en'], { ...aws.env, AWS_ENDPOINT_URL: 'http://127.0.0.1:9' });
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
    const deployed = await runCli(['deploy', '--config', file, '--concurrency', '2', '--lang', 'en'], aws.env);
    expect(deployed.code).toBe(0);
    expect(deployed.stdout).toContain('Fleet workshop');
    expect(deployed.stdout).toContain('3 succeeded, 0 failed.');
    expect(deployed.stderr).toMatch(/\[sagemaker-notebook-(alice|bob|carol)\] /);

    const listed = JSON.parse((await runCli(['list', '--output', 'json'], aws.env)).stdout).notebooks;
    expect(listed.map((r: { fleet: string }) => r.fleet)).toEqual(['workshop', 'workshop', 'workshop']);

    const statuses = JSON.parse((await runCli(['status', '--config', file, '--output', 'json'], aws.env)).stdout);
    expect(statuses.map((s: { idleTimeoutMinutes: number }) => s.idleTimeoutMinutes)).toEqual([30, 30, 30]);

    const stopped = await runCli(['stop', '--config', file, '--wait', '--lang', 'en'], aws.env);
    expect(stopped.stdout).toContain('Notebook alice-notebook is Stopped.');
    expect(stopped.stdout).toContain('3 done, 0 failed.');

    // One notebook gone: the others are still started, its line says why, and the exit code says it failed.
    aws.fake.notebooks.delete('bob-notebook');
    const started = await runCli(['start', '--config', file, '--wait', '--lang', 'en'], aws.env);
    expect(started.code).toBe(3);
    expect(started.stdout).toContain('Notebook alice-notebook is InService.');
    expect(started.stdout).toContain('Notebook carol-notebook is InService.');
    expect(started.stdout).toContain('✗ bob-notebook:');
    expect(started.stdout).toContain('2 done, 1 failed.');

    for (const bucket of aws.fake.buckets.keys())
      aws.fake.answeringNotebooks.set(bucket, { ackAfterLooks: 1, doneAfterLooks: 2, files: {} });
    const deleted = await runCli(['delete', '--config', file, '--yes', '--lang', 'en'], aws.env);
    expect(deleted.stdout).toContain('3 deleted, 0 failed, 0 skipped.');
  });

  it('a fleet that does not fit the quota stops before any stack is touched; doctor --config says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-fleet-'));
    const file = join(dir, 'smnb.config.yaml');
    writeFileSync(file, 'fleet: class\nnotebooks:\n  - name: n1\n  - name: n2\n  - name: n3\n');
    aws.fake.quotas['ml.t3.medium'] = 2;
    const r = await runCli(['deploy', '--config', file, '--lang', 'en'], aws.env);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('ml.t3.medium: 3 to deploy, but only 2 of 2 are free (0 in use)');
    expect(aws.standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
    const doctor = await runCli(['doctor', '--config', file, '--lang', 'en'], aws.env);
    expect(doctor.code).toBe(3);
    expect(doctor.stdout).toContain('--desired-value 3');
    aws.fake.quotas['ml.t3.medium'] = 3;
    const fits = await runCli(['deploy', '--config', file, '--lang', 'en'], aws.env);
    expect(fits.code).toBe(0);
  });

  it('a bad config: exit 2, every problem with its entry, nothing sent to AWS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-fleet-'));
    const file = join(dir, 'smnb.config.json');
    writeFileSync(
      file,
      JSON.stringify({ notebooks: [{ name: 'a' }, { name: 'a' }, { name: 'b', instanceType: 'ml.t3.nano' }] }),
    );
    const r = await runCli(['deploy', '--config', file, '--lang', 'en'], aws.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('has 2 problem(s); nothing was deployed:');
    expect(r.stderr).toContain('notebooks[1] (a): the name "a" is used twice');
    expect(r.stderr).toContain('notebooks[2] (b): Unknown instance type "ml.t3.nano"');
    expect(aws.standIn.requests).toEqual([]);
  });
});
