// Bundles the CLI into dist/: one entry file plus a chunk per command, loaded only when that command runs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { smnb: 'src/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Prefer the ESM builds of the AWS SDK: dynamic imports of them then keep their named exports.
  mainFields: ['module', 'main'],
  // Minified code parses faster: about 40 ms less start-up for commands that load AWS SDK clients.
  minify: true,
  // No keepNames: it wraps every function in a call esbuild must keep, so the SDK's unused commands (hundreds in
  // SageMaker's client) could not be dropped. Our error classes name themselves explicitly instead.
  // Maps are read only with --debug, so stack traces point at the TypeScript sources.
  sourcemap: 'linked',
  legalComments: 'none',
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __smnbRequire } from "node:module"; const require = __smnbRequire(import.meta.url);',
  },
  define: { SMNB_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
});
// The bin must stay executable: dist/ is made anew above, and a link npx or npm made earlier is not made again (npx
// keeps it in its cache), so without this every command would answer "Permission denied" after a rebuild.
chmodSync(new URL('../dist/smnb.mjs', import.meta.url), 0o755);

// The shipped templates, parsed now rather than on every deploy: dist/templates.json maps the SHA-256 of each YAML text
// to its document as JSON (src/templates.ts reads it; a text it does not know is parsed as YAML as before). A document
// JSON cannot carry exactly would change what deploy reads, so the build stops instead.
const root = new URL('..', import.meta.url);
const yamlFiles = [
  ...readdirSync(root).filter((name) => name.endsWith('.yaml')),
  ...readdirSync(new URL('templates', root))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => `templates/${name}`),
];
const parsed = {};
for (const file of yamlFiles.sort()) {
  const text = readFileSync(new URL(file, root), 'utf8');
  const document = parse(text);
  const json = JSON.stringify(document);
  if (!isDeepStrictEqual(JSON.parse(json), document)) throw new Error(`${file}: its document does not survive JSON`);
  parsed[createHash('sha256').update(text).digest('hex')] = json;
}
writeFileSync(new URL('../dist/templates.json', import.meta.url), JSON.stringify(parsed));
