import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();

describe('a busy day: the stand-in refuses half of all calls with a throttling error', () => {
  it('status still answers, with the live price, when every action is refused twice in a row', async () => {
    const deployed = await runCli(['deploy', '--name', 'busy', '--lang', 'en', '--yes'], aws.env);
    expect(deployed.code, deployed.stderr).toBe(0);
    aws.fake.wireThrottleBurst = 2;
    const r = await runCli(['status', 'busy', '--output', 'json', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      notebookName: 'busy',
      notebookStatus: 'InService',
      hourlyPrice: { usdPerHour: 0.0625, source: 'live' },
    });
    expect(aws.standIn.requests.filter((q) => q.action === 'throttled').length).toBeGreaterThan(4);
  });

  it('list and outputs, read-only too, ride out the same storm', async () => {
    const deployed = await runCli(['deploy', '--name', 'busy', '--lang', 'en', '--yes'], aws.env);
    expect(deployed.code, deployed.stderr).toBe(0);
    aws.fake.wireThrottleBurst = 2;
    const list = await runCli(['list', '--output', 'json'], aws.env);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.stringify(JSON.parse(list.stdout))).toContain('"busy"');
    const outputs = await runCli(['outputs', 'sagemaker-notebook-busy', '--output', 'json'], aws.env);
    expect(outputs.code, outputs.stderr).toBe(0);
  });

  it('status still answers when the Price List refuses every call (no pricing:GetProducts)', async () => {
    const deployed = await runCli(['deploy', '--name', 'busy', '--lang', 'en', '--yes'], aws.env);
    expect(deployed.code, deployed.stderr).toBe(0);
    aws.fake.pricesRefused = true;
    const r = await runCli(['status', 'busy', '--output', 'json', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ notebookName: 'busy', notebookStatus: 'InService' });
  });
});
