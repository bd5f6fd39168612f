import { execFile, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIFECYCLE_SCRIPT_MAX_BASE64, onStartScript } from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';

/** The Python program exactly as the on-start script writes it onto the notebook. */
function embeddedPython(): string {
  const script = onStartScript();
  const start = script.indexOf("<<'PYTHON'\n") + "<<'PYTHON'\n".length;
  return script.slice(start, script.indexOf('\nPYTHON\n', start));
}

const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString().replace('Z', '000Z');
let kernels: object[] = [];
let server: Server;
let baseUrl = '';
let dir = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const body = req.url === '/api/kernels' ? kernels : req.url === '/api/terminals' ? [] : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? {}));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  dir = mkdtempSync(join(tmpdir(), 'smnb-autostop-'));
  writeFileSync(join(dir, 'autostop.py'), embeddedPython());
  writeFileSync(
    join(dir, 'metadata.json'),
    JSON.stringify({
      ResourceName: 'my-nb',
      ResourceArn: 'arn:aws:sagemaker:ap-northeast-1:123456789012:notebook-instance/my-nb',
    }),
  );
  // A stand-in `aws` CLI that records how it was called.
  writeFileSync(join(dir, 'aws'), `#!/bin/sh\necho "$@" >> "${join(dir, 'aws-calls')}"\n`);
  chmodSync(join(dir, 'aws'), 0o755);
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Runs the program as cron would; asynchronously, because the fake Jupyter server lives in this process. */
async function runAutostop(idleMinutes: number, startedSecondsAgo: number) {
  writeFileSync(join(dir, 'started-at'), String(Math.floor(Date.now() / 1000) - startedSecondsAgo));
  writeFileSync(join(dir, 'aws-calls'), '');
  const args = [join(dir, 'autostop.py'), '--idle-minutes', String(idleMinutes), '--jupyter-url', baseUrl];
  args.push('--metadata', join(dir, 'metadata.json'), '--state-dir', dir);
  const { status, log } = await new Promise<{ status: number; log: string }>((resolve) => {
    execFile('python3', args, { env: { PATH: `${dir}:/usr/bin:/bin:/usr/local/bin` } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, log: stdout + stderr }),
    );
  });
  return { status, log, awsCalls: readFileSync(join(dir, 'aws-calls'), 'utf8') };
}

describe('idle auto-stop (the embedded Python, run for real)', () => {
  it('stops the notebook after the idle limit and logs why', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(90 * 60_000) }];
    const r = await runAutostop(60, 3 * 3600);
    expect(r.status).toBe(0);
    expect(r.log).toMatch(
      /stop kernels=1 terminals=0 idle_minutes=(89|90) limit=60 notebook=my-nb region=ap-northeast-1/,
    );
    expect(r.awsCalls.trim()).toBe(
      'sagemaker stop-notebook-instance --region ap-northeast-1 --notebook-instance-name my-nb',
    );
  });

  it('waits while recent activity is inside the limit', async () => {
    kernels = [{ execution_state: 'idle', last_activity: iso(10 * 60_000) }];
    const r = await runAutostop(60, 3 * 3600);
    expect(r.log).toMatch(/ wait kernels=1 .*idle_minutes=(9|10) limit=60/);
    expect(r.awsCalls).toBe('');
  });

  it('never stops while a kernel is busy, however old its activity', async () => {
    kernels = [{ execution_state: 'busy', last_activity: iso(600 * 60_000) }];
    const r = await runAutostop(60, 24 * 3600);
    expect(r.log).toContain(' busy kernels=1');
    expect(r.awsCalls).toBe('');
  });

  it('counts from the start of the notebook when no kernel ever ran', async () => {
    kernels = [];
    expect((await runAutostop(60, 5 * 60)).awsCalls).toBe('');
    expect((await runAutostop(60, 61 * 60)).awsCalls).toContain('stop-notebook-instance');
  });

  it('does nothing but say so when Jupyter is not reachable', () => {
    const result = spawnSync(
      'python3',
      [join(dir, 'autostop.py'), '--idle-minutes', '5', '--jupyter-url', 'http://127.0.0.1:9', '--state-dir', dir],
      {
        encoding: 'utf8',
      },
    );
    expect(result.stdout).toContain('jupyter not reachable, not stopping');
    expect(result.status).toBe(0);
  });
});

describe('on-start script', () => {
  it('fits SageMaker’s limit, downloads nothing, and leaves only the timeout to Fn::Sub', () => {
    const script = onStartScript();
    expect(Buffer.from(script).toString('base64').length).toBeLessThan(LIFECYCLE_SCRIPT_MAX_BASE64);
    expect(script).not.toMatch(/curl|wget|pip install|github\.com/);
    expect(script.match(/\$\{[^}]*\}/g)).toEqual(['${IdleTimeoutMinutes}']);
  });

  it('is valid shell and installs the cron job or turns auto-stop off', () => {
    const script = onStartScript();
    const check = spawnSync('bash', ['-n'], { input: script.replace('${IdleTimeoutMinutes}', '60'), encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(script).toContain('*/5 * * * * root');
    expect(script).toContain('if [ "$IDLE_MINUTES" = "0" ]; then');
  });
});
