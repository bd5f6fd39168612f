/**
 * The notebook's backup and restore, run as the notebook runs them: the lifecycle scripts of the committed template in
 * a scratch root set them up, then the commands they scheduled or started run, against an S3-compatible server we did
 * not write (npm s3rver, on 127.0.0.1, one per test file). The notebook's transfer is Debian's aws cli (awscli; 2.9
 * does not read AWS_ENDPOINT_URL, so a wrapper in the scratch root passes --endpoint-url) or boto3 (python3-boto3; a
 * sitecustomize gives it the endpoint). The tests' own look at the bucket goes through the AWS SDK in this process:
 * only the notebook's side needs the real tools. Without them the tests are skipped, and say so.
 */
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request as forward, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
// @ts-expect-error s3rver ships no types
import S3rver from 's3rver';
import { afterAll, beforeAll } from 'vitest';
import { onCreateFromTemplate, withSettings } from './notebook-root.js';

export const AWS = '/usr/bin/aws';
export const PYTHON = '/usr/bin/python3';
// Asked with a clean environment: the test run's own (a learner's machine with a broken ~/.aws) would make even
// `aws --version` fail, and the tools would look missing.
const PROBE = { stdio: 'ignore', env: { PATH: '/usr/bin:/bin', HOME: tmpdir() } } as const;
export const hasAws = spawnSync(AWS, ['--version'], PROBE).status === 0;
export const hasBoto3 = spawnSync(PYTHON, ['-c', 'import boto3'], PROBE).status === 0;
if (!hasAws)
  console.warn(`SKIPPED: backup tests with the aws cli: ${AWS} is missing. Install it: apt-get install awscli`);
if (!hasBoto3)
  console.warn(`SKIPPED: backup tests with boto3: ${PYTHON} lacks boto3. Install it: apt-get install python3-boto3`);

export const BUCKET = 'smnb-data-bucket';
const CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' };

export type Transfer = 'aws' | 'boto3';

export function run(file: string, args: string[], env: NodeJS.ProcessEnv) {
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

/** Waits, polling every 100 ms, until `done` holds or a minute has passed; answers whether it holds. */
export async function until(done: () => boolean): Promise<boolean> {
  for (let i = 0; i < 600 && !done(); i++) await new Promise((w) => setTimeout(w, 100));
  return done();
}

/**
 * An s3rver for this test file (started before its tests, closed after them), a proxy in front of it that notes every
 * request the notebook sends (what a request costs is counted there), and the test's own S3 reads and writes.
 */
export function useS3() {
  let server: { close(): Promise<void> } | undefined;
  let proxy: Server | undefined;
  let client: S3Client | undefined;
  const s3 = {
    endpoint: '',
    /** The proxy's address: a notebook given it has its requests noted in `seen`. */
    counted: '',
    seen: [] as string[],
    /** The keys under a prefix. */
    async keys(prefix: string): Promise<string[]> {
      const listed = await client!.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: prefix }));
      return (listed.Contents ?? []).map((c) => c.Key!).sort();
    },
    async object(key: string): Promise<string> {
      const got = await client!.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
      return got.Body!.transformToString();
    },
    /** Writes (or, without text, removes) an object, as the CLI would leave a request. */
    async put(key: string, text: string | undefined): Promise<void> {
      if (text === undefined) await client!.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: key }));
      else await client!.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: text }));
    },
    /** Empties the bucket (one DeleteObject a key: s3rver answers DeleteObjects without a Content-MD5 with an error). */
    async clear(): Promise<void> {
      for (const Key of await s3.keys('')) await client!.send(new DeleteObjectCommand({ Bucket: BUCKET, Key }));
    },
  };
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
    server = s3rver;
    s3.endpoint = `http://127.0.0.1:${address.port}`;
    // Everything given, nothing read from the host (whose ~/.aws and AWS_* variables are hostile on purpose).
    client = new S3Client({
      region: 'ap-northeast-1',
      endpoint: s3.endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      maxAttempts: 1,
      useFipsEndpoint: false,
      useDualstackEndpoint: false,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
    proxy = createServer((req, res) => {
      s3.seen.push(`${req.method} ${decodeURIComponent(req.url ?? '')}`);
      const upstream = forward(
        { host: '127.0.0.1', port: address.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      req.pipe(upstream);
    });
    await new Promise<void>((resolve) => proxy!.listen(0, '127.0.0.1', resolve));
    const at = proxy.address();
    s3.counted = `http://127.0.0.1:${typeof at === 'object' && at ? at.port : 0}`;
  });
  afterAll(async () => {
    client?.destroy();
    await new Promise((resolve) => (proxy ? proxy.close(resolve) : resolve(undefined)));
    await server?.close();
  });
  return s3;
}

/**
 * The notebook's user in tests: `nobody`, which every Debian system has (base-passwd), so the restore really runs as
 * another user than root. Only root can switch users: the restore tests need root and say so when they skip.
 */
export const NOTEBOOK_USER = {
  name: 'nobody',
  uid: Number(execFileSync('id', ['-u', 'nobody'], { encoding: 'utf8' })),
  gid: Number(execFileSync('id', ['-g', 'nobody'], { encoding: 'utf8' })),
};
export const IS_ROOT = process.getuid?.() === 0;
if (!IS_ROOT)
  console.warn('SKIPPED: restore tests: only root can run the restore as the notebook user, as the notebook does');

/**
 * A notebook's scratch root: its metadata, a python3 without site packages (no boto3), a recording systemctl, and
 * the transfer asked for: the aws cli at /usr/local/bin/aws, or boto3 in the conda env python3 (the documented
 * place where the notebook keeps boto3 and the sagemaker SDK). `s3` is the endpoint the notebook's tools talk to.
 */
export function notebook(o: { transfer: Transfer; s3: string }) {
  const r = mkdtempSync(join(tmpdir(), 'smnb-nb-'));
  const volume = join(r, 'home/ec2-user/SageMaker');
  mkdirSync(volume, { recursive: true });
  // As on a notebook, the volume is the notebook's user's, and the restore runs as that user (here: nobody).
  chmodSync(r, 0o755);
  if (IS_ROOT) chownSync(volume, NOTEBOOK_USER.uid, NOTEBOOK_USER.gid);
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
  /** Points the notebook's transfer at an endpoint (a notebook whose S3 comes back, say). */
  const reach = (s3: string) => {
    if (o.transfer === 'aws') {
      writeFileSync(join(r, 'aws-calls'), '');
      chmodSync(join(r, 'aws-calls'), 0o666);
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
  };
  reach(o.s3);
  const env = {
    PATH: `${join(r, 'fake-bin')}:/usr/bin:/bin`,
    HOME: r,
    SMNB_ROOT: r,
    SMNB_SYSTEMD_DIR: join(r, 'run-systemd'),
    SMNB_NOTEBOOK_USER: NOTEBOOK_USER.name,
    ...CREDENTIALS,
  };
  /** The OnStart hook of the committed template, as the notebook runs it at every start. */
  const start = async (interval = '60') => {
    const script = join(r, 'on-start.sh');
    writeFileSync(
      script,
      withSettings({ BackupIntervalMinutes: interval, DataBucketName: BUCKET, IdleTimeoutMinutes: '0' }),
    );
    return run('bash', [script], env);
  };
  /** The OnCreate hook of the committed template, as the notebook runs it once, on a new volume. */
  const create = async (extraEnv: NodeJS.ProcessEnv = {}) => {
    const script = join(r, 'on-create.sh');
    writeFileSync(script, onCreateFromTemplate());
    return run('bash', [script], { ...env, ...extraEnv });
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
  /** What the notebook logged on its volume: auto-stop and backup, then the restore. */
  const log = () =>
    ['smnb-auto-stop.log', 'smnb-restore.log']
      .map((file) => (existsSync(join(volume, file)) ? readFileSync(join(volume, file), 'utf8') : ''))
      .join('');
  /** Waits until the restore the OnCreate hook left has finished (it then removes itself). */
  const restored = () => until(() => !existsSync(join(volume, '.smnb-restore')));
  return { r, volume, env, reach, start, create, scheduled, minuteCheck, log, restored };
}

export function fillVolume(volume: string) {
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

export const KEPT = [
  'a folder/notes.md',
  'analysis.ipynb',
  'data/prices.csv',
  'work/amazon-sagemaker-examples/mine.txt',
].map((k) => `smnb-backup/files/${k}`);
