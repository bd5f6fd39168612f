import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

describe('doctor names where the credentials came from', () => {
  it("the root user's long-term key in the environment: a warning that points to aws login", async () => {
    aws.fake.callerArn = 'arn:aws:iam::123456789012:root';
    const env = { ...aws.env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE' };
    const r = await runCli(['doctor', '--lang', 'en'], env);
    expect(r.stdout).toMatch(
      /! Credential source +environment variables AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY: a long-term access key/,
    );
    expect(r.stdout).toContain('sign in with aws login instead (AWS CLI 2.32.0 or later)');
    const ja = await runCli(['doctor', '--lang', 'ja'], env);
    expect(ja.stdout).toContain('認証情報の出どころ');
    expect(ja.stdout).toContain('aws login（AWS CLI 2.32.0 以降）でサインイン');
    const json = JSON.parse((await runCli(['doctor', '--output', 'json'], env)).stdout);
    expect(json.find((c: { id: string }) => c.id === 'credential-source')).toMatchObject({
      status: 'warn',
      params: { source: 'environment', keyKind: 'long-term' },
    });
  });

  it('a profile written by aws login: the SDK signs with its cached short-lived keys, and doctor names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-login-'));
    const session = 'arn:aws:iam::123456789012:user/learner';
    writeFileSync(join(dir, 'config'), `[profile console]\nlogin_session = ${session}\nregion = ap-northeast-1\n`);
    // What aws login leaves in its cache: the SDK's login provider reads <sha256 of the session>.json and, while the
    // keys are fresh, uses them without calling AWS Sign-In (AWS SDKs and Tools Reference Guide, "Login credentials
    // provider").
    mkdirSync(join(dir, 'cache'));
    writeFileSync(
      join(dir, 'cache', `${createHash('sha256').update(session).digest('hex')}.json`),
      JSON.stringify({
        accessToken: {
          accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
          secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
          sessionToken: 'session',
          accountId: '123456789012',
          expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        },
        clientId: 'arn:aws:signin:::devtools/same-device',
        refreshToken: 'refresh',
        dpopKey: 'unused while the keys are fresh',
      }),
    );
    // No keys in the environment: the named profile is the only source.
    const rest = Object.fromEntries(
      Object.entries(aws.env).filter(([k]) => !/^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY)$/.test(k)),
    );
    const env = {
      ...rest,
      AWS_CONFIG_FILE: join(dir, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_LOGIN_CACHE_DIRECTORY: join(dir, 'cache'),
    };
    const r = await runCli(['doctor', '--lang', 'en', '--profile', 'console'], env);
    expect(r.stdout).toContain('✓ Credentials');
    expect(r.stdout).toMatch(/✓ Credential source +aws login, profile console: short-lived credentials/);
    const viaVariable = await runCli(['doctor', '--lang', 'ja'], { ...env, AWS_PROFILE: 'console' });
    expect(viaVariable.stdout).toContain('aws login（プロファイル console）');
  });
});
