/**
 * The restore onto a new volume, run as the notebook runs it (see test/_helpers/notebook-s3.ts): the OnCreate hook of
 * the committed template leaves the restore program on the volume, the OnStart hook runs it in the background, at
 * every start until it has finished. Once per transfer, each in its own test file with its own s3rver.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { shippedRestore } from '../_helpers/notebook-root.js';
import {
  fillVolume,
  hasAws,
  hasBoto3,
  IS_ROOT,
  notebook,
  NOTEBOOK_USER,
  type Transfer,
  until,
  useS3,
} from '../_helpers/notebook-s3.js';

export function restoreSuite(name: string, transfer: Transfer) {
  vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });
  const available = IS_ROOT && (transfer === 'aws' ? hasAws : hasBoto3 && hasAws);
  const s3 = useS3();
  /** A backup as the notebook writes it (the first test makes one for real), put there without starting a tool. */
  const seed = async () => {
    await s3.clear();
    const files = {
      'analysis.ipynb': '{"cells": []}',
      'data/prices.csv': 'a,b\n1,2\n',
      'a folder/notes.md': '# notes',
    };
    for (const [path, text] of Object.entries(files)) await s3.put(`smnb-backup/files/${path}`, text);
    const manifest = { writtenAt: new Date().toISOString(), files: 3, bytes: 30, notebook: 'my-nb', trigger: 'manual' };
    await s3.put('smnb-backup/manifest.json', JSON.stringify(manifest));
  };

  describe(`restore onto a new volume with ${name} against s3rver`, () => {
    it.skipIf(!available)(
      'OnCreate leaves the restore; the start runs it in the background; it brings the files back and goes',
      async () => {
        await s3.clear();
        const source = notebook({ transfer, s3: s3.endpoint });
        fillVolume(source.volume);
        await source.start();
        await source.scheduled('--trigger', 'manual');

        const fresh = notebook({ transfer, s3: s3.endpoint });
        mkdirSync(join(fresh.volume, 'lost+found'));
        const created = await fresh.create();
        expect(created.status).toBe(0);
        expect(created.out).toContain('smnb backup: restore program written to ~/SageMaker/.smnb-restore');
        const program = join(fresh.volume, '.smnb-restore/restore.py');
        expect(statSync(join(fresh.volume, '.smnb-restore')).mode & 0o777).toBe(0o755);
        expect(statSync(program).mode & 0o777).toBe(0o644);
        const started = await fresh.start();
        expect(started.status).toBe(0);
        expect(started.out).toContain('restore check started in the background');
        expect(await fresh.restored()).toBe(true);
        expect(readFileSync(join(fresh.volume, 'data/prices.csv'), 'utf8')).toBe('a,b\n1,2\n');
        expect(readFileSync(join(fresh.volume, 'a folder/notes.md'), 'utf8')).toBe('# notes');
        expect(existsSync(join(fresh.volume, '.ipynb_checkpoints'))).toBe(false);
        expect(existsSync(join(fresh.volume, '.smnb-restore-tmp'))).toBe(false);
        expect(existsSync(join(fresh.volume, '.smnb-restore-pending'))).toBe(false);
        expect(fresh.log()).toMatch(/restoring 4 files .* from s3:\/\/smnb-data-bucket\/smnb-backup\//);
        expect(fresh.log()).toContain('restore finished: 4 files back on the volume');

        // Done means done: the next start runs no restore.
        const again = await fresh.start();
        expect(again.out).not.toContain('restore check started');
      },
    );

    it.skipIf(!available)(
      'files under a folder that leads off the volume stay in the bucket, and a copy a give-up began is finished',
      async () => {
        await seed();
        const nb = notebook({ transfer, s3: s3.endpoint });
        await nb.create();
        const outside = mkdtempSync(join(tmpdir(), 'smnb-outside-'));
        chmodSync(outside, 0o755);
        // Two starts failed, the second gave up but lost S3 while copying; meanwhile the user made a link.
        writeFileSync(join(nb.volume, '.smnb-restore-pending'), '2 kept-20261201T000000Z');
        symlinkSync(outside, join(nb.volume, 'data'));
        await nb.start();
        expect(await nb.restored()).toBe(true);
        expect(existsSync(join(outside, 'prices.csv'))).toBe(false);
        expect(readFileSync(join(nb.volume, 'a folder/notes.md'), 'utf8')).toBe('# notes');
        expect(existsSync(join(nb.volume, '.smnb-restore-pending'))).toBe(false);
        expect(nb.log()).toContain('kept as it was in s3://smnb-data-bucket/smnb-backup/kept-20261201T000000Z/files/');
        const kept = (await s3.keys('smnb-backup/kept-')).map((key) => key.split('/')[1]);
        expect(new Set(kept)).toEqual(new Set(['kept-20261201T000000Z']));
        expect(await s3.keys('smnb-backup/kept-20261201T000000Z/files/data/')).toEqual([
          'smnb-backup/kept-20261201T000000Z/files/data/prices.csv',
        ]);
      },
    );

    it.skipIf(!available)('a volume that already holds files is untouched, and the restore goes', async () => {
      await seed();
      const busy = notebook({ transfer, s3: s3.endpoint });
      await busy.create();
      writeFileSync(join(busy.volume, 'analysis.ipynb'), 'my own work');
      await busy.start();
      expect(await busy.restored()).toBe(true);
      expect(readFileSync(join(busy.volume, 'analysis.ipynb'), 'utf8')).toBe('my own work');
      expect(existsSync(join(busy.volume, 'data'))).toBe(false);
      expect(busy.log()).toContain('volume already holds files: nothing restored');
    });

    it.skipIf(!available)(
      'a backup that cannot come back whole: the third failed start keeps it aside, restores the rest, and backups go on',
      async () => {
        await seed();
        // A file and a folder of one name (put there by hand, say): no volume can hold both.
        await s3.put('smnb-backup/files/clash', 'a file');
        await s3.put('smnb-backup/files/clash/inner.txt', 'in a folder of the same name');
        const nb = notebook({ transfer, s3: s3.endpoint });
        await nb.create();
        const pending = join(nb.volume, '.smnb-restore-pending');
        // An earlier start failed the same way.
        writeFileSync(pending, '1');
        await nb.start();
        expect(await until(() => /restore failed/.test(nb.log()))).toBe(true);
        expect(readFileSync(pending, 'utf8')).toBe('2');
        expect(nb.log()).toMatch(/restore failed \(tried again at the next start\): .+/);
        expect((await nb.scheduled()).out).toContain(
          'not backing up: the restore onto this new volume has not finished',
        );

        await nb.start();
        expect(await nb.restored()).toBe(true);
        const kept =
          /kept as it was in s3:\/\/smnb-data-bucket\/(smnb-backup\/kept-\d{8}T\d{6}Z\/files\/) \(to copy it to a computer: smnb restore my-nb --from (kept-\d{8}T\d{6}Z) --to DIR\); backups go on/.exec(
            nb.log(),
          );
        expect(nb.log()).toContain('restore gave up after 3 tries: what came down is on the volume');
        expect(kept, nb.log()).not.toBeNull();
        const keptFiles = kept![1]!;
        expect(keptFiles).toBe(`smnb-backup/${kept![2]}/files/`);
        const before = ['a folder/notes.md', 'analysis.ipynb', 'clash', 'clash/inner.txt', 'data/prices.csv'];
        expect(await s3.keys(keptFiles)).toEqual(before.map((path) => keptFiles + path));
        expect(readFileSync(join(nb.volume, 'a folder/notes.md'), 'utf8')).toBe('# notes');
        expect(existsSync(pending)).toBe(false);
        expect(existsSync(join(nb.volume, '.smnb-restore-tmp'))).toBe(false);

        writeFileSync(join(nb.volume, 'new.ipynb'), '{}');
        const backedUp = await nb.scheduled('--trigger', 'manual');
        expect(backedUp.out).toMatch(/backed up \d+ files/);
        expect(await s3.keys('smnb-backup/files/new.ipynb')).toEqual(['smnb-backup/files/new.ipynb']);
        expect(await s3.keys(keptFiles)).toHaveLength(before.length);
      },
    );

    it.skipIf(!available)(
      'unreachable S3: the start exits 0, the backup waits, and the next start retries and restores',
      async () => {
        await seed();
        const nb = notebook({ transfer, s3: 'http://127.0.0.1:9' });
        expect((await nb.create()).status).toBe(0);
        const started = await nb.start();
        expect(started.status).toBe(0);
        expect(await until(() => /restore failed/.test(nb.log()))).toBe(true);
        expect(nb.log()).toMatch(/restore failed \(tried again at the next start\): .+/);
        expect(existsSync(join(nb.volume, '.smnb-restore-pending'))).toBe(true);
        writeFileSync(join(nb.volume, 'new.ipynb'), '{}');
        const refused = await nb.scheduled();
        expect(refused.out).toContain('not backing up: the restore onto this new volume has not finished');
        const unchecked = await nb.minuteCheck();
        expect(unchecked.out).toBe('');

        nb.reach(s3.endpoint);
        const next = await nb.start();
        expect(next.out).toContain('restore check started in the background');
        expect(await nb.restored()).toBe(true);
        expect(readFileSync(join(nb.volume, 'data/prices.csv'), 'utf8')).toBe('a,b\n1,2\n');
        expect(readFileSync(join(nb.volume, 'new.ipynb'), 'utf8')).toBe('{}');
        expect(existsSync(join(nb.volume, '.smnb-restore-pending'))).toBe(false);
        const backedUp = await nb.scheduled('--trigger', 'manual');
        expect(backedUp.out).toMatch(/backed up 4 files/);
      },
    );
  });
}

/** What needs no transfer: the OnCreate hook's failures, and whose program the OnStart hook runs. */
export function restoreHookSuite() {
  vi.setConfig({ testTimeout: 60_000 });
  describe('the OnCreate hook and the restore it leaves', () => {
    it('exits 0 and leaves nothing when there is no python3 to unpack with', async () => {
      const nb = notebook({ transfer: 'aws', s3: 'http://127.0.0.1:9' });
      rmSync(join(nb.r, 'usr/bin/python3'));
      const created = await nb.create();
      expect(created.status).toBe(0);
      expect(created.out).toContain('cannot write the restore program');
      expect(existsSync(join(nb.volume, '.smnb-restore'))).toBe(false);
    });

    it('exits 0 and leaves nothing when the python3 there cannot unpack (no lzma module, say)', async () => {
      const nb = notebook({ transfer: 'aws', s3: 'http://127.0.0.1:9' });
      writeFileSync(join(nb.r, 'usr/bin/python3'), '#!/bin/sh\nexit 1\n');
      const created = await nb.create();
      expect(created.status).toBe(0);
      expect(created.out).toContain('cannot write the restore program');
      expect(existsSync(join(nb.volume, '.smnb-restore'))).toBe(false);
    });

    it('passes over a python3 that cannot unpack to the next one', async () => {
      const nb = notebook({ transfer: 'aws', s3: 'http://127.0.0.1:9' });
      writeFileSync(join(nb.r, 'usr/bin/python3'), '#!/bin/sh\nexit 1\n');
      const jupyters = join(nb.r, 'home/ec2-user/anaconda3/envs/JupyterSystemEnv/bin/python');
      mkdirSync(dirname(jupyters), { recursive: true });
      writeFileSync(jupyters, '#!/bin/sh\nexec /usr/bin/python3 -S "$@"\n');
      chmodSync(jupyters, 0o755);
      const created = await nb.create();
      expect(created.status).toBe(0);
      expect(created.out).toContain('restore program written');
      expect(readFileSync(join(nb.volume, '.smnb-restore/restore.py'), 'utf8')).toBe(shippedRestore());
    });

    it('exits 0 when the volume cannot be written', async () => {
      const nb = notebook({ transfer: 'aws', s3: 'http://127.0.0.1:9' });
      const created = await nb.create({ SMNB_ROOT: '/proc/smnb-nowhere' });
      expect(created.status).toBe(0);
      expect(created.out).toContain('cannot write the restore program');
    });

    it('with no data bucket the start exits 0 and leaves the restore for a start that has one', async () => {
      const nb = notebook({ transfer: 'aws', s3: 'http://127.0.0.1:9' });
      await nb.create();
      const started = await nb.start('0');
      expect(started.status).toBe(0);
      expect(started.out).not.toContain('restore check started');
      expect(existsSync(join(nb.volume, '.smnb-restore/restore.py'))).toBe(true);
    });

    it.skipIf(!IS_ROOT)(
      "runs the restore as the notebook's user, never root: a program changed on the volume gains nothing",
      async () => {
        const nb = notebook({ transfer: 'aws', s3: 'http://127.0.0.1:9' });
        await nb.create();
        const program = join(nb.volume, '.smnb-restore/restore.py');
        expect(statSync(program).uid).toBe(NOTEBOOK_USER.uid);
        // What a notebook user could leave there: it runs, but only with the user's own rights.
        writeFileSync(
          program,
          `import os\nopen(${JSON.stringify(join(nb.volume, 'who'))}, "w").write(str(os.getuid()))\n`,
        );
        const started = await nb.start();
        expect(started.status).toBe(0);
        expect(await until(() => existsSync(join(nb.volume, 'who')))).toBe(true);
        expect(readFileSync(join(nb.volume, 'who'), 'utf8')).toBe(String(NOTEBOOK_USER.uid));
      },
    );
  });
}
