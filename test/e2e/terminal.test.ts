import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eraseLines } from '../../src/io/live-printer.js';
import { shellQuote } from '../../src/plan/shell-quote.js';
import { cleanEnv, ROOT, runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

// `script` (util-linux, Debian package bsdutils) runs a command on a pseudo-terminal, as a person's terminal would.
const SCRIPT = '/usr/bin/script';
const hasScript = spawnSync(SCRIPT, ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasScript) console.warn(`SKIPPED: the pseudo-terminal test needs ${SCRIPT} (Debian package bsdutils)`);

/** Runs the built smnb on a pseudo-terminal and returns everything the terminal showed. */
function onTerminal(args: readonly string[], env: Record<string, string>): Promise<{ code: number; screen: string }> {
  const command = [process.execPath, join(ROOT, 'dist/smnb.mjs'), ...args].map(shellQuote).join(' ');
  return new Promise((resolve) => {
    const child = execFile(
      SCRIPT,
      ['--quiet', '--return', '--command', command, '/dev/null'],
      { cwd: ROOT, env: cleanEnv({ ...env, TERM: 'xterm' }), timeout: 60_000 },
      (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, screen: stdout }),
    );
    child.stdin?.end();
  });
}

describe.skipIf(!hasScript)('on a terminal (a pseudo-terminal through script)', () => {
  const aws = standInPerTest();

  it('deploy redraws one live block in place, then prints the result below it', async () => {
    const r = await onTerminal(['deploy', '--yes', '--lang', 'en'], { ...aws.env, SMNB_POLL_INTERVAL_MS: '50' });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).toMatch(/my-sagemaker-notebook {2}\d+:\d\d elapsed/);
    expect(r.screen).toContain('\x1b[J'); // the block was erased and drawn again
    expect(r.screen).toMatch(/✓ Notebook instance and auto-stop/);
    expect(r.screen).toContain('https://my-first-sagemaker-notebook.notebook.ap-northeast-1.sagemaker.aws/lab');
  });

  it('the same deploy without a terminal is an append-only log with no escape codes', async () => {
    const r = await runCli(['deploy', '--yes', '--lang', 'en'], aws.env);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('\x1b[');
    expect(r.stderr).toMatch(/CREATE_COMPLETE +NotebookInstance/);
    expect(eraseLines(0)).toBe('');
  });

  it('NO_COLOR on a terminal falls back to the log too', async () => {
    const r = await onTerminal(['deploy', '--yes', '--lang', 'en'], { ...aws.env, NO_COLOR: '1' });
    expect(r.code, r.screen).toBe(0);
    expect(r.screen).not.toContain('\x1b[J');
    expect(r.screen).toMatch(/CREATE_COMPLETE +NotebookInstance/);
  });
});
