/**
 * The notebook's backup and restore, run as the notebook runs them: the on-start script in a scratch root sets them
 * up, then the command it scheduled runs, against an S3-compatible server we did not write (npm s3rver, on
 * 127.0.0.1). The transfer is Debian's aws cli (awscli; 2.9 does not read AWS_ENDPOINT_URL, so a wrapper in the
 * scratch root passes --endpoint-url) or boto3 (python3-boto3; a sitecustomize gives it the endpoint). Without them
 * these tests are skipped, and say so.
 */
import { execFile, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BACKUP_ACK, BACKUP_MANIFEST, BACKUP_REQUEST } from '../../shared/backup-layout.js';
import { withSettings } from '../_helpers/notebook-root.js';

// Every step runs the real aws CLI or a Python with boto3, a new interpreter per call (one to two seconds each
// here, more while other test files run beside it): a request answered end to end takes some thirty of them.
vi.setConfig({ testTimeout: 240_000, hookTimeout: 240_000 });

const AWS = '/usr/bin/aws';
const PYTHON = '/usr/bin/python3';
// Asked with a clean environment: the test run's own (a learner's machine with a broken ~/.aws) would make even
// `aws --version` fail, and the tools would look missing.
const PROBE = { stdio: 'ignore', env: { PATH: '/usr/bin:/bin', HOME: tmpdir() } } as const;
const hasAws = spawnSync(AWS, ['--version'], PROBE).status === 0;
const hasBoto3 = spawnSync(PYTHON, ['-c', 'import boto3'], PROBE).status === 0;
if (!hasAws)
  console.warn(`SKIPPED: backup tests with the aws cli: ${AWS} is missing. Install it: apt-get install awscli`);
if (!hasBoto3)
  console.warn(`SKIPPED: backup tests with boto3: ${PYTHON} lacks boto3. Install it: apt-get install python3-boto3`);

const BUCKET = 'smnb-data-bucket';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };
let server: { close(): Promise<void> };
let endpoint = '';
/** A proxy in front of s3rver that notes every request the notebook sends: what a request costs is counted here. */
let counted = '';
let seen: string[] = [];
let proxy: Server;

beforeAll(async () => {
  const directory = mkdtempSync(join(tmpdir(), 'smnb-s3rver-'));
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: BUCKET }],
  });
  const address = (await s3rver.run()) as { port: number };
  endpoint = `http://127.0.0.1:${address.port}`;
  server = s3rver;
  proxy = createServer((req, res) => {
    seen.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
    const upstream = forward(
      { host: '127.0.0.1', port: address.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const at = proxy.address();
  counted = `http://127.0.0.1:${typeof at === 'object' && at ? at.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => proxy?.close(resolve));
  await server?.close();
});

function run(file: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number; out: string }>((resolve) => {
    execFile(file, args, { env, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

function executable(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, 0o755);
}

/**
 * A notebook's scratch root: its metadata, a python3 without site packages (no boto3), a recording systemctl, and
 * the transfer asked for: the aws cli at /usr/local/bin/aws, or boto3 in the conda env python3 (the documented
 * place where the notebook keeps boto3 and the sagemaker SDK).
 */
function notebook(o: { transfer: 'aws' | 'boto3'; s3?: string }) {
  const r = mkdtempSync(join(tmpdir(), 'smnb-nb-'));
  const s3 = o.s3 ?? endpoint;
  const volume = join(r, 'home/ec2-user/SageMaker');
  mkdirSync(volume, { recursive: true });
  mkdirSync(join(r, 'run-systemd'));
  executable(join(r, 'usr/bin/python3'), `#!/bin/sh\nexec ${PYTHON} -S "$@"\n`);
  executable(join(r, 'fake-bin/systemctl'), '#!/bin/sh\nexit 0\n');
  mkdirSync(join(r, 'opt/ml/metadata'), { recursive: true });
  writeFileSync(
    join(r, 'opt/ml/metadata/resource-metadata.json'),
    JSON.stringify({
      ResourceName: 'my-nb',
      ResourceArn: 'arn:aws:sagemaker:ap-northeast-1:123456789012:notebook-instance/my-nb',
    }),
  );
  if (o.transfer === 'aws') {
    executable(
      join(r, 'usr/local/bin/aws'),
      `#!/bin/sh\necho "$@" >> "${r}/aws-calls"\nexec ${AWS} --endpoint-url ${s3} "$@"\n`,
    );
  } else {
    writeFileSync(
      join(r, 'sitecustomize.py'),
      `import boto3\n_client = boto3.client\nboto3.client = lambda name, **k: _client(name, endpoint_url="${s3}", **k)\n`,
    );
    executable(
      join(r, 'home/ec2-user/anaconda3/envs/python3/bin/python'),
      `#!/bin/sh\nPYTHONPATH="${r}" exec ${PYTHON} "$@"\n`,
    );
  }
  const env = {
    PATH: `${join(r, 'fake-bin')}:/usr/bin:/bin`,
    HOME: r,
    SMNB_ROOT: r,
    SMNB_SYSTEMD_DIR: join(r, 'run-systemd'),
    ...CREDENTIALS,
  };
  const start = async (interval = '60') => {
    const script = join(r, 'on-start.sh');
    writeFileSync(
      script,
      withSettings({ BackupIntervalMinutes: interval, DataBucketName: BUCKET, IdleTimeoutMinutes: '0' }),
    );
    return run('bash', [script], env);
  };
  /** The backup exactly as the timer runs it, with extra arguments. */
  const scheduled = async (...extra: string[]) => {
    const service = readFileSync(join(r, 'etc/systemd/system/smnb-backup.service'), 'utf8');
    const command = /ExecStart=(.*)/.exec(service)![1]!;
    return run('bash', ['-c', `${command} ${extra.join(' ')}`], env);
  };
  /** The minute check exactly as its timer runs it. */
  const minuteCheck = async () => {
    const service = readFileSync(join(r, 'etc/systemd/system/smnb-backup-check.service'), 'utf8');
    return run('bash', ['-c', /ExecStart=(.*)/.exec(service)![1]!], env);
  };
  const log = () =>
    existsSync(join(volume, 'smnb-auto-stop.log')) ? readFileSync(join(volume, 'smnb-auto-stop.log'), 'utf8') : '';
  const restored = async () => {
    for (let i = 0; i < 600 && !existsSync(join(volume, '.smnb-restore-done')); i++)
      await new Promise((w) => setTimeout(w, 100));
    return existsSync(join(volume, '.smnb-restore-done'));
  };
  return { r, volume, env, start, scheduled, minuteCheck, log, restored };
}

/** The keys under a prefix, read with the real aws cli. */
async function keys(prefix: string): Promise<string[]> {
  const out = await run(
    AWS,
    [
      '--endpoint-url',
      endpoint,
      '--region',
      'ap-northeast-1',
      's3api',
      'list-objects-v2',
      '--bucket',
      BUCKET,
      '--prefix',
      prefix,
    ],
    { PATH: '/usr/bin:/bin', HOME: tmpdir(), ...CREDENTIALS },
  );
  return out.out.trim()
    ? ((JSON.parse(out.out) as { Contents?: { Key: string }[] }).Contents ?? []).map((c) => c.Key).sort()
    : [];
}

/** Writes (or, without text, removes) an object with the real aws cli, as the CLI would leave a request. */
async function put(key: string, text: string | undefined): Promise<void> {
  const env = { PATH: '/usr/bin:/bin', HOME: tmpdir(), ...CREDENTIALS };
  const base = ['--endpoint-url', endpoint, '--region', 'ap-northeast-1', 's3'];
  if (text === undefined) {
    await run(AWS, [...base, 'rm', `s3://${BUCKET}/${key}`], env);
    return;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'smnb-put-')), 'object.json');
  writeFileSync(file, text);
  await run(AWS, [...base, 'cp', file, `s3://${BUCKET}/${key}`], env);
}

async function object(key: string): Promise<string> {
  const out = await run(
    AWS,
    ['--endpoint-url', endpoint, '--region', 'ap-northeast-1', 's3', 'cp', `s3://${BUCKET}/${key}`, '-'],
    { PATH: '/usr/bin:/bin', HOME: tmpdir(), ...CREDENTIALS },
  );
  return out.out;
}

function fillVolume(volume: string) {
  const files: Record<string, string> = {
    'analysis.ipynb': '{"cells": []}',
    'data/prices.csv': 'a,b\n1,2\n',
    'a folder/notes.md': '# notes',
    '.ipynb_checkpoints/analysis-checkpoint.ipynb': 'old',
    'data/.ipynb_checkpoints/x.ipynb': 'old',
    '__pycache__/m.cpython-311.pyc': 'bytes',
    '.Trash-1000/files/gone.txt': 'gone',
    'project/.cache/huge.bin': 'cache',
    'big/model.bin': 'weights',
    'amazon-sagemaker-examples/intro.ipynb': 'cloned again by SageMaker',
    'work/amazon-sagemaker-examples/mine.txt': 'mine',
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(volume, path)), { recursive: true });
    writeFileSync(join(volume, path), text);
  }
  writeFileSync(join(volume, '.smnb-backup-ignore'), '# big things stay out\nbig/\n');
  const outside = mkdtempSync(join(tmpdir(), 'smnb-outside-'));
  writeFileSync(join(outside, 'secret.txt'), 'not on the volume');
  symlinkSync(outside, join(volume, 'linked-dir'));
  symlinkSync(join(outside, 'secret.txt'), join(volume, 'linked-file.txt'));
}

const KEPT = ['a folder/notes.md', 'analysis.ipynb', 'data/prices.csv', 'work/amazon-sagemaker-examples/mine.txt'].map(
  (k) => `smnb-backup/files/${k}`,
);

describe.each([
  ['the aws cli', 'aws' as const, hasAws],
  ['boto3', 'boto3' as const, hasBoto3 && hasAws],
])('backup and restore with %s against s3rver', (_, transfer, available) => {
  const prefix = `smnb-backup/`;

  it.skipIf(!available)(
    'backs up the volume without exclusions or links, then uploads nothing while unchanged',
    async () => {
      await run(
        AWS,
        ['--endpoint-url', endpoint, '--region', 'ap-northeast-1', 's3', 'rm', `s3://${BUCKET}/`, '--recursive'],
        { PATH: '/usr/bin:/bin', HOME: tmpdir(), ...CREDENTIALS },
      );
      const nb = notebook({ transfer });
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
      expect(await nb.restored()).toBe(true);
      expect(nb.log()).toContain('volume already holds files: nothing restored');

      const first = await nb.scheduled();
      expect(first.status, first.out).toBe(0);
      expect(first.out).toMatch(/backed up 4 files \(\d+ KB\) to s3:\/\/smnb-data-bucket\/smnb-backup\//);
      expect(await keys(`${prefix}files/`)).toEqual(KEPT);
      expect(await object(`${prefix}files/data/prices.csv`)).toBe('a,b\n1,2\n');
      const manifest = JSON.parse(await object(`${prefix}manifest.json`)) as Record<string, unknown>;
      expect(manifest).toMatchObject({ files: 4, notebook: 'my-nb', trigger: 'schedule' });

      writeFileSync(join(nb.r, 'aws-calls'), '');
      const again = await nb.scheduled('--trigger', 'manual');
      expect(again.out).toContain('unchanged: nothing uploaded (4 files');
      if (transfer === 'aws') expect(readFileSync(join(nb.r, 'aws-calls'), 'utf8')).not.toContain('s3 sync');
      expect(JSON.parse(await object(`${prefix}manifest.json`))).toEqual(manifest);
      expect(nb.log()).toContain('unchanged: nothing uploaded');
    },
  );

  it.skipIf(!available)('answers a request object with a manifest naming it, and keeps the size guard', async () => {
    const nb = notebook({ transfer });
    fillVolume(nb.volume);
    await nb.start();
    await nb.restored();
    await nb.scheduled();
    const request = join(nb.r, 'request.json');
    writeFileSync(request, JSON.stringify({ id: 'req-42', at: new Date().toISOString() }));
    await run(
      AWS,
      [
        '--endpoint-url',
        endpoint,
        '--region',
        'ap-northeast-1',
        's3',
        'cp',
        request,
        `s3://${BUCKET}/${prefix}request.json`,
      ],
      { PATH: '/usr/bin:/bin', HOME: tmpdir(), ...CREDENTIALS },
    );
    const answered = await nb.scheduled();
    expect(answered.status, answered.out).toBe(0);
    expect(JSON.parse(await object(`${prefix}manifest.json`))).toMatchObject({
      requestId: 'req-42',
      trigger: 'request',
    });
    expect(await keys(`${prefix}request.json`)).toEqual([]);

    writeFileSync(join(nb.volume, 'analysis.ipynb'), '{"cells": [1]}');
    const guarded = await nb.scheduled('--trigger', 'manual', '--max-mb', '0');
    expect(guarded.out).toContain('SKIPPED: 0 MB to back up is more than the limit of 0 MB');
    expect(guarded.out).toContain('.smnb-backup-ignore');
  });

  it.skipIf(!available)(
    'a new, empty volume gets the files back in the background; a volume with files is untouched',
    async () => {
      const source = notebook({ transfer });
      fillVolume(source.volume);
      await source.start();
      await source.restored();
      await source.scheduled('--trigger', 'manual');

      const fresh = notebook({ transfer });
      mkdirSync(join(fresh.volume, 'lost+found'));
      const started = await fresh.start();
      expect(started.status).toBe(0);
      expect(started.out).toContain('restore check started in the background');
      expect(await fresh.restored()).toBe(true);
      expect(readFileSync(join(fresh.volume, 'data/prices.csv'), 'utf8')).toBe('a,b\n1,2\n');
      expect(readFileSync(join(fresh.volume, 'a folder/notes.md'), 'utf8')).toBe('# notes');
      expect(existsSync(join(fresh.volume, '.ipynb_checkpoints'))).toBe(false);
      expect(existsSync(join(fresh.volume, '.smnb-restore-tmp'))).toBe(false);
      expect(fresh.log()).toMatch(/restoring 4 files .* from s3:\/\/smnb-data-bucket\/smnb-backup\//);
      expect(fresh.log()).toContain('restore finished: 4 files back on the volume');

      const busy = notebook({ transfer });
      writeFileSync(join(busy.volume, 'analysis.ipynb'), 'my own work');
      await busy.start();
      expect(await busy.restored()).toBe(true);
      expect(readFileSync(join(busy.volume, 'analysis.ipynb'), 'utf8')).toBe('my own work');
      expect(existsSync(join(busy.volume, 'data'))).toBe(false);
      expect(busy.log()).toContain('volume already holds files: nothing restored');
    },
  );

  it.skipIf(!available)('unreachable S3: the start still exits 0 and the log says what failed', async () => {
    const nb = notebook({ transfer, s3: 'http://127.0.0.1:9' });
    const started = await nb.start();
    expect(started.status).toBe(0);
    for (let i = 0; i < 600 && !/restore failed/.test(nb.log()); i++) await new Promise((w) => setTimeout(w, 100));
    expect(nb.log()).toMatch(/restore failed \(tried again later\): .+/);
    writeFileSync(join(nb.volume, 'new.ipynb'), '{}');
    const refused = await nb.scheduled();
    expect(refused.out).toContain('not backing up: the restore onto this new volume has not finished');
    rmSync(join(nb.volume, '.smnb-restore-pending'));
    const failed = await nb.scheduled();
    expect(failed.out).toMatch(/backup failed \(tried again later\): .+/);
  });

  it.skipIf(!available)(
    'the minute check: with no request, one GET and nothing written',
    async () => {
      const nb = notebook({ transfer, s3: counted });
      fillVolume(nb.volume);
      const started = await nb.start();
      expect(started.out).toContain(`smnb backup's requests: one GET of s3://${BUCKET}/${BACKUP_REQUEST}`);
      expect(readFileSync(join(nb.r, 'etc/systemd/system/smnb-backup-check.timer'), 'utf8')).toContain(
        'OnUnitActiveSec=1min',
      );
      await nb.restored();
      await put(BACKUP_REQUEST, undefined);
      const before = await keys(prefix);
      seen = [];
      const checked = await nb.minuteCheck();
      expect(checked.status, checked.out).toBe(0);
      expect(seen).toEqual([`GET /${BUCKET}/${BACKUP_REQUEST}`]);
      expect(await keys(prefix)).toEqual(before);
      expect(checked.out).toBe('');
    },
    240_000,
  );

  it.skipIf(!available)(
    'the minute check acknowledges a request, then answers it with the manifest',
    async () => {
      const nb = notebook({ transfer, s3: counted });
      fillVolume(nb.volume);
      await nb.start();
      await nb.restored();
      await put(BACKUP_REQUEST, JSON.stringify({ id: 'req-minute', at: new Date().toISOString() }));
      seen = [];
      const answered = await nb.minuteCheck();
      expect(answered.status, answered.out).toBe(0);
      expect(answered.out).toContain('backup requested (req-minute): acknowledged, backing up now');
      const ack = JSON.parse(await object(BACKUP_ACK)) as { requestId: string; at: string };
      expect(ack.requestId).toBe('req-minute');
      expect(new Date(ack.at).toISOString()).toBe(ack.at.replace('Z', '.000Z'));
      const writes = seen.filter((line) => line.startsWith('PUT '));
      expect(writes[0]).toBe(`PUT /${BUCKET}/${BACKUP_ACK}`);
      expect(writes.indexOf(`PUT /${BUCKET}/${BACKUP_MANIFEST}`)).toBeGreaterThan(0);
      expect(JSON.parse(await object(BACKUP_MANIFEST))).toMatchObject({ requestId: 'req-minute', trigger: 'request' });
      expect(await keys(BACKUP_REQUEST)).toEqual([]);
    },
    240_000,
  );
});
