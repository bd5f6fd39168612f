import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../_helpers/run-cli.js';
import { WHERE_THINGS_GO } from '../../scripts/generated-docs.js';

/** Every TypeScript file of the product (not the tests), by path from the repository root. */
function sources(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.set(relative(ROOT, path), readFileSync(path, 'utf8'));
    }
  };
  for (const top of ['src', 'infra', 'shared', 'scripts']) walk(join(ROOT, top));
  return files;
}

const CATALOGUES = ['src/i18n/en.ts', 'src/i18n/ja.ts'];

/** Knowledge that has one home: the text that gives a copy away, and the one file allowed to hold it. */
const HOMES: readonly { concept: string; copy: RegExp; home: readonly string[] }[] = [
  { concept: 'not-found errors', copy: /Error\('error\.(notFound|notebookMissing)'/, home: ['src/errors.ts'] },
  {
    concept: 'notebook addresses',
    copy: /sagemaker\.aws|console\.aws\.amazon\.com/,
    home: ['shared/notebook-urls.ts'],
  },
  { concept: 'the secure-bucket rule', copy: /'AES256'|aws:SecureTransport/, home: ['shared/secure-bucket.ts'] },
  { concept: 'shell quoting', copy: /'\\\\''/, home: ['src/plan/shell-quote.ts'] },
  { concept: 'the default concurrency', copy: /\?\? 4\b|mapBounded\([^,]+, 4\b/, home: [] },
  {
    concept: 'quota-free notebook statuses',
    copy: /\['Stopped', '(Deleting|Failed)'/,
    home: ['shared/notebook-status.ts'],
  },
  { concept: 'CIDR rules', copy: /\(1\[6-9\]\|2\[0-8\]\)/, home: ['shared/network-parameters.ts'] },
];

describe('each concept lives in one file', () => {
  const files = sources();
  it.each(HOMES)('$concept', ({ copy, home }) => {
    const copies = [...files]
      .filter(([path, text]) => !home.includes(path) && !CATALOGUES.includes(path) && copy.test(text))
      .map(([path]) => path);
    expect(copies).toEqual([]);
  });

  it('docs/architecture.md names each home', () => {
    const named = new Set(WHERE_THINGS_GO.flatMap((item) => item.paths));
    const homes = HOMES.flatMap(({ home }) => home).filter(
      (path) => !['src/errors.ts', 'shared/network-parameters.ts'].includes(path),
    );
    expect(homes.filter((path) => !named.has(path))).toEqual([]);
  });

  it('would find a copy (the scan itself works)', () => {
    expect(HOMES.every(({ home }) => home.every((path) => files.has(path)))).toBe(true);
    expect(HOMES[0]!.copy.test(files.get('src/errors.ts')!)).toBe(true); // the factory itself matches
  });
});
