import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, ROOT } from '../_helpers/run-cli.js';

/**
 * The layer rules of .dependency-cruiser.mjs, fed a small code base of our own making: each probe file below makes one
 * import, and the linter, run exactly as `npm run lint` runs it, must reject the wrong ones and let the right ones by.
 */
const PROBES: Record<string, { code: string; rule?: string }> = {
  // What the others import.
  'src/operations/operation-context.ts': { code: 'export interface OperationContext { readonly region: string }' },
  'src/aws/stack-api.ts': { code: 'export interface StackApi { readonly name: string }' },
  'src/plan/money.ts': { code: 'export const cents = (usd: number): number => Math.round(usd * 100);' },
  // Upwards, type-only: as wrong as a value import.
  'src/checks/upward-type.ts': {
    code: "import type { OperationContext } from '../operations/operation-context.js';\nexport type C = OperationContext;",
    rule: 'not-in-allowed',
  },
  'src/plan/upward-type.ts': {
    code: "import type { StackApi } from '../aws/stack-api.js';\nexport type P = StackApi;",
    rule: 'not-in-allowed',
  },
  'src/monitor/upward-value.ts': {
    code: "export { cents } from '../plan/money.js';\nimport '../operations/operation-context.js';",
    rule: 'not-in-allowed',
  },
  // An operation using io/ (only commands and the entry point may).
  'src/io/cache.ts': { code: 'export const cache = new Map<string, string>();' },
  'src/operations/uses-io.ts': { code: "export { cache } from '../io/cache.js';", rule: 'not-in-allowed' },
  // Downwards: allowed.
  'src/operations/downward.ts': {
    code: "import type { StackApi } from '../aws/stack-api.js';\nimport { cents } from '../plan/money.js';\nexport const d = (s: StackApi) => cents(s.name.length);",
  },
  // The CLI never imports the CDK, and plan/ stays pure.
  'src/aws/cdk.ts': {
    code: "import type { Stack } from 'aws-cdk-lib';\nexport type S = Stack;",
    rule: 'src-without-cdk',
  },
  'src/plan/reads-files.ts': { code: "export { readFileSync } from 'node:fs';", rule: 'pure-plan-and-render' },
  // Only the composition root makes AWS clients, and only the entry point reaches the root.
  'src/aws/client-factory.ts': { code: 'export class ClientFactory { readonly region = "ap-northeast-1"; }' },
  'src/composition/root.ts': {
    code: "import { ClientFactory } from '../aws/client-factory.js';\nexport const root = () => new ClientFactory();",
  },
  'src/cli.ts': { code: "export { root } from './composition/root.js';" },
  'src/commands/uses-root.ts': { code: "export { root } from '../composition/root.js';", rule: 'not-in-allowed' },
  'src/commands/makes-clients.ts': {
    code: "export { ClientFactory } from '../aws/client-factory.js';",
    rule: 'one-client-factory',
  },
  'src/operations/makes-clients.ts': {
    code: "import { ClientFactory } from '../aws/client-factory.js';\nexport const c = new ClientFactory();",
    rule: 'one-client-factory',
  },
  // infra/ never imports src/.
  'infra/uses-src.ts': { code: "export { cents } from '../src/plan/money.js';", rule: 'not-in-allowed' },
};

/** Two modules that need each other through types alone. */
const CIRCLE: Record<string, string> = {
  'src/plan/circle-a.ts': "import type { B } from './circle-b.js';\nexport interface A { readonly b?: B }",
  'src/plan/circle-b.ts': "import type { A } from './circle-a.js';\nexport interface B { readonly a?: A }",
};

interface Violation {
  readonly from: string;
  readonly to: string;
  readonly rule: { readonly name: string };
}

let violations: Violation[];

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smnb-layers-'));
  const files = { ...CIRCLE, ...Object.fromEntries(Object.entries(PROBES).map(([path, p]) => [path, p.code])) };
  for (const [path, code] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `${code}\n`);
  }
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
  );
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const bin = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  const args = [bin, '--config', join(ROOT, '.dependency-cruiser.mjs'), '--output-type', 'json', 'src', 'infra'];
  const stdout = await new Promise<string>((resolve, reject) =>
    // A non-zero exit is expected: the probes break the rules on purpose.
    execFile(process.execPath, args, { cwd: dir, env: cleanEnv() }, (error, out, err) =>
      out ? resolve(out) : reject(new Error(`dependency-cruiser printed nothing: ${String(error)} ${err}`)),
    ),
  );
  violations = (JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations;
});

describe('the layer rules', () => {
  for (const [path, { rule }] of Object.entries(PROBES)) {
    it(rule ? `reject ${path} (${rule})` : `let ${path} by`, () => {
      const found = violations.filter((v) => v.from === path).map((v) => v.rule.name);
      expect(found).toEqual(rule ? [rule] : []);
    });
  }

  it('reject a circle of type-only imports, once', () => {
    const circles = violations.filter((v) => v.rule.name === 'no-circular');
    expect(circles).toHaveLength(1);
    expect([circles[0]!.from, circles[0]!.to].sort()).toEqual(Object.keys(CIRCLE).sort());
  });
});
