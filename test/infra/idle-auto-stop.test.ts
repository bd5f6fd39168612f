import { execFile, execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notebookScratch } from '../_helpers/notebook-scratch.js';
import {
  autostopProgram,
  LIFECYCLE_SCRIPT_MAX_BASE64,
  onStartBody,
  onStartScript,
  onStartHook,
  packedProgram,
} from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';
import { withSettings } from '../_helpers/notebook-root.js';

const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().replace('Z', '000Z');
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Runs a program asynchronously (the stub Jupyter server lives in this process) and collects its output. */
function run(file: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number; out: string }>((resolve) => {
    execFile(file, args, { env, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

const scratch = () => notebookScratch('my-nb', 'ap-northeast-1');

interface CheckOptions {
  idle?: number;
  url: string;
  uptimeMinutes?: number;
  now?: number;
  extra?: string[];
  python?: string;
}

async function check(dir: string, o: CheckOptions) {
  writeFileSync(join(dir, 'aws-calls'), '');
  writeFileSync(join(dir, 'proc', 'uptime'), `${(o.uptimeMinutes ?? 180) * 60}.00 100.00\n`);
  const args = [join(dir, 'autostop.py'), '--idle-minutes', String(o.idle ?? 60), '--jupyter-url', o.url];
  args.push('--metadata', join(dir, 'metadata.json'), '--state-dir', join(dir, 'state'), '--proc', join(dir, 'proc'));
  args.push('--stop-with', `aws:${join(dir, 'aws')}`, '--log', join(dir, 'auto-stop.log'));
  args.push('--runtime-dir', join(dir, 'runtime'), '--keep-awake-file', join(dir, 'keep-awake'));
  args.push('--user', userInfo().username, ...(o.now ? ['--now', String(o.now)] : []), ...(o.extra ?? []));
  const r = await run(o.python ?? 'python3', args, { PATH: '/usr/bin:/bin' });
  return { ...r, awsCalls: readFileSync(join(dir, 'aws-calls'), 'utf8') };
}

describe('idle auto-stop checker (the embedded Python, run for real against a stub Jupyter API)', () => {
  let kernels: object[] = [];
  let requireToken = '';
  let server: Server;
  let url = '';
  let dir = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (requireToken && req.headers.authorization !== `token ${requireToken}`) return res.writeHead(403).end();
      const body = req.url === '/api/kernels' ? kernels : req.url === '/api/terminals' ? [] : undefined;
      res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    dir = scratch();
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('stops the notebook after the idle limit, with the right name and region, and logs why', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(90 * 60_000) }];
    const r = await check(dir, { url });
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/stop kernels=1 terminals=0 cpu=0% idle_minutes=(89|90) limit=60 notebook=my-nb/);
    expect(r.awsCalls.trim()).toBe(
      'sagemaker stop-notebook-instance --region ap-northeast-1 --notebook-instance-name my-nb',
    );
    expect(readFileSync(join(dir, 'auto-stop.log'), 'utf8')).toContain('stop requested via aws');
  });

  it('runs the backup before stopping, and stops even when the backup fails', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(90 * 60_000) }];
    const backup = join(dir, 'backup');
    writeFileSync(backup, `#!/bin/sh\necho "backup $1" >> "${join(dir, 'aws-calls')}"\nexit 1\n`);
    chmodSync(backup, 0o755);
    const r = await check(dir, { url, extra: ['--before-stop', backup] });
    expect(r.awsCalls).toMatch(/^backup before-stop\nsagemaker stop-notebook-instance/);
    expect(r.out).toContain('backup before stopping failed (exit 1)');
  });

  it('waits while recent activity is inside the limit', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(10 * 60_000) }];
    const r = await check(dir, { url });
    expect(r.out).toMatch(/ wait kernels=1 .*idle_minutes=(9|10) limit=60/);
    expect(r.awsCalls).toBe('');
  });

  it('never stops while a kernel is busy, however old its activity', async () => {
    kernels = [{ execution_state: 'busy', last_activity: iso(600 * 60_000) }];
    const r = await check(dir, { url });
    expect(r.out).toContain(' busy kernels=1');
    expect(r.awsCalls).toBe('');
  });

  it('counts from the instance’s boot (its uptime) when no kernel ever ran, with no state file needed', async () => {
    kernels = [];
    expect((await check(dir, { url, uptimeMinutes: 5 })).awsCalls).toBe('');
    expect((await check(dir, { url, uptimeMinutes: 61 })).awsCalls).toContain('stop-notebook-instance');
  });

  it('honours the keep-awake file until its time has passed', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(300 * 60_000) }];
    writeFileSync(join(dir, 'keep-awake'), String(nowSeconds() + 3600));
    const kept = await check(dir, { url });
    expect(kept.out).toMatch(/keep-awake until \S+, not stopping/);
    expect(kept.awsCalls).toBe('');
    writeFileSync(join(dir, 'keep-awake'), new Date(Date.now() - 60_000).toISOString());
    expect((await check(dir, { url })).awsCalls).toContain('stop-notebook-instance');
  });

  it('writes the keep-awake file from a duration and refuses a malformed one', async () => {
    const args = [join(dir, 'autostop.py'), '--keep-awake-file', join(dir, 'keep-awake'), '--keep-awake'];
    const ok = await run('python3', [...args, '3h'], { PATH: '/usr/bin:/bin' });
    expect(ok.status).toBe(0);
    const until = Date.parse(readFileSync(join(dir, 'keep-awake'), 'utf8').trim()) / 1000;
    expect(Math.abs(until - (nowSeconds() + 3 * 3600))).toBeLessThan(60);
    expect((await run('python3', [...args, 'soon'], { PATH: '/usr/bin:/bin' })).status).toBe(2);
    rmSync(join(dir, 'keep-awake'));
  });

  it('counts a user’s CPU-busy process (a job in a closed terminal tab) as activity', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(300 * 60_000) }];
    const uid = userInfo().uid;
    const proc = (ticks: number) => {
      mkdirSync(join(dir, 'proc', '4242'), { recursive: true });
      writeFileSync(join(dir, 'proc', '4242', 'status'), `Name:\ttrain\nUid:\t${uid}\t${uid}\t${uid}\t${uid}\n`);
      const fields = Array.from({ length: 50 }, () => '0');
      fields[11] = String(ticks); // utime
      writeFileSync(join(dir, 'proc', '4242', 'stat'), `4242 (python train.py) R ${fields.join(' ')}\n`);
    };
    const t0 = nowSeconds();
    proc(1000);
    await check(dir, { url, now: t0 - 300 }); // remembers the CPU time so far
    proc(1000 + 300 * 100); // one CPU busy for the 5 minutes since (100 ticks a second)
    const busy = await check(dir, { url, now: t0 });
    expect(busy.out).toMatch(/busy .*cpu=\d{2,3}%/);
    expect(busy.awsCalls).toBe('');
    const idle = await check(dir, { url, now: t0 + 300 }); // no CPU used since
    expect(idle.awsCalls).toContain('stop-notebook-instance');
  });

  it('on HTTP 403 uses the token of the running server from its runtime file, and says so', async () => {
    requireToken = 's3cret';
    kernels = [{ execution_state: 'idle', last_activity: iso(10 * 60_000) }];
    writeFileSync(join(dir, 'runtime', 'jpserver-77.json'), JSON.stringify({ url: `${url}/`, token: 's3cret' }));
    const r = await check(dir, { url });
    expect(r.out).toMatch(/ wait .* jupyter=token/);
    writeFileSync(join(dir, 'runtime', 'jpserver-77.json'), JSON.stringify({ url: `${url}/`, token: 'stale' }));
    const refused = await check(dir, { url, uptimeMinutes: 600 });
    expect(refused.out).toMatch(/jupyter refused \(HTTP 403\) every token in its runtime files; not stopping/);
    expect(refused.awsCalls).toBe('');
    requireToken = '';
  });

  it('takes only text url and token from runtime files, which the notebook user can write', async () => {
    requireToken = 's3cret';
    kernels = [{ execution_state: 'idle', last_activity: iso(10 * 60_000) }];
    const runtime = (name: string, text: string) => writeFileSync(join(dir, 'runtime', name), text);
    runtime('jpserver-1.json', JSON.stringify({ url: 5, token: ['x'] }));
    runtime('jpserver-2.json', JSON.stringify({ url: { a: 1 }, token: 7 }));
    runtime('jpserver-3.json', '[[1, 2]]');
    runtime('jpserver-4.json', 'null');
    runtime('jpserver-5.json', '['.repeat(100_000));
    runtime('jpserver-6.json', JSON.stringify({ url: `${url}/`, token: 's3cret' }));
    const r = await check(dir, { url });
    expect(r.status, r.out).toBe(0);
    expect(r.out).not.toContain('Traceback');
    expect(r.out).toMatch(/ wait .* jupyter=token/);
    for (const name of ['1', '2', '3', '4', '5', '6']) rmSync(join(dir, 'runtime', `jpserver-${name}.json`));
    requireToken = '';
  });

  it('sends a token only to the server whose runtime file holds it, and reads no link or pipe there', async () => {
    requireToken = 's3cret';
    kernels = [{ execution_state: 'idle', last_activity: iso(10 * 60_000) }];
    const runtime = join(dir, 'runtime');
    const files = ['1', '2', '3', '4'].map((n) => join(runtime, `jpserver-${n}.json`));
    try {
      // The user's own file names the server asked; another server's token must not go there.
      writeFileSync(files[0]!, JSON.stringify({ url: `${url}/` }));
      writeFileSync(files[1]!, JSON.stringify({ url: 'https://localhost:1/', token: 's3cret' }));
      const paired = await check(dir, { url, uptimeMinutes: 600 });
      expect(paired.out).toMatch(/jupyter refused \(HTTP 403\) every token in its runtime files; not stopping/);
      // A link to a file only root can read, and a pipe that would keep a reader waiting for ever.
      const elsewhere = join(mkdtempSync(join(tmpdir(), 'smnb-root-only-')), 'secret.json');
      writeFileSync(elsewhere, JSON.stringify({ url: `${url}/`, token: 's3cret' }));
      symlinkSync(elsewhere, files[2]!);
      execFileSync('mkfifo', [files[3]!]);
      const r = await check(dir, { url, uptimeMinutes: 600 });
      expect(r.out).toMatch(/jupyter refused \(HTTP 403\) every token in its runtime files; not stopping/);
      expect(r.awsCalls).toBe('');
    } finally {
      for (const file of files) rmSync(file, { force: true });
      requireToken = '';
    }
  });

  it('an answer it cannot read (not a list of kernels) is logged, and the notebook is not stopped', async () => {
    kernels = { kernels: 'many' } as unknown as object[];
    const r = await check(dir, { url, uptimeMinutes: 600 });
    expect(r.status, r.out).toBe(0);
    expect(r.out).toMatch(/check failed, not stopping: AttributeError/);
    expect(r.awsCalls).toBe('');
    kernels = [];
  });

  it('asks Jupyter only over http(s), and never waits on a keep-awake file that is a pipe', async () => {
    const local = await check(dir, { url: 'file:///etc', uptimeMinutes: 600 });
    expect(local.out).toContain('jupyter not reachable at file:///etc, not stopping: not an http(s) address');
    expect(local.awsCalls).toBe('');
    execFileSync('mkfifo', [join(dir, 'keep-awake')]);
    try {
      kernels = [];
      const r = await check(dir, { url, uptimeMinutes: 600 });
      expect(r.out).toMatch(/ stop kernels=0/);
    } finally {
      rmSync(join(dir, 'keep-awake'));
    }
  });

  it('does nothing but say so when Jupyter is not reachable', async () => {
    const r = await check(dir, { url: 'http://127.0.0.1:9', uptimeMinutes: 600 });
    expect(r.out).toContain('jupyter not reachable at http://127.0.0.1:9, not stopping');
    expect(r.status).toBe(0);
    expect(r.awsCalls).toBe('');
  });

  it('says why when it has no way to stop the notebook', async () => {
    kernels = [];
    const r = await check(dir, { url, uptimeMinutes: 600, extra: ['--stop-with', ''] });
    expect(r.out).toContain('stop failed: no aws cli or boto3 was found at start');
  });
});

describe('on-start script', () => {
  it('fits SageMaker’s limit, downloads nothing, and leaves only the settings to Fn::Sub', () => {
    const script = onStartScript();
    expect(Buffer.from(script).toString('base64').length).toBeLessThanOrEqual(LIFECYCLE_SCRIPT_MAX_BASE64);
    expect(onStartBody()).not.toMatch(/curl|wget|pip install|github\.com|yum|cron/);
    // The tail goes through Fn::Sub; the head, packed text included, is carried as it is.
    expect(onStartHook().tail.match(/\$\{[^}]*\}/g)).toEqual([
      '${IdleTimeoutMinutes}',
      '${BackupIntervalMinutes}',
      '${DataBucketName}',
    ]);
    expect(onStartBody()).not.toMatch(/^set -e/m);
  });

  /** A scratch root like a notebook's, with a fake systemctl (recording) and, unless told, a fake aws. */
  function root(o: { aws?: boolean; systemd?: boolean; systemctlFails?: boolean; boto3Python?: boolean } = {}) {
    const r = mkdtempSync(join(tmpdir(), 'smnb-root-'));
    const bin = join(r, 'fake-bin');
    mkdirSync(bin);
    mkdirSync(join(r, 'usr/bin'), { recursive: true });
    mkdirSync(join(r, 'usr/local/bin'), { recursive: true });
    mkdirSync(join(r, 'home/ec2-user/SageMaker'), { recursive: true });
    mkdirSync(join(r, 'run-systemd'));
    // -S: no site packages, so a boto3 the host has installed cannot leak into the scratch notebook.
    writeFileSync(join(r, 'usr/bin/python3'), '#!/bin/sh\nexec /usr/bin/python3 -S "$@"\n');
    chmodSync(join(r, 'usr/bin/python3'), 0o755);
    if (o.aws !== false) {
      writeFileSync(join(r, 'usr/local/bin/aws'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(r, 'usr/local/bin/aws'), 0o755);
    }
    if (o.boto3Python) {
      const env = join(r, 'home/ec2-user/anaconda3/envs/JupyterSystemEnv/bin');
      mkdirSync(env, { recursive: true });
      writeFileSync(join(env, 'python'), '#!/bin/sh\nexit 0\n'); // answers `-c 'import boto3'` with success
      chmodSync(join(env, 'python'), 0o755);
    }
    writeFileSync(
      join(bin, 'systemctl'),
      `#!/bin/sh\necho "$@" >> "${join(r, 'systemctl-calls')}"\nexit ${o.systemctlFails ? 1 : 0}\n`,
    );
    chmodSync(join(bin, 'systemctl'), 0o755);
    writeFileSync(join(r, 'systemctl-calls'), '');
    const env = {
      PATH: `${bin}:/usr/bin:/bin`,
      SMNB_ROOT: r,
      SMNB_SYSTEMD_DIR: o.systemd === false ? join(r, 'no-systemd') : join(r, 'run-systemd'),
    };
    return { r, env };
  }

  async function onStart(env: NodeJS.ProcessEnv, idle = 60) {
    const script = join(env.SMNB_ROOT!, 'on-start.sh');
    writeFileSync(script, withSettings({ IdleTimeoutMinutes: String(idle), BackupIntervalMinutes: '0' }));
    return run('bash', [script], env);
  }

  it('installs a systemd timer that runs the embedded checker, and says so', async () => {
    const { r, env } = root();
    const out = await onStart(env);
    expect(out.status).toBe(0);
    expect(out.out).toMatch(/smnb auto-stop: on: stops after 60 idle minutes \(systemd timer/);
    expect(readFileSync(join(r, 'opt/smnb/autostop.py'), 'utf8')).toBe(packedProgram(autostopProgram()));
    const service = readFileSync(join(r, 'etc/systemd/system/smnb-autostop.service'), 'utf8');
    expect(service).toContain('Type=oneshot');
    expect(service).toContain(`--idle-minutes 60 --stop-with aws:${r}/usr/local/bin/aws`);
    expect(service).toContain(`--log ${r}/home/ec2-user/SageMaker/smnb-auto-stop.log`);
    expect(readFileSync(join(r, 'etc/systemd/system/smnb-autostop.timer'), 'utf8')).toContain('OnUnitActiveSec=5min');
    expect(readFileSync(join(r, 'systemctl-calls'), 'utf8')).toBe(
      'daemon-reload\nenable smnb-autostop.timer\nrestart smnb-autostop.timer\n',
    );
    expect(readFileSync(join(r, 'usr/local/bin/smnb-keep-awake'), 'utf8')).toContain('--keep-awake "$1"');
    expect(service).not.toContain('--before-stop');
  });

  it('with backups on, auto-stop backs up before it stops', async () => {
    const { r, env } = root();
    const script = join(r, 'on-start.sh');
    writeFileSync(script, withSettings({ IdleTimeoutMinutes: '60', BackupIntervalMinutes: '30' }));
    const out = await run('bash', [script], env);
    expect(out.status).toBe(0);
    const service = readFileSync(join(r, 'etc/systemd/system/smnb-autostop.service'), 'utf8');
    expect(service).toContain(`--before-stop ${r}/usr/local/bin/smnb-backup`);
    expect(readFileSync(join(r, 'etc/systemd/system/smnb-backup.service'), 'utf8')).toContain(
      '--bucket my-data-bucket',
    );
  });

  it('with backups on and no systemd, says the backup is NOT active and still exits 0', async () => {
    const { r, env } = root({ systemd: false });
    const script = join(r, 'on-start.sh');
    writeFileSync(script, withSettings({ IdleTimeoutMinutes: '60', BackupIntervalMinutes: '30' }));
    const out = await run('bash', [script], env);
    expect(out.status).toBe(0);
    expect(out.out).toMatch(/smnb backup: WARNING: NOT active \(no systemd timer\): ~\/SageMaker is not copied/);
  });

  it('a restore marker left by an earlier version without a restore program: one line on what to do', async () => {
    const { r, env } = root();
    const script = join(r, 'on-start.sh');
    writeFileSync(script, withSettings({ IdleTimeoutMinutes: '60', BackupIntervalMinutes: '30' }));
    const said =
      /an earlier restore did not finish; the backup in the bucket is untouched; check ~\/SageMaker, then delete ~\/SageMaker\/\.smnb-restore-pending/;
    expect((await run('bash', [script], env)).out).not.toMatch(said);
    writeFileSync(join(r, 'home/ec2-user/SageMaker/.smnb-restore-pending'), '');
    const out = await run('bash', [script], env);
    expect(out.status).toBe(0);
    expect(out.out).toMatch(said);
    expect(out.out).toContain('smnb backup: on:');
  });

  it('is idempotent on restart', async () => {
    const { r, env } = root();
    await onStart(env);
    const first = readFileSync(join(r, 'etc/systemd/system/smnb-autostop.service'), 'utf8');
    const again = await onStart(env);
    expect(again.status).toBe(0);
    expect(readFileSync(join(r, 'etc/systemd/system/smnb-autostop.service'), 'utf8')).toBe(first);
  });

  it('IdleTimeoutMinutes=0 removes the timer', async () => {
    const { r, env } = root();
    await onStart(env);
    const off = await onStart(env, 0);
    expect(off.status).toBe(0);
    expect(off.out).toContain('off (IdleTimeoutMinutes=0)');
    expect(readFileSync(join(r, 'systemctl-calls'), 'utf8')).toContain('disable --now smnb-autostop.timer');
    expect(() => readFileSync(join(r, 'etc/systemd/system/smnb-autostop.timer'))).toThrow();
  });

  it('finds a Python with boto3 when there is no aws cli, and says which', async () => {
    const { r, env } = root({ aws: false, boto3Python: true });
    const out = await onStart(env);
    expect(out.status).toBe(0);
    expect(out.out).toContain(`stops with python:${r}/home/ec2-user/anaconda3/envs/JupyterSystemEnv/bin/python`);
  });

  it.each([
    [
      'no systemd',
      { systemd: false },
      /auto-stop: WARNING: NOT active \(no systemd timer\): stop the notebook yourself/,
    ],
    ['systemd refuses the timer', { systemctlFails: true }, /auto-stop: WARNING: NOT active \(no systemd timer\)/],
    [
      'no way to stop the notebook',
      { aws: false },
      /auto-stop: NOT active: no aws cli or Python with boto3; stop the notebook yourself/,
    ],
  ])('%s: says so loudly and still exits 0, so the notebook starts', async (_, o, said) => {
    const { env } = root(o);
    const out = await onStart(env);
    expect(out.status).toBe(0);
    expect(out.out).toMatch(said);
  });

  it('exits 0 even when nothing can be written', async () => {
    const { env } = root();
    const script = join(env.SMNB_ROOT, 'on-start.sh');
    writeFileSync(script, withSettings({ IdleTimeoutMinutes: '60' }));
    const out = await run('bash', [script], { ...env, SMNB_ROOT: '/proc/smnb-nowhere' });
    expect(out.status).toBe(0);
  });
});
