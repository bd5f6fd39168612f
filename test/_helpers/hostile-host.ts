import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';

/**
 * The machine every test run pretends to be: a learner's laptop with the aws CLI, a broken ~/.aws, a profile and a
 * region that do not exist, credentials that are garbage and an endpoint that answers nobody. A test that reads the
 * host by accident (HOME, ~/.aws, AWS_* variables, an `aws` on PATH) fails here instead of passing by luck on a bare
 * machine. The fake `aws` writes every call to `awsCalls`; the global teardown fails the run if anything called it.
 */
export interface HostileHost {
  readonly home: string;
  readonly awsCalls: string;
  readonly env: Record<string, string>;
}

/** Values a test reading the host would pick up; tests/_helpers/run-cli.ts must hand none of them to the CLI. */
export const HOSTILE = {
  AWS_PROFILE: 'nope',
  AWS_DEFAULT_PROFILE: 'nope',
  AWS_REGION: 'mars-1',
  AWS_DEFAULT_REGION: 'mars-1',
  AWS_ACCESS_KEY_ID: 'AKIAHOSTILEHOSTILE00',
  AWS_SECRET_ACCESS_KEY: 'hostile',
  AWS_SESSION_TOKEN: 'hostile',
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  AWS_ENDPOINT_URL_CLOUDFORMATION: 'http://127.0.0.1:9',
  AWS_CA_BUNDLE: '/nonexistent/hostile-ca.pem',
  AWS_MAX_ATTEMPTS: 'banana',
  SMNB_POLL_INTERVAL_MS: 'banana',
  SMNB_REQUEST_TIMEOUT_MS: 'banana',
  XDG_CACHE_HOME: '/nonexistent/hostile-cache',
  LANG: 'ja_JP.UTF-8',
  NO_COLOR: '1',
} as const;

/** Builds the hostile HOME (garbage ~/.aws/config and credentials) and a PATH whose first `aws` is a recording fake. */
export function hostileHost(): HostileHost {
  const root = mkdtempSync(join(tmpdir(), 'smnb-hostile-'));
  const home = join(root, 'home');
  const bin = join(root, 'bin');
  const awsCalls = join(root, 'aws-calls');
  mkdirSync(join(home, '.aws'), { recursive: true });
  mkdirSync(bin);
  writeFileSync(
    join(home, '.aws', 'config'),
    [
      '[default]',
      'region = mars-1',
      'endpoint_url = http://127.0.0.1:9',
      'credential_process = /bin/false',
      '[profile nope]',
      'region = mars-1',
      'role_arn = arn:aws:iam::000000000000:role/hostile',
      'source_profile = nope',
      'this line is not ini at all ]]]',
      '',
    ].join('\n'),
  );
  writeFileSync(join(home, '.aws', 'credentials'), '[default]\naws_access_key_id = AKIAHOSTILE\n[[[garbage\n');
  writeFileSync(join(bin, 'aws'), `#!/bin/sh\necho "$0 $*" >> "${awsCalls}"\nexit 97\n`);
  chmodSync(join(bin, 'aws'), 0o755);
  writeFileSync(awsCalls, '');
  const path = [bin, dirname(process.execPath), process.env.PATH ?? '/usr/bin:/bin'].join(delimiter);
  const files = {
    // Even a child given a clean HOME would read these if they leaked.
    AWS_CONFIG_FILE: join(home, '.aws', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, '.aws', 'credentials'),
  };
  return { home, awsCalls, env: { ...HOSTILE, ...files, HOME: home, PATH: path, SMNB_HOSTILE_AWS_CALLS: awsCalls } };
}
