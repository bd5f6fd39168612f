import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The whole environment of a child process a test starts: a fresh HOME without ~/.aws, a PATH of this node and the
 * system folders only, no instance metadata look-ups, English-neutral locale, and only the variables given. Nothing
 * of the test process's own environment (AWS_PROFILE, AWS_REGION, HOME, a PATH with an aws CLI) reaches the child.
 */
export function cleanEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: [dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter),
    HOME: mkdtempSync(join(tmpdir(), 'smnb-home-')),
    AWS_EC2_METADATA_DISABLED: 'true',
    LANG: 'C',
    ...env,
  };
}

/**
 * Runs the built smnb as a child process with a clean environment (see cleanEnv). Asynchronous, so a stand-in server
 * in this process keeps answering.
 */
export function runCli(args: readonly string[], env: Record<string, string> = {}, input?: string): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [join(ROOT, 'dist/smnb.mjs'), ...args],
      { cwd: ROOT, env: cleanEnv(env) },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Environment that sends every AWS call to the stand-in, with dummy credentials (requests are still signed). */
export function standInEnv(url: string): Record<string, string> {
  return {
    AWS_ENDPOINT_URL: url,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'ap-northeast-1',
    SMNB_POLL_INTERVAL_MS: '1',
  };
}
