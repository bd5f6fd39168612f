import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { startStandIn } from '../_helpers/aws-stand-in.js';
import { FakeAws } from '../_helpers/fake-aws.js';
import { deployerPolicyWithout } from '../_helpers/iam-policy.js';
import { ROOT, runCli, standInEnv } from '../_helpers/run-cli.js';
import { FAILURE_CASES, type Setup } from '../_fixtures/failure-cases.js';

/** A loopback endpoint that accepts connections and never answers. */
async function silentEndpoint() {
  const sockets: Socket[] = [];
  const server = createServer((s) => sockets.push(s.on('error', () => undefined)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return { env: { ...standInEnv(url), SMNB_REQUEST_TIMEOUT_MS: '200', SMNB_CONNECT_TIMEOUT_MS: '200' }, close };
}

/** The loopback AWS, prepared as the case says. */
async function prepare(setup: Setup): Promise<{ env: Record<string, string>; close: () => Promise<void> }> {
  if (setup === 'never-answers') return silentEndpoint();
  const fake = new FakeAws();
  if (setup === 'iam-answers-html') fake.iamAnswersHtml = true;
  if (setup === 'without-create-network-interface')
    fake.callerPolicy = deployerPolicyWithout('ec2:CreateNetworkInterface');
  if (setup === 'stack-in-review') {
    const templateBody = readFileSync(join(ROOT, 'simple-stack.yaml'), 'utf8');
    await fake.leaveInReview('sagemaker-notebook-review', templateBody);
  }
  const bucket = (region?: string) => ({ owner: 'me' as const, settings: [], objects: new Map(), region });
  if (setup === 'guide-bucket-in-ap-northeast-1') {
    fake.buckets.set('123456789012-cfn-templates', bucket('ap-northeast-1'));
    fake.region = 'us-east-1';
  }
  if (setup === 'team-bucket-in-eu-west-1') fake.buckets.set('123456789012-team-cfn-templates', bucket('eu-west-1'));
  if (setup === 'template-bucket-without-get-object') {
    fake.buckets.set('123456789012-cfn-templates', bucket());
    fake.callerPolicy = deployerPolicyWithout('s3:GetObject');
  }
  if (setup === 'sagemaker-opt-in-required') fake.sageMakerRefusal = 'OptInRequired';
  if (setup === 'notebook-refused-for-plan')
    fake.failOn = {
      logicalId: 'NotebookInstance',
      reason: 'SubscriptionRequiredException: The AWS Access Key Id needs a subscription for the service',
    };
  if (setup === 'notebook-no-capacity')
    fake.failOn = {
      logicalId: 'NotebookInstance',
      reason:
        'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
    };
  const standIn = await startStandIn(fake);
  const env = standInEnv(standIn.url);
  if (setup.startsWith('deployed')) {
    const deployed = await runCli(['deploy', '--name', 'dev-notebook', '--yes'], env);
    if (deployed.code !== 0) throw new Error(`setup deploy failed: ${deployed.stderr}`);
    // The notebook answers a backup request (delete asks a running one first), except the one that is silent.
    if (setup !== 'deployed-silent-notebook')
      fake.answeringNotebooks.set('smnb-data-sagemaker-notebook-dev-x1y2', {
        ackAfterLooks: 1,
        doneAfterLooks: 2,
        files: {},
      });
    if (setup === 'deployed-delete-denied') fake.callerPolicy = deployerPolicyWithout('cloudformation:DeleteStack');
    if (setup === 'deployed-half-throttled') fake.wireThrottleBurst = 2;
    if (setup === 'deployed-price-refused') fake.pricesRefused = true;
  }
  if (setup === 'no-credentials') {
    delete (env as Record<string, string | undefined>).AWS_ACCESS_KEY_ID;
    delete (env as Record<string, string | undefined>).AWS_SECRET_ACCESS_KEY;
  }
  return { env, close: () => standIn.close() };
}

describe('every documented failure case gets the exit code and message docs/failure-cases.md says', () => {
  const t = translator('en');
  it.concurrent.each(FAILURE_CASES.map((c) => [c.situation.en, c] as const))('%s', async (_, c) => {
    const { env, close } = await prepare(c.setup);
    try {
      const r = await runCli([...c.args, '--lang', 'en'], { ...env, ...c.env });
      expect(r.code, r.stderr + r.stdout).toBe(c.exitCode);
      expect(r.stderr + r.stdout).toContain(t(c.key, c.params));
    } finally {
      await close();
    }
  });
});
