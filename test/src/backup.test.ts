import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { backupOf } from '../../src/operations/backup/backup.js';
import { billListOptions } from '../../src/operations/list/bill-sources.js';
import { deleteStacks } from '../../src/operations/delete.js';
import { deploy, type DeployInput } from '../../src/operations/deploy/deploy.js';
import { restoreNotebook, type RestoreTarget } from '../../src/operations/backup/restore.js';
import { resolveDeployOptions, type DeployRequest } from '../../src/plan/deploy-options.js';
import { UsageError } from '../../src/errors.js';
import { keptFilesMonthlyCost } from '../../src/pricing/s3-price.js';
import { formatBackupInfo } from '../../src/render/backup.js';
import { translator } from '../../src/i18n/messages.js';
import { FakeAws } from '../_helpers/fake-aws.js';
import { fakeContext } from '../_helpers/operation-context.js';

const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const templateParameters = Object.keys(parse(templateBody).Parameters);
const input = (request: DeployRequest = {}): DeployInput => ({
  options: resolveDeployOptions(request, templateParameters),
  templateBody,
  templateParameters,
  noWait: false,
  allowReplacement: false,
});
const memory = (): RestoreTarget & { files: Map<string, string> } => {
  const files = new Map<string, string>();
  return {
    dir: '/mem',
    files,
    write: async (path, body) => {
      if (files.has(path)) return 'exists';
      files.set(path, new TextDecoder().decode(body));
      return 'written';
    },
  };
};
const kept = (aws: FakeAws, name: string, notebook: string) =>
  aws.buckets.set(name, { owner: 'me', settings: [], objects: new Map(), tags: { 'smnb:notebook': notebook } });

describe('kept data buckets and backups', () => {
  it('of several kept buckets of a notebook, the one with the newest backup is used again', async () => {
    const { ctx, aws, host } = fakeContext();
    kept(aws, 'smnb-data-old-stack-a', 'dev-notebook');
    kept(aws, 'smnb-data-new-stack-b', 'dev-notebook');
    kept(aws, 'smnb-data-other-stack-c', 'other-notebook');
    aws.writeBackup('smnb-data-old-stack-a', { 'a.ipynb': '1' }, new Date('2026-10-01T00:00:00Z'));
    aws.writeBackup('smnb-data-new-stack-b', { 'a.ipynb': '2' }, new Date('2026-11-01T00:00:00Z'));
    expect((await backupOf(ctx, 'dev-notebook'))?.bucket).toBe('smnb-data-new-stack-b');
    const r = await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    expect(r.outputs.DataBucketName).toBe('smnb-data-new-stack-b');
    expect(host.messages()).toContain('deploy.reusingBucket');
  });

  it('a bucket the user names wins, and no look-up is made; a failed look-up only means a new bucket', async () => {
    const { ctx, aws } = fakeContext();
    kept(aws, 'smnb-data-x-a', 'dev-notebook');
    const named = await deploy(
      ctx,
      input({
        settings: { NotebookInstanceName: 'dev-notebook' },
        params: ['ExistingDataBucketName=smnb-data-mine-z'],
      }),
    );
    expect(named.outputs.DataBucketName).toBe('smnb-data-mine-z');
    expect(aws.calls.ListBuckets).toBeUndefined();

    const failing = fakeContext();
    failing.ctx = {
      ...failing.ctx,
      dataBuckets: async () => {
        throw Object.assign(new Error('Access Denied'), { name: 'AccessDenied' });
      },
    } as typeof failing.ctx;
    const r = await deploy(failing.ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    expect(r.outcome).toBe('created');
    expect(failing.host.messages()).toContain('deploy.keptBucketUnknown');
  });

  it('delete of a running notebook asks for a fresh backup first, and --no-backup does not', async () => {
    const { ctx, aws, host } = fakeContext([true]);
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    const bucket = 'smnb-data-sagemaker-notebook-dev-x1y2';
    aws.onBackupRequest = (b) =>
      aws.writeBackup(
        b,
        { 'a.ipynb': '{}' },
        new Date(),
        JSON.parse(aws.buckets.get(b)!.objects.get('smnb-backup/request.json')!).id,
      );
    await deleteStacks(ctx, { names: ['dev-notebook'], yes: true, concurrency: 1 });
    expect(aws.calls.PutObject).toBe(1);
    expect(host.messages()).toContain('delete.freshBackup');
    expect(aws.buckets.get(bucket)!.objects.has('smnb-backup/files/a.ipynb')).toBe(true);

    const second = fakeContext();
    await deploy(second.ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    await deleteStacks(second.ctx, { names: ['dev-notebook'], yes: true, concurrency: 1, noBackup: true });
    expect(second.aws.calls.PutObject).toBeUndefined();
    expect(second.host.messages()).toContain('delete.noBackupYet');
  });

  it('restore writes every file once, leaves existing ones, and refuses a path out of the folder', async () => {
    const { ctx, aws } = fakeContext();
    kept(aws, 'smnb-data-gone-a', 'dev-notebook');
    aws.writeBackup('smnb-data-gone-a', { 'a.ipynb': 'A', 'data/b.csv': 'B' }, new Date());
    const target = memory();
    target.files.set('a.ipynb', 'mine');
    const r = await restoreNotebook(ctx, 'dev-notebook', target);
    expect(r).toMatchObject({ files: 1, skipped: 1, bucket: 'smnb-data-gone-a' });
    expect(target.files.get('a.ipynb')).toBe('mine');
    expect(target.files.get('data/b.csv')).toBe('B');

    aws.writeBackup('smnb-data-gone-a', { '../escape.txt': 'x' }, new Date());
    await expect(restoreNotebook(ctx, 'dev-notebook', memory())).rejects.toBeInstanceOf(UsageError);
  });
});

describe('what kept files cost', () => {
  it('is size × the S3 Standard price, labelled as us-east-1’s reference elsewhere', () => {
    const home = keptFilesMonthlyCost(10 * 1024 ** 3, 'us-east-1');
    expect(home.usdPerMonth).toBeCloseTo(0.23, 10);
    expect(home.reference).toBe(false);
    expect(keptFilesMonthlyCost(1024 ** 3, 'ap-northeast-1').reference).toBe(true);
    const info = { bucket: 'b', manifest: { writtenAt: '2026-12-01T10:00:00Z', files: 3, bytes: 2 * 1024 ** 3 } };
    expect(formatBackupInfo(info, translator('en'), 'ap-northeast-1')).toContain(
      'keeping it costs about USD 0.05 a month (reference: S3 Standard in us-east-1, USD 0.023/GB-month, 2016-12-01',
    );
  });
});

describe('kept data buckets in what stays billed', () => {
  it('lists the data buckets whose notebook is gone, with their size and the S3 price, and not a live one', async () => {
    const { ctx, aws } = fakeContext();
    kept(aws, 'smnb-data-a-1', 'gone-notebook');
    kept(aws, 'smnb-data-b-2', 'live-notebook');
    aws.writeBackup('smnb-data-a-1', { 'x.ipynb': 'x'.repeat(1024) }, new Date('2026-11-01T00:00:00Z'));
    const rows = await billListOptions(false).keptDataBuckets!(ctx, [ctx.region], new Set(['live-notebook']));
    expect(rows.map((r) => [r.kind, r.name, r.notebook])).toEqual([['data-bucket', 'smnb-data-a-1', 'gone-notebook']]);
    expect(rows[0]!.gb).toBeGreaterThan(0); // the backed-up file and the manifest
    expect(rows[0]!.price).toMatchObject({ usdPerGbMonth: 0.023, reference: true });
  });
});
