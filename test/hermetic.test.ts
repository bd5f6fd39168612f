import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE } from './_helpers/hostile-host.js';
import { cleanEnv, runCli } from './_helpers/run-cli.js';

describe('the test run pretends to be a hostile host (vitest.config.ts)', () => {
  it('has AWS variables, a broken ~/.aws and an aws CLI on PATH, as a learner’s machine would', () => {
    for (const [name, value] of Object.entries(HOSTILE)) expect(process.env[name]).toBe(value);
    const home = process.env.HOME!;
    expect(readFileSync(join(home, '.aws', 'config'), 'utf8')).toContain('region = mars-1');
    const found = execFileSync('/bin/sh', ['-c', 'command -v aws'], { env: process.env }).toString().trim();
    expect(found).toBe(join(home, '..', 'bin', 'aws'));
  });

  it('hands none of it to a child process a test starts', () => {
    const env = cleanEnv({ AWS_REGION: 'ap-northeast-1' });
    for (const name of Object.keys(HOSTILE))
      if (name !== 'AWS_REGION' && name !== 'LANG') expect(env[name]).toBe(undefined);
    expect(env.AWS_REGION).toBe('ap-northeast-1');
    expect(env.HOME).not.toBe(process.env.HOME);
    expect(env.AWS_CONFIG_FILE).toBe(undefined);
    expect(process.env.AWS_CONFIG_FILE).toContain('smnb-hostile-');
    expect(env.PATH).not.toContain(join(process.env.HOME!, '..', 'bin'));
  });

  it('lets the built CLI plan in its default region, untouched by AWS_REGION=mars-1 and AWS_PROFILE=nope', async () => {
    const r = await runCli(['plan', '--output', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ region: 'ap-northeast-1' });
  });
});
