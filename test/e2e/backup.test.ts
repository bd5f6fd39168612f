import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

const FILES = { 'analysis.ipynb': '{"cells": []}', 'data/prices.csv': 'a,b\n1,2\n' };
const BUCKET = 'smnb-data-sagemaker-notebook-dev-x1y2';

/** The notebook's side: its schedule answers a backup request with a backup of its volume. */
function notebookBacksUp() {
  aws.fake.onBackupRequest = (bucket) => {
    const request = JSON.parse(aws.fake.buckets.get(bucket)!.objects.get('smnb-backup/request.json')!) as {
      id: string;
    };
    aws.fake.writeBackup(bucket, FILES, new Date(), request.id);
    aws.fake.buckets.get(bucket)!.objects.delete('smnb-backup/request.json');
  };
}

describe('pause for a month: delete, deploy, files back (on the stand-in)', () => {
  it('deploy -> backup -> delete names the kept bucket and last backup -> deploy reuses it -> restore --to', async () => {
    const first = await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/DataBucket\s+AWS::S3::Bucket/);
    const before = await runCli(['status', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(before.stdout).toMatch(
      /Last backup\s+none yet \(s3:\/\/smnb-data-sagemaker-notebook-dev-x1y2\/smnb-backup\/\)/,
    );

    notebookBacksUp();
    const backup = await runCli(['backup', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stderr).toContain('Asked notebook dev-notebook for a fresh backup');
    expect(backup.stdout).toMatch(
      /Backup of dev-notebook written: .*, 2 files, 21 B, s3:\/\/smnb-data-sagemaker-notebook-dev-x1y2\/smnb-backup\//,
    );
    const text = await runCli(['status', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(text.stdout).toContain('keeping it costs about USD < 0.01 a month (reference: S3 Standard in us-east-1');
    const status = await runCli(['status', 'dev-notebook', '--output', 'json'], aws.env);
    expect(JSON.parse(status.stdout)).toMatchObject({ backup: { bucket: BUCKET, manifest: { files: 2, bytes: 21 } } });

    const deleted = await runCli(['delete', 'dev-notebook', '--yes', '--lang', 'en'], aws.env);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect(deleted.stderr).toContain('The data bucket smnb-data-sagemaker-notebook-dev-x1y2 is kept.');
    expect(deleted.stderr).toMatch(
      /Last backup of dev-notebook: .*, 2 files, 21 B, in s3:\/\/smnb-data-sagemaker-notebook-dev-x1y2\/smnb-backup\//,
    );
    expect(aws.fake.buckets.has(BUCKET)).toBe(true);

    const again = await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toContain(
      'Notebook dev-notebook has a data bucket kept from an earlier stack, smnb-data-sagemaker-notebook-dev-x1y2',
    );
    const stack = [...aws.fake.stacks.values()].find((s) => s.status === 'CREATE_COMPLETE')!;
    expect(stack.parameters.ExistingDataBucketName).toBe(BUCKET);
    // The kept bucket is used, not created again: CloudFormation leaves the conditional DataBucket out.
    expect(again.stderr).not.toMatch(/DataBucket\s+AWS::S3::Bucket/);
    expect(stack.outputs.DataBucketName).toBe(BUCKET);

    const dir = mkdtempSync(join(tmpdir(), 'smnb-restore-'));
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data/prices.csv'), 'mine');
    const restored = await runCli(['restore', 'dev-notebook', '--to', dir, '--lang', 'en'], aws.env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain('Restored 1 files');
    expect(restored.stdout).toContain('1 already there were left as they were');
    expect(readFileSync(join(dir, 'analysis.ipynb'), 'utf8')).toBe(FILES['analysis.ipynb']);
    expect(readFileSync(join(dir, 'data/prices.csv'), 'utf8')).toBe('mine');
    expect(aws.standIn.requests.every((r) => r.signed)).toBe(true);
  });

  it('a deleted notebook’s files can still be restored from its kept bucket; a running one that does not answer is named', async () => {
    expect((await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env)).code).toBe(0);
    aws.fake.writeBackup(BUCKET, FILES, new Date('2026-11-30T10:00:00Z'));
    aws.fake.pageSize.objects = 1;
    const held = await runCli(['delete', 'dev-notebook', '--yes', '--lang', 'en'], aws.env);
    expect(held.code, held.stderr).toBe(3);
    expect(held.stdout).toContain('NOT deleted: notebook dev-notebook did not acknowledge the backup request');
    expect(held.stdout).toContain('Its last backup is from 2026-11-30T10:00:00Z');
    const deleted = await runCli(['delete', 'dev-notebook', '--yes', '--no-backup', '--lang', 'en'], aws.env);
    expect(deleted.code, deleted.stderr).toBe(0);
    const dir = mkdtempSync(join(tmpdir(), 'smnb-restore-'));
    const restored = await runCli(['restore', 'dev-notebook', '--to', dir, '--output', 'json'], aws.env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(JSON.parse(restored.stdout)).toMatchObject({ bucket: BUCKET, files: 2, skipped: 0 });
  }, 60_000);

  it('restore --from copies a backup the notebook kept aside; a name that is not one is refused before any AWS call', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-restore-'));
    const bad = await runCli(
      ['restore', 'dev-notebook', '--from', 'kept-yesterday', '--to', dir, '--lang', 'en'],
      aws.env,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--from kept-yesterday is not the name of a backup kept aside');
    expect(aws.standIn.requests).toEqual([]);
    // The bucket of a deleted notebook: its latest backup, and the one a restore on a new volume kept aside.
    aws.fake.buckets.set(BUCKET, {
      owner: 'me',
      settings: ['versioning'],
      objects: new Map(),
      tags: { 'smnb:notebook': 'dev-notebook', 'smnb:environment': 'sagemaker-notebook-dev' },
      region: 'ap-northeast-1',
    });
    aws.fake.writeBackup(BUCKET, { 'new.ipynb': '{}' }, new Date('2026-12-08T02:00:00Z'));
    const kept = 'smnb-backup/kept-20261208T012345Z/files/';
    for (const [path, body] of Object.entries(FILES)) aws.fake.buckets.get(BUCKET)!.objects.set(kept + path, body);
    const from = ['restore', 'dev-notebook', '--from', 'kept-20261208T012345Z', '--to', dir, '--lang', 'en'];
    const restored = await runCli(from, aws.env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(
      `Restored 2 files (21 B) of dev-notebook from the backup kept aside in s3://${BUCKET}/smnb-backup/kept-20261208T012345Z/ to ${dir}`,
    );
    expect(readFileSync(join(dir, 'data/prices.csv'), 'utf8')).toBe(FILES['data/prices.csv']);
    const json = await runCli([...from.slice(0, -2), '--output', 'json'], aws.env);
    expect(JSON.parse(json.stdout)).toMatchObject({ from: 'kept-20261208T012345Z', files: 0, skipped: 2 });
    const missing = await runCli(['restore', 'dev-notebook', '--from', 'kept-20261201T000000Z', '--to', dir], aws.env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain(
      'holds no backup kept aside as kept-20261201T000000Z. Kept aside there: kept-20261208T012345Z.',
    );
    // The latest backup, which holds a file and a folder of one name: the one in the way is named, the rest written.
    const objects = aws.fake.buckets.get(BUCKET)!.objects;
    objects.set('smnb-backup/files/clash', 'a file');
    objects.set('smnb-backup/files/clash/inner.txt', 'in a folder of the same name');
    const latest = mkdtempSync(join(tmpdir(), 'smnb-restore-'));
    const plain = await runCli(['restore', 'dev-notebook', '--to', latest, '--lang', 'en'], aws.env);
    expect(plain.code, plain.stderr).toBe(0);
    expect(readFileSync(join(latest, 'new.ipynb'), 'utf8')).toBe('{}');
    expect(plain.stdout).toContain(
      '1 files were not written: a folder or a file of the same name was in the way (the first: clash/inner.txt).',
    );
    expect(plain.stdout).toContain(
      'The bucket also holds backups a restore on the notebook kept aside (kept-20261208T012345Z); copy one with "smnb restore dev-notebook --from kept-20261208T012345Z --to DIR".',
    );
  });

  it('restore needs --to (exit 2, before any AWS call); backup of a stopped notebook is exit 3 naming the last backup', async () => {
    const bad = await runCli(['restore', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('smnb restore needs --to DIR');
    expect(aws.standIn.requests).toEqual([]);
    await runCli(['deploy', '--name', 'dev-notebook', '--lang', 'en'], aws.env);
    await runCli(['stop', 'dev-notebook', '--wait'], aws.env);
    const stopped = await runCli(['backup', 'dev-notebook', '--lang', 'en'], aws.env);
    expect(stopped.code).toBe(3);
    expect(stopped.stderr).toContain('Notebook dev-notebook is Stopped: only a running notebook can write a backup.');
  });
});

describe('what pausing costs', () => {
  it('smnb cost says what the kept files of a full volume cost a month, labelled as the reference it is', async () => {
    const r = await runCli(['cost', '--volume-size', '50', '--lang', 'en'], {});
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('even a full 50 GB volume costs about USD 1.15 a month');
    expect(r.stdout).toContain('the us-east-1 reference of 2016-12-01');
  });
});
