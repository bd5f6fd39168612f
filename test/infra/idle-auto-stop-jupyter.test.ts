/**
 * The auto-stop checker against a real Jupyter server with real kernels: Debian's python3-jupyter-server,
 * python3-ipykernel and python3-jupyter-client (the README names them; .ci/run installs them). Without them these
 * tests are skipped, and say so.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notebookScratch } from '../_helpers/notebook-scratch.js';

const PYTHON = '/usr/bin/python3';
const PACKAGES = 'python3-jupyter-server python3-ipykernel python3-jupyter-client';
const available =
  spawnSync(PYTHON, ['-c', 'import jupyter_server, ipykernel, jupyter_client'], { stdio: 'ignore' }).status === 0;
if (!available) {
  console.warn(
    `SKIPPED: auto-stop tests against a real Jupyter server: ${PYTHON} lacks jupyter_server/ipykernel/jupyter_client. ` +
      `Install them with: apt-get install ${PACKAGES}`,
  );
}

const TOKEN = 'test-token-1234';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function run(file: string, args: string[], env: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' }) {
  return new Promise<{ status: number; out: string }>((resolve) => {
    execFile(file, args, { env, timeout: 150_000 }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe.skipIf(!available)('idle auto-stop against a real Jupyter server', () => {
  let server: ChildProcess;
  let url = '';
  let dir = '';
  let runtime = '';

  const api = async (path: string, method = 'GET') => {
    const r = await fetch(url + path, { method, headers: { authorization: `token ${TOKEN}` } });
    return r.status === 204 ? undefined : ((await r.json()) as unknown);
  };
  const kernels = async () => (await api('/api/kernels')) as { id: string; execution_state: string }[];
  // Generous: CI runs this beside the rest of the suite, and a kernel may take long to start on a busy machine.
  const until = async (what: () => Promise<boolean>, label: string) => {
    for (let i = 0; i < 1200; i++) {
      if (await what().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`gave up waiting for ${label}`);
  };

  /** Runs code in the kernel through its connection file, without waiting for it to finish. */
  async function inKernel(code: string) {
    const [kernel] = await kernels();
    const client = [
      'import sys, time, jupyter_client',
      'c = jupyter_client.BlockingKernelClient(connection_file=sys.argv[1])',
      'c.load_connection_file(); c.start_channels(); c.wait_for_ready(timeout=120)',
      'if sys.argv[2]: c.execute(sys.argv[2]); time.sleep(1)',
    ].join('\n');
    return run(PYTHON, ['-c', client, join(runtime, `kernel-${kernel!.id}.json`), code], {
      PATH: '/usr/bin:/bin',
      HOME: dir,
    });
  }

  async function check(o: { nowOffsetMinutes?: number; runtimeDir?: string; discover?: boolean } = {}) {
    writeFileSync(join(dir, 'aws-calls'), '');
    const now = Math.floor(Date.now() / 1000) + (o.nowOffsetMinutes ?? 0) * 60;
    const args = [join(dir, 'autostop.py'), '--idle-minutes', '60', '--now', String(now)];
    if (!o.discover) args.push('--jupyter-url', url);
    args.push('--metadata', join(dir, 'metadata.json'), '--state-dir', join(dir, 'state'));
    args.push('--stop-with', `aws:${join(dir, 'aws')}`, '--runtime-dir', o.runtimeDir ?? runtime);
    args.push('--keep-awake-file', join(dir, 'keep-awake'), '--log', join(dir, 'auto-stop.log'));
    const r = await run(PYTHON, args);
    return { ...r, awsCalls: readFileSync(join(dir, 'aws-calls'), 'utf8') };
  }

  beforeAll(async () => {
    dir = notebookScratch('lab-notebook', 'us-west-2');
    runtime = join(dir, 'runtime');
    mkdirSync(join(dir, 'work'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(
      PYTHON,
      [
        '-m',
        'jupyter_server',
        '--ServerApp.ip=127.0.0.1',
        `--ServerApp.port=${port}`,
        `--ServerApp.token=${TOKEN}`,
        '--ServerApp.open_browser=False',
        `--ServerApp.root_dir=${join(dir, 'work')}`,
        '--allow-root',
      ],
      { env: { PATH: '/usr/bin:/bin', HOME: dir, JUPYTER_RUNTIME_DIR: runtime }, stdio: 'ignore' },
    );
    await until(async () => Array.isArray(await kernels()), 'the Jupyter server');
    await api('/api/kernels', 'POST');
    // A client connecting (as the browser does) brings the kernel from "starting" to "idle". The server learns the
    // state from the kernel's status messages, and may miss the first ones on a busy machine: ask again until it knows.
    await until(async () => {
      const ready = await inKernel('');
      expect(ready.status, ready.out).toBe(0);
      for (let i = 0; i < 20; i++) {
        if ((await kernels())[0]?.execution_state === 'idle') return true;
        await new Promise((r) => setTimeout(r, 250));
      }
      return false;
    }, 'an idle kernel');
  }, 180_000);

  afterAll(() => {
    server?.kill();
  });

  it('asks without a token, gets 403, and uses the token from the server’s runtime file', async () => {
    expect((await fetch(`${url}/api/kernels`)).status).toBe(403);
    const r = await check();
    expect(r.out).toMatch(/ wait kernels=1 terminals=0 .*limit=60 jupyter=token/);
    expect(r.awsCalls).toBe('');
  });

  it('finds the server’s address and token in its runtime file, and says where it asked', async () => {
    const r = await check({ discover: true });
    expect(r.out).toMatch(
      / wait kernels=1 .*jupyter=token jupyter_url=http:\/\/127\.0\.0\.1:\d+ \(.*jpserver-\d+\.json\)/,
    );
    expect(r.out).toContain(url);
  });

  it('with no runtime file, asks https://localhost:8443 and says it is the fallback', async () => {
    const r = await check({ discover: true, runtimeDir: join(dir, 'empty') });
    expect(r.out).toContain('no Jupyter runtime file; asking the fallback https://localhost:8443');
    expect(r.awsCalls).toBe('');
  });

  it('recent activity: no stop', async () => {
    const r = await check({ nowOffsetMinutes: 30 });
    expect(r.out).toMatch(/ wait kernels=1 .*idle_minutes=(29|30|31)/);
    expect(r.awsCalls).toBe('');
  });

  it('an idle kernel past the limit: stops the notebook with its name and region', async () => {
    const r = await check({ nowOffsetMinutes: 120 });
    expect(r.out).toMatch(/ stop kernels=1 .*notebook=lab-notebook region=us-west-2/);
    expect(r.awsCalls.trim()).toBe(
      'sagemaker stop-notebook-instance --region us-west-2 --notebook-instance-name lab-notebook',
    );
  });

  it('the keep-awake file is honoured', async () => {
    writeFileSync(join(dir, 'keep-awake'), String(Math.floor(Date.now() / 1000) + 4 * 3600));
    const r = await check({ nowOffsetMinutes: 120 });
    expect(r.out).toContain('keep-awake until');
    expect(r.awsCalls).toBe('');
    writeFileSync(join(dir, 'keep-awake'), '');
  });

  it('a busy kernel: no stop, however long ago anything else happened', async () => {
    const [kernel] = await kernels();
    const sent = await inKernel('import time; time.sleep(120)');
    expect(sent.status, sent.out).toBe(0);
    await until(async () => (await kernels())[0]?.execution_state === 'busy', 'a busy kernel');
    const r = await check({ nowOffsetMinutes: 600 });
    expect(r.out).toContain(' busy kernels=1');
    expect(r.awsCalls).toBe('');
    await api(`/api/kernels/${kernel!.id}/interrupt`, 'POST');
  }, 180_000);

  it('403 with no usable token: says so and does not stop', async () => {
    const r = await check({ nowOffsetMinutes: 600, runtimeDir: join(dir, 'empty') });
    expect(r.out).toMatch(/jupyter refused \(HTTP 403\) every token in its runtime files; not stopping/);
    expect(r.awsCalls).toBe('');
  });

  it('unreachable: says so and does not stop', async () => {
    const args = [join(dir, 'autostop.py'), '--idle-minutes', '1', '--jupyter-url', 'http://127.0.0.1:9'];
    const r = await run(PYTHON, [...args, '--keep-awake-file', join(dir, 'none'), '--state-dir', join(dir, 's')]);
    expect(r.status).toBe(0);
    expect(r.out).toContain('jupyter not reachable');
  });
});
