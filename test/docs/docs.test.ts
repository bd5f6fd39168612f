import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/args.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { generatedDocs, WHERE_THINGS_GO } from '../../scripts/generated-docs.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
// docs/failure-cases.md shows command lines that fail on purpose; the failure-case test runs each of them.
const DOCS = [
  'README.md',
  'README.en.md',
  ...readdirSync(new URL('docs/', root))
    .filter((f) => f.endsWith('.md') && f !== 'failure-cases.md')
    .map((f) => `docs/${f}`),
];

/** Command lines inside fenced code blocks and inline code, joined across backslash continuations. */
function commandLines(text: string, program: 'smnb' | 'aws'): string[] {
  const code = [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]!).join('\n').replace(/\\\n\s*/g, ' ');
  const inline = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  const pattern = program === 'smnb' ? /^(?:npx )?smnb (.+)$/ : /^(aws .+)$/;
  return [...code.split('\n'), ...inline]
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .flatMap((l) => {
      const m = pattern.exec(l);
      return m ? [m[1]!] : [];
    });
}

/** Splits a shell line into words, honouring single and double quotes. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

describe('documentation stays true to the code', () => {
  const examples = DOCS.flatMap((doc) => commandLines(read(doc), 'smnb').map((line) => ({ doc, line })));

  it('has smnb examples to check', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(DOCS)('every smnb example in %s is a valid command line', async (doc) => {
    for (const { line } of examples.filter((e) => e.doc === doc)) {
      const [name, ...rest] = words(line);
      // Usage synopses ("smnb plan [options]") are not examples.
      if (line.includes('[options]') || line.includes('[オプション]') || name === '--help' || name === '<command>') continue;
      const entry = COMMANDS[name!];
      expect(entry, `${doc}: unknown command in "smnb ${line}"`).toBeDefined();
      const command = await entry!.load();
      const parsed = parseArgs(name!, rest.filter((w) => !w.includes('<')), command.flags);
      expect(parsed.positionals.length, `${doc}: too many arguments in "smnb ${line}"`).toBeLessThanOrEqual(command.maxPositionals);
    }
  });

  it('every file an aws-cli example names exists', () => {
    const files = DOCS.flatMap((doc) => commandLines(read(doc), 'aws').flatMap((l) => [...l.matchAll(/file:\/\/(\S+)/g)].map((m) => m[1]!)));
    expect(files).toContain('simple-stack.yaml');
    expect(files).toContain('main-stack.yaml');
    for (const file of files) expect(existsSync(new URL(file, root)), file).toBe(true);
  });

  it('every help example is a valid command line of its own command', async () => {
    for (const [name, entry] of Object.entries(COMMANDS)) {
      const command = await entry.load();
      for (const example of command.examples) {
        const [, sub, ...rest] = words(example);
        expect(sub).toBe(name);
        expect(() => parseArgs(name, rest, command.flags), example).not.toThrow();
      }
    }
  });

  it('the generated docs (commands, architecture, troubleshooting) are current (run npm run docs)', async () => {
    for (const [path, content] of Object.entries(await generatedDocs())) expect(read(path), path).toBe(content);
  });

  it('the troubleshooting guide covers every cause smnb recognises, with a real example of each', async () => {
    const { KNOWN_CAUSES, knownCause } = await import('../../src/monitor/failure.js');
    for (const cause of KNOWN_CAUSES) expect(knownCause(cause.example), cause.example).toBe(cause.key);
    expect(read('docs/troubleshooting.md')).toContain('ResourceLimitExceeded');
  });

  it('the "where things go" guide names only paths that exist', () => {
    for (const item of WHERE_THINGS_GO) for (const path of item.paths) expect(existsSync(new URL(path, root)), path).toBe(true);
  });
});
