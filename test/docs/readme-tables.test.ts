import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/commands/registry.js';
import { TEMPLATE_PARAMETERS } from '../../shared/template-parameters.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

/** The rows of the Markdown table whose header row matches, as cells. */
function table(text: string, header: RegExp): string[][] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => header.test(l));
  expect(start, String(header)).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (let i = start + 2; i < lines.length && lines[i]!.startsWith('|'); i++)
    rows.push(lines[i]!.split('|').slice(1, -1).map((c) => c.trim()));
  return rows;
}

/** The `code` names in a cell: `VpcCidr` / `PublicSubnetCidr` is two. */
const names = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);

describe("the documents' tables say what the code has", () => {
  it.each(['docs/notebook.md', 'docs/notebook.en.md'])('%s has its parameter table generated from the declarations', (path) => {
    const rows = table(read(path), /^\| (パラメータ \| 既定値|parameter \| default)/);
    expect(rows.map((r) => names(r[0]!)[0])).toEqual(TEMPLATE_PARAMETERS.map((p) => p.parameter));
    expect(read(path)).toContain('<!-- parameters:start (npm run docs) -->');
  });

  it.each([
    ['docs/cli.md', /^\| コマンド \| 例/],
    ['docs/cli.en.md', /^\| command \| example/],
  ])('the command table of %s lists every command, each with an example of its own', (path, heading) => {
    const rows = table(read(path), heading);
    expect(rows.flatMap((r) => names(r[0]!)).sort()).toEqual(Object.keys(COMMANDS).sort());
    for (const [nameCell, exampleCell] of rows) {
      const first = names(nameCell!)[0]!;
      expect(names(exampleCell!)[0], path).toMatch(new RegExp(`^npx smnb ${first}( |$)`));
    }
  });
});
