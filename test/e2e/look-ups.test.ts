import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

/** A home of its own: what a run remembers (prices, failed look-ups) lives in its cache folder. */
const freshHome = () => mkdtempSync(join(tmpdir(), 'smnb-lookups-home-'));
const calls = (action: string) => aws.standIn.requests.filter((q) => q.action === action).length;

async function deployFleet(names: readonly string[]): Promise<string> {
  aws.fake.quotas['ml.t3.medium'] = names.length;
  const file = join(mkdtempSync(join(tmpdir(), 'smnb-lookups-')), 'smnb.config.json');
  writeFileSync(file, JSON.stringify({ fleet: 'lookups', notebooks: names.map((name) => ({ name })) }));
  const r = await runCli(['deploy', '--config', file, '--yes', '--lang', 'en'], aws.env);
  expect(r.code, r.stderr).toBe(0);
  return file;
}

describe('price look-ups, shared and remembered', () => {
  it('status --config asks the Price List once for a type, however many notebooks have it', async () => {
    const file = await deployFleet(['share-a', 'share-b', 'share-c', 'share-d', 'share-e']);
    aws.standIn.requests.length = 0;
    const r = await runCli(['status', '--config', file, '--output', 'json'], { ...aws.env, HOME: freshHome() });
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout) as { hourlyPrice?: { source: string } }[];
    expect(rows.map((row) => row.hourlyPrice?.source)).toEqual(['live', 'live', 'live', 'live', 'live']);
    expect(calls('GetProducts')).toBe(1);
  });

  it('a refused look-up is remembered with its time: the next status makes no Price List call', async () => {
    const deployed = await runCli(['deploy', '--name', 'refused', '--yes', '--lang', 'en'], aws.env);
    expect(deployed.code, deployed.stderr).toBe(0);
    aws.fake.pricesRefused = true;
    const home = freshHome();
    aws.standIn.requests.length = 0;
    const first = await runCli(['status', 'refused', '--output', 'json'], { ...aws.env, HOME: home });
    expect(first.code, first.stderr).toBe(0);
    expect(calls('GetProducts')).toBeGreaterThan(0);
    const remembered = JSON.parse(readFileSync(join(home, '.cache/smnb/price-lookup-failures.json'), 'utf8'));
    expect(Object.values(remembered)).toEqual([{ failedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    aws.standIn.requests.length = 0;
    const second = await runCli(['status', 'refused', '--output', 'json'], { ...aws.env, HOME: home });
    expect(second.code, second.stderr).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ notebookName: 'refused', notebookStatus: 'InService' });
    expect(calls('GetProducts')).toBe(0);
  });

  it('status of one notebook with a warm price cache makes at most 4 AWS calls', async () => {
    const deployed = await runCli(['deploy', '--name', 'warm', '--yes', '--lang', 'en'], aws.env);
    expect(deployed.code, deployed.stderr).toBe(0);
    const home = freshHome();
    const cold = await runCli(['status', 'warm'], { ...aws.env, HOME: home });
    expect(cold.code, cold.stderr).toBe(0);
    aws.standIn.requests.length = 0;
    const warm = await runCli(['status', 'warm', '--output', 'json'], { ...aws.env, HOME: home });
    expect(warm.code, warm.stderr).toBe(0);
    expect(JSON.parse(warm.stdout)).toMatchObject({ hourlyPrice: { source: 'cache' } });
    expect(aws.standIn.requests.map((q) => q.action)).not.toContain('GetProducts');
    expect(aws.standIn.requests.length, JSON.stringify(aws.standIn.requests)).toBeLessThanOrEqual(4);
  });
});
