import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { credentialSource, credentialSourceCheck, outcomeFor } from '../../src/checks/credential-source.js';
import { checkContextFor, runChecks } from '../../src/operations/doctor.js';
import { fakeContext } from '../_helpers/operation-context.js';
import { translator } from '../../src/i18n/messages.js';

const ROOT = 'arn:aws:iam::123456789012:root';
const USER = 'arn:aws:iam::123456789012:user/learner';

/** A home folder of its own with the given ~/.aws/config and ~/.aws/credentials, and nothing else set. */
function machine(files: { config?: string; credentials?: string } = {}, env: Record<string, string> = {}) {
  const home = mkdtempSync(join(tmpdir(), 'smnb-source-'));
  const config = join(home, 'config');
  const credentials = join(home, 'credentials');
  if (files.config !== undefined) writeFileSync(config, files.config);
  if (files.credentials !== undefined) writeFileSync(credentials, files.credentials);
  return {
    config,
    credentials,
    env: {
      HOME: home,
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: credentials,
      AWS_EC2_METADATA_DISABLED: 'true',
      ...env,
    },
  };
}

describe('the credential source, read as the SDK reads it, without asking AWS', () => {
  it('aws login: a profile with login_session', () => {
    const m = machine({
      config: '[profile console]\nlogin_session = arn:aws:iam::123456789012:user/learner\nregion = ap-northeast-1\n',
    });
    expect(credentialSource({ env: { ...m.env, AWS_PROFILE: 'console' } })).toEqual({
      kind: 'login',
      profile: 'console',
      file: m.config,
    });
  });

  it('aws login into the default profile, named by nothing', () => {
    const m = machine({ config: '[default]\nlogin_session = arn:aws:iam::123456789012:root\n' });
    expect(credentialSource({ env: m.env }).kind).toBe('login');
  });

  it('IAM Identity Center: sso_session or the older sso_start_url', () => {
    const m = machine({
      config: [
        '[profile learn]',
        'sso_session = school',
        'sso_account_id = 123456789012',
        'sso_role_name = smnb-people',
        '[sso-session school]',
        'sso_start_url = https://example.awsapps.com/start',
        'sso_region = ap-northeast-1',
        '[profile legacy]',
        'sso_start_url = https://example.awsapps.com/start',
        '',
      ].join('\n'),
    });
    expect(credentialSource({ env: m.env, profile: 'learn' }).kind).toBe('sso');
    expect(credentialSource({ env: m.env, profile: 'legacy' }).kind).toBe('sso');
    // An [sso-session] section is not a profile.
    expect(credentialSource({ env: m.env, profile: 'school' }).kind).toBe('unknown');
  });

  it('environment variables, long-term (AKIA) or temporary (ASIA, or with a session token)', () => {
    const long = machine({}, { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 's' });
    expect(credentialSource({ env: long.env })).toEqual({ kind: 'environment', keyKind: 'long-term' });
    const temp = machine({}, { AWS_ACCESS_KEY_ID: 'ASIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 's' });
    expect(credentialSource({ env: temp.env }).keyKind).toBe('temporary');
    const token = machine({}, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 's', AWS_SESSION_TOKEN: 't' });
    expect(credentialSource({ env: token.env }).keyKind).toBe('temporary');
    expect(
      credentialSource({ env: machine({}, { AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE', AWS_SECRET_ACCESS_KEY: 's' }).env })
        .keyKind,
    ).toBe('other');
  });

  it('a named profile wins over the variables, as the SDK does', () => {
    const m = machine(
      { config: '[profile console]\nlogin_session = arn:aws:iam::123456789012:user/learner\n' },
      { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 's' },
    );
    expect(credentialSource({ env: m.env, profile: 'console' }).kind).toBe('login');
    expect(credentialSource({ env: { ...m.env, AWS_PROFILE: 'console' } }).kind).toBe('login');
  });

  it('long-term keys in the credentials file (which wins over the config file) or the config file', () => {
    const m = machine({
      config: '[default]\nregion = ap-northeast-1\naws_access_key_id = ASIACONFIGEXAMPLE\naws_secret_access_key = s\n',
      credentials: '[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s\n',
    });
    expect(credentialSource({ env: m.env })).toEqual({
      kind: 'keyFile',
      profile: 'default',
      file: m.credentials,
      keyKind: 'long-term',
    });
    const onlyConfig = machine({
      config: '[profile dev]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = s\n',
    });
    expect(credentialSource({ env: onlyConfig.env, profile: 'dev' })).toMatchObject({
      kind: 'keyFile',
      file: onlyConfig.config,
    });
  });

  it('~/.aws under HOME when AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE are not set', () => {
    const home = mkdtempSync(join(tmpdir(), 'smnb-source-home-'));
    mkdirSync(join(home, '.aws'));
    writeFileSync(
      join(home, '.aws', 'credentials'),
      '[default]\naws_access_key_id=AKIAIOSFODNN7EXAMPLE\naws_secret_access_key=s\n',
    );
    expect(credentialSource({ env: { HOME: home, AWS_EC2_METADATA_DISABLED: 'true' } })).toMatchObject({
      kind: 'keyFile',
      file: join(home, '.aws', 'credentials'),
    });
  });

  it('a role assumed from another profile, a web identity token, a credential process', () => {
    const m = machine({
      config: [
        '[profile admin]',
        'role_arn = arn:aws:iam::123456789012:role/admin',
        'source_profile = default',
        '[profile ci]',
        'role_arn = arn:aws:iam::123456789012:role/ci',
        'web_identity_token_file = /tmp/token',
        '[profile vault]',
        'credential_process = /usr/local/bin/get-credentials',
        '',
      ].join('\n'),
    });
    expect(credentialSource({ env: m.env, profile: 'admin' })).toMatchObject({
      kind: 'assumeRole',
      role: 'arn:aws:iam::123456789012:role/admin',
    });
    expect(credentialSource({ env: m.env, profile: 'ci' }).kind).toBe('webIdentity');
    expect(credentialSource({ env: m.env, profile: 'vault' }).kind).toBe('process');
  });

  it("a container's or an instance's role when no profile has credentials", () => {
    expect(
      credentialSource({ env: machine({}, { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/credentials/x' }).env }).kind,
    ).toBe('container');
    const instance = machine();
    expect(credentialSource({ env: { ...instance.env, AWS_EC2_METADATA_DISABLED: '' } }).kind).toBe('instance');
    expect(credentialSource({ env: instance.env }).kind).toBe('unknown');
  });
});

describe('the credential source check', () => {
  it('warns when the root user signs with a long-term key, naming aws login', () => {
    const outcome = outcomeFor({ kind: 'keyFile', profile: 'default', file: '/f', keyKind: 'long-term' }, ROOT);
    expect(outcome.status).toBe('warn');
    expect(outcome.hintKey).toBe('check.source.rootLongTermHint');
    expect(translator('en')(outcome.hintKey!)).toContain('aws login');
    expect(outcomeFor({ kind: 'environment', keyKind: 'long-term' }, ROOT).status).toBe('warn');
  });

  it('passes for the root user with temporary credentials, and for an IAM user with long-term keys', () => {
    expect(outcomeFor({ kind: 'login', profile: 'default', file: '/f' }, ROOT).status).toBe('pass');
    expect(outcomeFor({ kind: 'environment', keyKind: 'temporary' }, ROOT).status).toBe('pass');
    expect(outcomeFor({ kind: 'keyFile', profile: 'default', file: '/f', keyKind: 'long-term' }, USER).status).toBe(
      'pass',
    );
  });

  it('says it cannot tell rather than guessing', () => {
    expect(outcomeFor({ kind: 'unknown', profile: 'default' }, USER).status).toBe('unknown');
  });

  it('every source has its line in both languages, and --output json carries the source', () => {
    for (const lang of ['en', 'ja'] as const) {
      const t = translator(lang);
      for (const source of [
        { kind: 'environment', keyKind: 'long-term' },
        { kind: 'environment', keyKind: 'temporary' },
        { kind: 'environment', keyKind: 'other' },
        { kind: 'keyFile', keyKind: 'long-term', profile: 'p', file: 'f' },
        { kind: 'keyFile', keyKind: 'temporary', profile: 'p', file: 'f' },
        { kind: 'keyFile', keyKind: 'other', profile: 'p', file: 'f' },
        { kind: 'login', profile: 'p', file: 'f' },
        { kind: 'sso', profile: 'p', file: 'f' },
        { kind: 'assumeRole', profile: 'p', role: 'r', file: 'f' },
        { kind: 'webIdentity', role: 'r' },
        { kind: 'process', profile: 'p', file: 'f' },
        { kind: 'container' },
        { kind: 'instance' },
        { kind: 'unknown', profile: 'p' },
      ] as const) {
        const outcome = outcomeFor(source, USER);
        expect(outcome.params?.source).toBe(source.kind);
        const line = t(outcome.detailKey, outcome.params);
        expect(line, `${lang} ${source.kind}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('asks AWS nothing beyond the identity the credentials check already asked for', async () => {
    const { ctx, aws } = fakeContext();
    aws.callerArn = ROOT;
    let asked = 0;
    const m = machine({}, { AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 's' });
    const op = {
      ...ctx,
      identity: async () => {
        asked++;
        return ctx.identity();
      },
    };
    const [result] = await runChecks(checkContextFor(op, []), [credentialSourceCheck({ env: m.env })]);
    expect(result).toMatchObject({ id: 'credential-source', status: 'warn', params: { source: 'environment' } });
    expect(asked).toBe(1);
  });
});
