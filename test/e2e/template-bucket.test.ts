import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { deployerPolicyWithout } from '../_helpers/iam-policy.js';
import { ROOT, runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();
const GUIDE_BUCKET = '123456789012-cfn-templates';

/** The guide's bucket as its commands leave it: made in ap-northeast-1, child templates uploaded. */
function guideBucketIn(region: string) {
  aws.fake.buckets.set(GUIDE_BUCKET, { owner: 'me', settings: [], objects: new Map(), region });
}

describe('the nested layout in a region other than the template bucket’s', () => {
  it('uses ACCOUNT-REGION-cfn-templates there, says so, and names it to the stack', async () => {
    guideBucketIn('ap-northeast-1');
    aws.fake.region = 'us-east-1';
    const r = await runCli(['deploy', '--nested', '--name', 'east', '--lang', 'en'], {
      ...aws.env,
      AWS_REGION: 'us-east-1',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'Template bucket 123456789012-cfn-templates is in ap-northeast-1 (bucket names are global); this region uses its own: 123456789012-us-east-1-cfn-templates.',
    );
    const regional = aws.fake.buckets.get('123456789012-us-east-1-cfn-templates')!;
    expect(regional.region).toBe('us-east-1');
    expect(regional.objects.size).toBe(5);
    expect(aws.fake.buckets.get(GUIDE_BUCKET)!.objects.size).toBe(0);
    const stack = [...aws.fake.stacks.values()][0]!;
    expect(stack.parameters.TemplateBucketName).toBe('123456789012-us-east-1-cfn-templates');
    expect(stack.status).toBe('CREATE_COMPLETE');
  });

  it('keeps using the guide’s bucket in its own region, as the guide’s commands do', async () => {
    guideBucketIn('ap-northeast-1');
    const r = await runCli(['deploy', '--nested', '--name', 'tokyo', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(aws.fake.buckets.get(GUIDE_BUCKET)!.objects.size).toBe(5);
    expect([...aws.fake.stacks.values()][0]!.parameters.TemplateBucketName ?? '').toBe('');
  });

  it('refuses a --template-bucket that lives in another region, naming both regions', async () => {
    aws.fake.buckets.set('123456789012-team-cfn-templates', {
      owner: 'me',
      settings: [],
      objects: new Map(),
      region: 'eu-west-1',
    });
    const r = await runCli(
      ['deploy', '--nested', '--template-bucket', '123456789012-team-cfn-templates', '--lang', 'en'],
      aws.env,
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      'Template bucket 123456789012-team-cfn-templates is in region eu-west-1, but child templates must be in the stack’s region',
    );
    expect(aws.standIn.requests.some((q) => q.action === 'CreateChangeSet')).toBe(false);
  });

  it('refuses a --template-bucket the deployer policy does not cover, before any AWS call, naming what works', async () => {
    const r = await runCli(
      ['deploy', '--nested', '--template-bucket', 'acme-platform-cfn-templates', '--lang', 'en'],
      aws.env,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Template bucket acme-platform-cfn-templates is outside what the deployer policy');
    expect(r.stderr).toContain('ACCOUNT_ID-*cfn-templates');
    expect(aws.standIn.requests).toEqual([]);
    const ja = await runCli(['deploy', '--nested', '--template-bucket', 'acme-platform-cfn-templates'], {
      ...aws.env,
      LANG: 'ja_JP.UTF-8',
    });
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('テンプレート用バケット acme-platform-cfn-templates はデプロイ用ポリシー');
  });

  it('refuses another account’s template bucket with this account’s pattern, before any S3 call', async () => {
    const r = await runCli(
      ['deploy', '--nested', '--template-bucket', '999999999999-cfn-templates', '--lang', 'en'],
      aws.env,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('its name must match 123456789012-*cfn-templates');
    expect(aws.standIn.requests.some((q) => /bucket|object/.test(q.action))).toBe(false);
  });

  it('the stand-in answers as S3 does: HeadBucket 301 with x-amz-bucket-region, PutObject PermanentRedirect', async () => {
    guideBucketIn('ap-northeast-1');
    const client = new S3Client({
      region: 'us-east-1',
      endpoint: aws.standIn.url,
      forcePathStyle: true,
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      maxAttempts: 1,
    });
    const head = await client.send(new HeadBucketCommand({ Bucket: GUIDE_BUCKET })).catch((e: unknown) => e);
    expect(head).toMatchObject({ $metadata: { httpStatusCode: 301 } });
    expect((head as { $response: { headers: Record<string, string> } }).$response.headers).toMatchObject({
      'x-amz-bucket-region': 'ap-northeast-1',
    });
    const put = await client
      .send(new PutObjectCommand({ Bucket: GUIDE_BUCKET, Key: 'k', Body: 'x' }))
      .catch((e: unknown) => e);
    expect(put).toMatchObject({ name: 'PermanentRedirect', $metadata: { httpStatusCode: 301 } });
    client.destroy();
  });

  it('a nested stack whose bucket is in another region fails as CloudFormation reports it (PermanentRedirect)', async () => {
    guideBucketIn('ap-northeast-1');
    aws.fake.buckets.get(GUIDE_BUCKET)!.objects.set('sagemaker/templates/custom-resource-stack.yaml', 'x');
    aws.fake.region = 'us-east-1';
    const api = aws.fake.stackApi;
    const id = await api.createChangeSet({
      stackName: 'east',
      changeSetName: 'c1',
      type: 'CREATE',
      templateBody: readFileSync(join(ROOT, 'main-stack.yaml'), 'utf8'),
      parameters: [],
      tags: {},
    });
    await api.describeChangeSet(id);
    await api.executeChangeSet(id);
    for (let i = 0; i < 40; i++) await api.describeStack('east');
    const events = await api.newEvents('east');
    expect(events.map((e) => e.reason ?? '').join('\n')).toContain('PermanentRedirect');
  });
});

describe('S3 answers without a body (HEAD) are worded by their status, naming the bucket', () => {
  it('403 on HeadObject (the policy refuses s3:GetObject) is the bucket-refused message, not UnknownError', async () => {
    aws.fake.buckets.set(GUIDE_BUCKET, { owner: 'me', settings: [], objects: new Map() });
    aws.fake.callerPolicy = deployerPolicyWithout('s3:GetObject');
    const r = await runCli(['deploy', '--nested', '--skip-checks', '--lang', 'en'], aws.env);
    expect(r.stderr).not.toContain('UnknownError');
    expect(r.stderr).toContain('S3 refuses smnb the template bucket 123456789012-cfn-templates');
    expect(r.code).toBe(3);
  });
});
