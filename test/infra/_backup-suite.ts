/**
 * The notebook's backup, run as the notebook runs it (see test/_helpers/notebook-s3.ts), once per transfer: each
 * transfer has its own test file, its own s3rver, so the two run side by side.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_ACK, BACKUP_MANIFEST, BACKUP_REQUEST } from '../../shared/backup-layout.js';
import { BUCKET, fillVolume, hasAws, hasBoto3, KEPT, notebook, type Transfer, useS3 } from '../_helpers/notebook-s3.js';

export function backupSuite(name: string, transfer: Transfer) {
  // Every step runs the real aws CLI or a Python with boto3, a new interpreter per call (one to two seconds each
  // here, more while other test files run beside it).
  vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });
  const available = transfer === 'aws' ? hasAws : hasBoto3 && hasAws;
  const s3 = useS3();
  const prefix = `smnb-backup/`;

  describe(`backup with ${name} against s3rver`, () => {
    it.skipIf(!available)(
      'backs up the volume without exclusions or links, then uploads nothing while unchanged',
      async () => {
        await s3.clear();
        const nb = notebook({ transfer, s3: s3.endpoint });
        fillVolume(nb.volume);
        const started = await nb.start();
        expect(started.status).toBe(0);
        expect(started.out).toMatch(
          /smnb backup: on: every 60 minutes when something changed, and before auto-stop \(systemd timer smnb-backup.timer/,
        );
        expect(started.out).toContain(
          transfer === 'aws'
            ? `with aws:${nb.r}/usr/local/bin/aws`
            : `with python:${nb.r}/home/ec2-user/anaconda3/envs/python3/bin/python`,
        );
        // No restore program on the volume (an existing notebook): no restore.
        expect(started.out).not.toContain('restore check started');

        const first = await nb.scheduled();
        expect(first.status, first.out).toBe(0);
        expect(first.out).toMatch(/backed up 4 files \(\d+ KB\) to s3:\/\/smnb-data-bucket\/smnb-backup\//);
        expect(await s3.keys(`${prefix}files/`)).toEqual(KEPT);
        expect(await s3.object(`${prefix}files/data/prices.csv`)).toBe('a,b\n1,2\n');
        const manifest = JSON.parse(await s3.object(`${prefix}manifest.json`)) as Record<string, unknown>;
        expect(manifest).toMatchObject({ files: 4, notebook: 'my-nb', trigger: 'schedule' });

        writeFileSync(join(nb.r, 'aws-calls'), '');
        const again = await nb.scheduled('--trigger', 'manual');
        expect(again.out).toContain('unchanged: nothing uploaded (4 files');
        if (transfer === 'aws') expect(readFileSync(join(nb.r, 'aws-calls'), 'utf8')).not.toContain('s3 sync');
        expect(JSON.parse(await s3.object(`${prefix}manifest.json`))).toEqual(manifest);
        expect(nb.log()).toContain('unchanged: nothing uploaded');
      },
    );

    it.skipIf(!available)('answers a request object with a manifest naming it, and keeps the size guard', async () => {
      const nb = notebook({ transfer, s3: s3.endpoint });
      fillVolume(nb.volume);
      await nb.start();
      await nb.scheduled();
      await s3.put(`${prefix}request.json`, JSON.stringify({ id: 'req-42', at: new Date().toISOString() }));
      const answered = await nb.scheduled();
      expect(answered.status, answered.out).toBe(0);
      expect(JSON.parse(await s3.object(`${prefix}manifest.json`))).toMatchObject({
        requestId: 'req-42',
        trigger: 'request',
      });
      expect(await s3.keys(`${prefix}request.json`)).toEqual([]);

      writeFileSync(join(nb.volume, 'analysis.ipynb'), '{"cells": [1]}');
      const guarded = await nb.scheduled('--trigger', 'manual', '--max-mb', '0');
      expect(guarded.out).toContain('SKIPPED: 0 MB to back up is more than the limit of 0 MB');
      expect(guarded.out).toContain('.smnb-backup-ignore');
    });

    it.skipIf(!available)('unreachable S3: the start still exits 0 and the backup logs what failed', async () => {
      const nb = notebook({ transfer, s3: 'http://127.0.0.1:9' });
      const started = await nb.start();
      expect(started.status).toBe(0);
      writeFileSync(join(nb.volume, 'new.ipynb'), '{}');
      const failed = await nb.scheduled();
      expect(failed.out).toMatch(/backup failed \(tried again later\): .+/);
    });

    it.skipIf(!available)('the minute check: with no request, one GET and nothing written', async () => {
      const nb = notebook({ transfer, s3: s3.counted });
      fillVolume(nb.volume);
      const started = await nb.start();
      expect(started.out).toContain(`smnb backup's requests: one GET of s3://${BUCKET}/${BACKUP_REQUEST}`);
      expect(readFileSync(join(nb.r, 'etc/systemd/system/smnb-backup-check.timer'), 'utf8')).toContain(
        'OnUnitActiveSec=1min',
      );
      await s3.put(BACKUP_REQUEST, undefined);
      const before = await s3.keys(prefix);
      s3.seen.length = 0;
      const checked = await nb.minuteCheck();
      expect(checked.status, checked.out).toBe(0);
      expect(s3.seen).toEqual([`GET /${BUCKET}/${BACKUP_REQUEST}`]);
      expect(await s3.keys(prefix)).toEqual(before);
      expect(checked.out).toBe('');
    });

    it.skipIf(!available)('the minute check acknowledges a request, then answers it with the manifest', async () => {
      const nb = notebook({ transfer, s3: s3.counted });
      fillVolume(nb.volume);
      await nb.start();
      await s3.put(BACKUP_REQUEST, JSON.stringify({ id: 'req-minute', at: new Date().toISOString() }));
      s3.seen.length = 0;
      const answered = await nb.minuteCheck();
      expect(answered.status, answered.out).toBe(0);
      expect(answered.out).toContain('backup requested (req-minute): acknowledged, backing up now');
      const ack = JSON.parse(await s3.object(BACKUP_ACK)) as { requestId: string; at: string };
      expect(ack.requestId).toBe('req-minute');
      expect(new Date(ack.at).toISOString()).toBe(ack.at.replace('Z', '.000Z'));
      const writes = s3.seen.filter((line) => line.startsWith('PUT '));
      expect(writes[0]).toBe(`PUT /${BUCKET}/${BACKUP_ACK}`);
      expect(writes.indexOf(`PUT /${BUCKET}/${BACKUP_MANIFEST}`)).toBeGreaterThan(0);
      expect(JSON.parse(await s3.object(BACKUP_MANIFEST))).toMatchObject({
        requestId: 'req-minute',
        trigger: 'request',
      });
      expect(await s3.keys(BACKUP_REQUEST)).toEqual([]);
    });
  });
}
