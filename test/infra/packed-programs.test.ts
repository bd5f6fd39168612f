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
  PACKED_END,
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

describe("the hooks' unpacker", () => {
  it('reads back, through a bash here-document, what LZMA and the digits wrote, whatever the bytes', () => {
    for (const text of [Buffer.from('\u0000\u0000 a'), randomBytes(9000), Buffer.alloc(300, 0xff), Buffer.alloc(0)]) {
      const packed = pack(text);
      // Only the bytes a quoted here-document passes unchanged: 0x02 to 0x7E (not NUL, nor bash's 0x01 and 0x7F).
      expect([...Buffer.from(packed, 'latin1')].every((b) => b >= 0x02 && b <= 0x7e)).toBe(true);
      const script = `python3 -c '${UNPACK}' <<'${PACKED_END}'\n${packed}\n${PACKED_END}\n`;
      // stdin closed: bash reads ~/.bashrc when its stdin is a socket, as a remote shell's would be.
      const r = spawnSync('bash', ['-c', script], {
        env: { PATH: '/usr/bin:/bin' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(r.stderr.toString()).toBe('');
      expect(Buffer.compare(r.stdout, text)).toBe(0);
    }
  });
});
