import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();
const running = { name: 'forgotten', status: 'InService', instanceType: 'ml.t3.medium', volumeSizeInGB: 5 };

describe('what a learner reads: no unknown shown as zero, no all-clear on a refusal', () => {
  it('list never says a running notebook without a known price costs USD 0.00 an hour', async () => {
    aws.fake.pricesRefused = true;
    aws.fake.otherRegionNotebooks.set('eu-west-1', [running]);
    const r = await runCli(['list', '--all-regions', '--lang', 'en'], aws.env);
    expect(r.stdout).not.toMatch(/USD 0\.00\d* per hour/);
    expect(r.stdout).toContain('In all regions, 1 running: hourly price not known (forgotten)');
    // With one priced and one not, the sum is a lower bound that names the unpriced one.
    aws.fake.otherRegionNotebooks.set('us-east-1', [{ ...running, name: 'priced' }]);
    const partial = await runCli(['list', '--all-regions', '--lang', 'en'], aws.env);
    expect(partial.stdout).toContain(
      'In all regions, 2 running: at least USD 0.050 per hour together; no price known for forgotten',
    );
    aws.fake.otherRegionNotebooks.delete('us-east-1');
    const ja = await runCli(['list', '--all-regions', '--lang', 'ja'], aws.env);
    expect(ja.stdout).toContain('1 時間あたりの料金が分かりません（forgotten）');
    const json = JSON.parse((await runCli(['list', '--all-regions', '--output', 'json'], aws.env)).stdout);
    expect(json.runningUsdPerHour).toBeNull();
    expect(json.runningUnpriced).toEqual(['forgotten']);
  });
});
