import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

/** A file of the test's own, with the given text. */
function file(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'smnb-local-')), name);
  writeFileSync(path, text);
  return path;
}

/** Mistakes on this computer are named here, in the user's words, with exit 2, before AWS is asked anything. */
describe('local mistakes are named locally', () => {
  it.each([
    [
      'restore --to an existing file',
      () => ['restore', 'dev', '--to', '/etc/passwd'],
      '--to /etc/passwd cannot be a folder: /etc/passwd is a file.',
    ],
    [
      'restore --to a folder below a file',
      () => ['restore', 'dev', '--to', '/etc/passwd/notebook'],
      '--to /etc/passwd/notebook cannot be a folder: /etc/passwd is a file.',
    ],
    [
      'a missing config file',
      () => ['delete', '--config', '/nonexistent.yaml'],
      '/nonexistent.yaml: there is no such file',
    ],
    [
      'a JSON config that does not parse',
      () => ['delete', '--config', file('smnb.config.json', '{\n  "notebooks": [\n    { "name": "a" },\n  ]\n}\n')],
      'is not valid JSON at line 4, column 3',
    ],
    [
      'a JSON config that stops early',
      () => ['doctor', '--config', file('smnb.config.json', '{ "notebooks": [')],
      'is not valid JSON: it ends too early',
    ],
    [
      'a YAML config that does not parse',
      () => ['delete', '--config', file('smnb.config.yaml', 'notebooks:\n  - name: a\n   name: b: c\n')],
      'is not valid YAML at line 3, column',
    ],
    ['a non-numeric amount', () => ['budget', '--monthly-usd', 'abc'], '--monthly-usd abc is not an amount'],
    [
      'a non-numeric amount, with the e-mail',
      () => ['budget', '--monthly-usd', '10USD', '--email', 'a@example.com'],
      '--monthly-usd 10USD is not an amount',
    ],
  ])('%s', async (_, args, said) => {
    const r = await runCli([...args(), '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(said);
    expect(r.stderr).not.toMatch(/EEXIST|ENOENT|Unexpected token|Expected ','/);
    expect(aws.standIn.requests).toEqual([]);
  });

  it('in Japanese too', async () => {
    const r = await runCli(['budget', '--monthly-usd', 'abc', '--lang', 'ja'], aws.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--monthly-usd abc は金額ではありません');
  });
});
