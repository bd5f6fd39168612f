import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

/** The Markdown headings of a page, as `##` level and text, outside fenced code (where `# comment` is shell). */
function headings(text: string): { level: number; text: string }[] {
  const found: { level: number; text: string }[] = [];
  let fenced = false;
  for (const line of text.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const m = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(line);
    if (m) found.push({ level: m[1]!.length, text: m[2]!.trim() });
  }
  return found;
}

/** The heading levels in order: the same sequence means the same sections, level for level. */
const outline = (text: string) => headings(text).map((h) => h.level);

/** Every Japanese page with an English twin: README.md and README.en.md, and each docs/X.md with its docs/X.en.md. */
const PAIRS: [string, string][] = [
  ['README.md', 'README.en.md'],
  ...readdirSync(new URL('docs/', root))
    .filter((f) => f.endsWith('.en.md'))
    .map((f): [string, string] => [`docs/${f.replace(/\.en\.md$/, '.md')}`, `docs/${f}`]),
];

/** The section under a level-2 heading matching `title`, up to the next level-2 heading. */
function section(text: string, title: RegExp): string {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => /^## /.test(l) && title.test(l));
  expect(start, String(title)).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** The command lines of a section's fenced blocks (comments and blank lines are not commands). */
function commands(text: string): string[] {
  return [...text.matchAll(/```[a-z]*\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Where a page first tells you to use an access key: configure one, set the key variables, or create one. */
const ACCESS_KEY_STEP = /aws configure(?! sso)\b|AWS_ACCESS_KEY_ID|AWS_SECRET_ACCESS_KEY|アクセスキーを作成|Create access key/;

describe('the Japanese and English pages say the same, section for section', () => {
  it('pairs every English page with its Japanese one, and the README pair is among them', () => {
    expect(PAIRS.length).toBeGreaterThan(1);
    for (const [ja, en] of PAIRS) expect(existsSync(new URL(ja, root)), `${en} has no ${ja}`).toBe(true);
  });

  it.each(PAIRS)('%s and %s have the same headings, in the same order, at every level', (ja, en) => {
    const [jaOutline, enOutline] = [outline(read(ja)), outline(read(en))];
    expect(jaOutline.length, ja).toBeGreaterThan(1);
    expect(enOutline, `${en} against ${ja}: ${JSON.stringify(headings(read(en)).map((h) => h.text))}`).toEqual(
      jaOutline,
    );
  });

  it('finds a missing, an extra or a moved heading (the outline is not trivially equal)', () => {
    const page = '# T\n\n## A\n\n### a\n\n## B\n\n```bash\n# not a heading\n```\n';
    expect(outline(page)).toEqual([1, 2, 3, 2]);
    expect(outline(page.replace('### a', 'a'))).not.toEqual(outline(page));
    expect(outline(page.replace('## B', '### B'))).not.toEqual(outline(page));
  });
});

describe('the README leads a newcomer the short way', () => {
  it.each([
    ['README.md', /はじめてのノートブック/],
    ['README.en.md', /Your first notebook/],
  ])('%s: the first notebook takes at most five commands, each an aws login or an smnb command', (path, title) => {
    const steps = commands(section(read(path), title));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.length, steps.join('\n')).toBeLessThanOrEqual(5);
    for (const step of steps) expect(step).toMatch(/^(aws login|npx smnb \S+)/);
    expect(steps[0]).toBe('aws login');
    expect(steps).toContain('npx smnb deploy');
  });

  it.each([
    ['README.md', /認証情報/],
    ['README.en.md', /Credentials/],
  ])('%s: aws login comes first, IAM Identity Center next, access keys last', (path, title) => {
    const text = read(path);
    // Not a mention in passing: the page teaches aws login (its own heading) before it teaches any access key.
    const login = text.search(/^#{2,3} .*aws login/m);
    const keyStep = text.search(ACCESS_KEY_STEP);
    expect(login, 'a heading for aws login').toBeGreaterThanOrEqual(0);
    expect(keyStep, 'access-key instructions').toBeGreaterThan(login);
    const subsections = headings(section(text, title)).filter((h) => h.level === 3);
    const at = (pattern: RegExp) => subsections.findIndex((h) => pattern.test(h.text));
    expect(at(/aws login/)).toBe(0);
    expect(at(/IAM Identity Center/)).toBeGreaterThan(at(/aws login/));
    expect(at(/アクセスキー|Access keys/)).toBe(subsections.length - 1);
  });

  it('the access-key rule catches the ways a page could teach keys', () => {
    for (const step of ['run aws configure now', 'export AWS_ACCESS_KEY_ID=x', '「アクセスキーを作成」'])
      expect(step).toMatch(ACCESS_KEY_STEP);
    expect('aws configure sso').not.toMatch(ACCESS_KEY_STEP);
  });
});
