import { describe, expect, it } from 'vitest';
import { runCli, standInEnv } from '../_helpers/run-cli.js';
import { startStandIn } from '../_helpers/aws-stand-in.js';
import { FakeAws } from '../_helpers/fake-aws.js';

/** `.invalid` never resolves (RFC 2606), so the look-up fails without any answer from a name server. */
const nowhere = standInEnv('http://smnb-endpoint.invalid');

describe('a host name that does not resolve', () => {
  it.concurrent.each([[['status', '--lang', 'en']], [['deploy', '--yes', '--lang', 'en']]])(
    'smnb %j names the host and the likely causes, never "did not answer in time"',
    async (args) => {
      const r = await runCli(args, nowhere);
      expect(r.code, r.stderr + r.stdout).toBe(4);
      expect(r.stderr).toContain('The host name smnb-endpoint.invalid could not be found');
      expect(r.stderr).toMatch(/no network connection; a typo in a proxy setting .* region name/);
      expect(r.stderr).not.toMatch(/in time|getaddrinfo|ENOTFOUND/);
    },
  );

  it('is said in Japanese too', async () => {
    const r = await runCli(['status', '--lang', 'ja'], nowhere);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('ホスト名 smnb-endpoint.invalid が見つからない');
  });
});

describe('a malformed endpoint variable', () => {
  it.concurrent.each([
    ['AWS_ENDPOINT_URL', 'not-a-url'],
    ['AWS_ENDPOINT_URL_CLOUDFORMATION', 'localhost:4566'],
    ['AWS_ENDPOINT_URL_S3', 'ftp://127.0.0.1:1'],
  ])('%s=%s is exit 2, named with its value, before any call', async (name, value) => {
    const fake = new FakeAws();
    const standIn = await startStandIn(fake);
    try {
      const r = await runCli(['status', '--lang', 'en'], { ...standInEnv(standIn.url), [name]: value });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${name}=${value} is not an endpoint`);
      expect(standIn.requests).toEqual([]);
    } finally {
      await standIn.close();
    }
  });
});
