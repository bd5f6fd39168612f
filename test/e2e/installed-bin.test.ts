import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT, type CliRun } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

/** Runs a program (not `node file`: the file itself, as a shell runs a bin) with a clean environment. */
function run(file: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd, env: cleanEnv(env) }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** npm without the network: offline, no update check, a cache of its own. */
const npmEnv = (home: string): Record<string, string> => ({
  HOME: home,
  npm_config_cache: join(home, '.npm'),
  npm_config_offline: 'true',
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
});

describe('the bin a user runs', () => {
  it('dist/smnb.mjs stays executable after a build and runs as a program, as the link npx made earlier runs it', async () => {
    // A link npx or npm made before a rebuild is not made again: the new file must carry its execute bit itself.
    expect(statSync(join(ROOT, 'dist/smnb.mjs')).mode & 0o111).toBe(0o111);
    const r = await run(join(ROOT, 'dist/smnb.mjs'), ['--help', '--lang', 'en'], ROOT);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Usage: smnb <command>');
  });

  it('packed, installed into a project without the network, `npx smnb` answers --help and a real command', async () => {
    const home = mkdtempSync(join(tmpdir(), 'smnb-npm-home-'));
    const packed = mkdtempSync(join(tmpdir(), 'smnb-pack-'));
    // --ignore-scripts: the package is what the last build made (prepare would build it again).
    const pack = await run(
      'npm',
      ['pack', '--ignore-scripts', '--silent', '--pack-destination', packed],
      ROOT,
      npmEnv(home),
    );
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = join(packed, pack.stdout.trim().split('\n').at(-1)!);

    // The dependencies are bundled into dist/, but npm still wants them installed: they are linked from this
    // repository's node_modules, so nothing is fetched (there is no registry here).
    const project = mkdtempSync(join(tmpdir(), 'smnb-user-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'learner', version: '1.0.0', private: true }));
    const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    for (const dep of Object.keys(dependencies)) {
      mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep));
    }
    const install = await run(
      'npm',
      ['install', '--ignore-scripts', '--no-package-lock', tarball],
      project,
      npmEnv(home),
    );
    expect(install.code, install.stderr).toBe(0);

    const help = await run('npx', ['smnb', '--help', '--lang', 'en'], project, npmEnv(home));
    expect(help.code, help.stderr).toBe(0);
    expect(help.stdout).toContain('Usage: smnb <command>');

    const list = await run('npx', ['smnb', 'list', '--lang', 'en'], project, { ...npmEnv(home), ...aws.env });
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('ap-northeast-1');
    expect(aws.standIn.requests.some((q) => q.action === 'ListNotebookInstances')).toBe(true);
  }, 180_000);
});
