import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

describe('smnb doctor --output json', () => {
  it('says in words what each check found, as the table does, besides its keys', async () => {
    const r = await runCli(['doctor', '--output', 'json', '--lang', 'ja'], aws.env);
    const rows = JSON.parse(r.stdout) as { detailKey: string; title: string; detail: string }[];
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      expect(row.title, row.detailKey).toMatch(/\S/);
      expect(row.detail, row.detailKey).toMatch(/\S/);
      expect(row.detail, row.detailKey).not.toMatch(/\{\w+\}/);
    }
  });
});
