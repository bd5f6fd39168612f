// `npm run lint`: the type check, ESLint, Prettier and the layer rules, side by side (each tool uses one core), each
// with its cache in node_modules/.cache/smnb, so that a run after a small change checks only what changed. Every
// tool's output is printed whole, in this order, and the run fails when any of them fails.
import { spawn } from 'node:child_process';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CACHE = 'node_modules/.cache/smnb';
// Git checkouts touch files without changing them: compare contents, not modification times.
const BY_CONTENT = ['--cache-strategy', 'content'];
const CHECKS = [
  // Build mode (tsconfig.lint.json): unchanged sources are not parsed again, a warm check takes about 1 s, not 15 s.
  ['tsc', '--build', 'tsconfig.lint.json'],
  ['eslint', '--cache', ...BY_CONTENT, '--cache-location', `${CACHE}/eslint/`, '.'],
  ['prettier', '--check', '--cache', ...BY_CONTENT, '--cache-location', `${CACHE}/prettier.json`, '.'],
  ['depcruise', '--config', '.dependency-cruiser.mjs', '--cache', `${CACHE}/depcruise`, 'src', 'shared', 'infra'],
];

// Build mode looks only at our sources to decide that nothing changed: after an npm install (new type declarations),
// start the type check afresh.
const TSC_BUILD_INFO = `${CACHE}/tsc-build.tsbuildinfo`;
const mtime = (path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (
  mtime('package-lock.json') > mtime(TSC_BUILD_INFO) ||
  mtime('node_modules/.package-lock.json') > mtime(TSC_BUILD_INFO)
)
  rmSync(TSC_BUILD_INFO, { force: true });

function run([tool, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(join('node_modules', '.bin', tool), args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ tool, code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code) => resolve({ tool, code: code ?? 1, output }));
  });
}

const results = await Promise.all(CHECKS.map(run));
for (const { tool, code, output } of results) {
  process.stdout.write(output);
  if (code !== 0) console.error(`lint: ${tool} failed (exit ${code})`);
}
process.exitCode = results.some((r) => r.code !== 0) ? 1 : 0;
