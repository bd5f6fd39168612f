import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, standInEnv } from '../_helpers/run-cli.js';

/** An endpoint that accepts every connection and never answers (a stalled proxy or regional endpoint). */
let server: Server;
const sockets: Socket[] = [];
let env: Record<string, string>;

beforeAll(async () => {
  server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  env = { ...standInEnv(`http://127.0.0.1:${port}`), SMNB_REQUEST_TIMEOUT_MS: '200', SMNB_CONNECT_TIMEOUT_MS: '200' };
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('an endpoint that never answers', () => {
  it.concurrent.each([[['status', '--lang', 'en']], [['deploy', '--lang', 'en']], [['doctor', '--lang', 'en']]])(
    'smnb %j gives up by itself with exit 4 and a plain message',
    async (args) => {
      const r = await runCli(args, env);
      expect(r.code, r.stderr + r.stdout).toBe(4);
      expect(r.stderr + r.stdout).toMatch(/did not answer .* in time|no answer from AWS/);
      expect(r.stderr + r.stdout).not.toMatch(/@smithy|requestTimeout|TimeoutError|\$response/);
    },
    60_000,
  );

  // Only the deadline can end these runs: one request may take 10 minutes, and the retry mode tries 10 times.
  it.concurrent.each([
    [['status', '--lang', 'en']],
    [['list', '--lang', 'en']],
    [['outputs', '--lang', 'en']],
    [['stop', '--lang', 'en']],
  ])('smnb %j ends at its deadline, naming the deadline and the silent host', async (args) => {
    const r = await runCli(args, { ...env, SMNB_REQUEST_TIMEOUT_MS: '600000', SMNB_DEADLINE_MS: '300' });
    expect(r.code, r.stderr + r.stdout).toBe(4);
    expect(r.stderr).toContain(`No answer from AWS (${new URL(env.AWS_ENDPOINT_URL!).host}) for 0.3 s`);
    expect(r.stderr).toContain('SMNB_DEADLINE_MS');
  });

  it('cost --live gives up on the silent Price List at its deadline and shows the dated built-in price', async () => {
    const r = await runCli(['cost', '--live', '--lang', 'en'], {
      ...env,
      SMNB_REQUEST_TIMEOUT_MS: '600000',
      SMNB_DEADLINE_MS: '300',
    });
    expect(r.code, r.stderr + r.stdout).toBe(0);
    expect(r.stdout).toContain('ml.t3.medium');
  });

  it('a deadline setting that is not a number is refused before any call', async () => {
    const r = await runCli(['status', '--lang', 'en'], { ...env, SMNB_DEADLINE_MS: '30s' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SMNB_DEADLINE_MS=30s is not a deadline');
  });

  it('a timeout setting that is not a number is refused before any call', async () => {
    const r = await runCli(['status', '--lang', 'en'], { ...env, SMNB_REQUEST_TIMEOUT_MS: 'soon' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SMNB_REQUEST_TIMEOUT_MS=soon is not a timeout');
  });
});
