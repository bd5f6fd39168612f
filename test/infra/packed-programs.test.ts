/**
 * The programs as the committed template ships them (comments, docstrings and spare spaces stripped at build time)
 * are the same programs as their sources: Python's own parser must read both to the same syntax tree, docstrings
 * aside. The stripper is ours; the judge is not.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  autostopProgram,
  backupProgram,
  pack,
  restoreProgram,
  UNPACK,
} from '../../infra/constructs/idle-auto-stop/idle-auto-stop.js';
import { shippedRestore, shippedSetUp } from '../_helpers/notebook-root.js';

const SAME_TREE = `
import ast, sys
def tree(path, drop_docstrings):
    module = ast.parse(open(path).read())
    for node in ast.walk(module):
        body = getattr(node, "body", None)
        if drop_docstrings and isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str):
            node.body = body[1:] or [ast.Pass()]
    return ast.dump(module)
print("same" if tree(sys.argv[1], True) == tree(sys.argv[2], False) else "different")
`;

describe('the shipped programs', () => {
  it.each([
    ['autostop.py', autostopProgram, () => shippedSetUp().program('autostop.py')],
    ['backup.py', backupProgram, () => shippedSetUp().program('backup.py')],
    ['restore.py (OnCreate)', restoreProgram, shippedRestore],
  ] as const)('%s parses to the same syntax tree as its source', (_, source, shipped) => {
    const dir = mkdtempSync(join(tmpdir(), 'smnb-packed-'));
    writeFileSync(join(dir, 'source.py'), source());
    writeFileSync(join(dir, 'shipped.py'), shipped());
    const r = spawnSync('python3', ['-c', SAME_TREE, join(dir, 'source.py'), join(dir, 'shipped.py')], {
      encoding: 'utf8',
      env: { PATH: '/usr/bin:/bin' },
    });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('same');
    expect(shipped().length).toBeLessThan(source().length * 0.8);
  });
});

describe("the stubs' unpacker", () => {
  it('reads back what LZMA and base94 wrote, whatever the bytes (leading zeros and long runs included)', () => {
    for (const text of [Buffer.from('\u0000\u0000 a'), randomBytes(9000), Buffer.alloc(300, 0xff), Buffer.alloc(0)]) {
      const packed = pack(text);
      expect(packed).not.toContain("'");
      const r = spawnSync('python3', ['-c', UNPACK, packed], { env: { PATH: '/usr/bin:/bin' } });
      expect(r.stderr.toString()).toBe('');
      expect(Buffer.compare(r.stdout, text)).toBe(0);
    }
  });
});
