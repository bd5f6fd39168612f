import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();
const STACK = 'my-sagemaker-notebook';
const NB = 'my-first-sagemaker-notebook';
const forgotten = {
  name: 'forgotten',
  status: 'InService',
  instanceType: 'ml.t3.medium',
  volumeSizeInGB: 5,
};

/** Requests the stand-in answered, by action name. */
const sent = (action: string) => aws.standIn.requests.filter((r) => r.action === action).length;

describe('smnb list --all-regions, through the built CLI and the wire protocols', () => {
  it('finds a notebook running in another enabled region, with its hourly cost, and names a region that does not answer', async () => {
    aws.fake.otherRegionNotebooks.set('us-east-1', [forgotten]);
    aws.fake.silentRegions.add('eu-west-1');
    const r = await runCli(['list', '--all-regions', '--lang', 'en'], aws.env);
    expect(r.stdout).toContain('== us-east-1 ==');
    expect(r.stdout).toMatch(/^forgotten\s+InService\s+ml\.t3\.medium\s+0\.050/m);
    expect(r.stdout).toContain('In all regions, 1 running: about USD 0.050 per hour together');
    expect(r.stdout).toContain('No answer from eu-west-1:');
    expect(r.stdout).not.toContain('Nothing smnb knows of is billed');
    // Incomplete: the exit code says so too (4: AWS refused or unreachable).
    expect(r.code).toBe(4);
    expect(sent('DescribeRegions')).toBe(1);
  });

  it('carries the same in JSON, and asks only the regions EC2 says are enabled', async () => {
    aws.fake.enabledRegions = ['ap-northeast-1', 'us-east-1'];
    aws.fake.otherRegionNotebooks.set('us-east-1', [forgotten]);
    aws.fake.otherRegionNotebooks.set('eu-west-1', [{ ...forgotten, name: 'not-enabled' }]);
    const r = await runCli(['list', '--all-regions', '--output', 'json'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    const listing = JSON.parse(r.stdout);
    expect(listing.regions).toEqual(['ap-northeast-1', 'us-east-1']);
    expect(listing.notebooks).toEqual([
      expect.objectContaining({ name: 'forgotten', region: 'us-east-1', usdPerHour: 0.05, status: 'InService' }),
    ]);
    expect(listing.unanswered).toEqual([]);
    expect(listing.runningUsdPerHour).toBeCloseTo(0.05);
  });

  it('without --all-regions asks only the configured region', async () => {
    aws.fake.otherRegionNotebooks.set('us-east-1', [forgotten]);
    const r = await runCli(['list', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('forgotten');
    expect(sent('DescribeRegions')).toBe(0);
  });

  it('doctor warns about the notebook running in another region, with its hourly cost', async () => {
    aws.fake.otherRegionNotebooks.set('us-east-1', [forgotten]);
    const r = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(r.stdout).toMatch(/running in other regions.*forgotten \(us-east-1, ml\.t3\.medium, USD 0\.050\/h\)/);
  });
});

describe('what is still billed when nothing runs', () => {
  it('after stop, list says what the volume costs a month and how to end it; after delete, the volume is gone and the kept data bucket is named with its cost and how to end it', async () => {
    expect((await runCli(['deploy', '--yes'], aws.env)).code).toBe(0);
    expect((await runCli(['stop', NB, '--wait'], aws.env)).code).toBe(0);
    const stopped = await runCli(['list', '--lang', 'en'], aws.env);
    expect(stopped.stdout).toContain('Still billed while nothing runs: about USD 2.80 a month in total');
    expect(stopped.stdout).toContain(
      `ML volume of stopped notebook ${NB} (ap-northeast-1): 20 GB x USD 0.14/GB-month = USD 2.80 a month`,
    );
    // ap-northeast-1 has no row of its own: the price is labelled as another region's.
    expect(stopped.stdout).toContain("no price known for this region: us-east-1's shown as a reference");
    expect(stopped.stdout).toContain(
      `to end it on purpose (this deletes the files in it for good): smnb delete ${STACK} --region ap-northeast-1`,
    );
    const json = JSON.parse((await runCli(['list', '--output', 'json'], aws.env)).stdout);
    expect(json.stillBilled.totalMonthlyUsd).toBeCloseTo(2.8);
    expect(json.stillBilled.byNotebook).toEqual({ [NB]: expect.closeTo(2.8) });

    expect((await runCli(['delete', STACK, '--yes'], aws.env)).code).toBe(0);
    const deleted = await runCli(['list', '--lang', 'en'], aws.env);
    expect(deleted.stdout).not.toContain('ML volume');
    // The data bucket smnb delete kept is still billed: it is found by its smnb:notebook tag and named, so zero is
    // not claimed while it stays.
    const kept = `smnb-data-${STACK}-x1y2`;
    expect(deleted.stdout).toContain(`kept data bucket ${kept} (ap-northeast-1)`);
    expect(deleted.stdout).toContain(`aws s3 rb s3://${kept}`);
    expect(deleted.stdout).not.toContain('not counted here');
    expect(deleted.stdout).not.toContain('Nothing smnb knows of is billed');
    // Once the learner removes it on purpose, nothing smnb knows of is billed any more.
    aws.fake.buckets.delete(kept);
    const empty = await runCli(['list', '--lang', 'en'], aws.env);
    expect(empty.stdout).toContain('Nothing smnb knows of is billed');
  });

  it('prices the volume with the region’s own ML storage price from the Price List API, cached with its date', async () => {
    aws.fake.prices['APN1-Notebk:VolumeUsage.gp2'] = 0.18;
    const env = { ...aws.env, HOME: mkdtempSync(join(tmpdir(), 'smnb-home-')) };
    expect((await runCli(['deploy', '--yes'], env)).code).toBe(0);
    expect((await runCli(['stop', NB, '--wait'], env)).code).toBe(0);
    const r = await runCli(['list', '--lang', 'en'], env);
    expect(r.stdout).toContain('20 GB x USD 0.18/GB-month = USD 3.60 a month');
    expect(r.stdout).toMatch(
      /price for ap-northeast-1: AWS Price List API, usage type APN1-Notebk:VolumeUsage\.gp2, \d{4}-/,
    );
    const asked = sent('GetProducts');
    await runCli(['list', '--lang', 'en'], env);
    expect(sent('GetProducts')).toBe(asked);
  });

  it('a template bucket S3 will not show is said to be unchecked, and "nothing billed" is not claimed', async () => {
    aws.fake.buckets.set('123456789012-cfn-templates', { owner: 'other', settings: [], objects: new Map() });
    const r = await runCli(['list', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('The template bucket could not be looked at');
    expect(r.stdout).not.toContain('Nothing smnb knows of is billed');
  });

  it('counts the templates staged for the nested layout, and how to remove exactly them', async () => {
    expect((await runCli(['deploy', '--nested', '--yes'], aws.env)).code).toBe(0);
    const r = await runCli(['list', '--lang', 'en'], aws.env);
    expect(r.stdout).toMatch(
      /templates staged in 123456789012-cfn-templates\/\S+ \(ap-northeast-1\): .* = USD < 0\.01/,
    );
    expect(r.stdout).toMatch(
      /to end it on purpose: aws s3 rm s3:\/\/123456789012-cfn-templates\/\S+ --recursive --region ap-northeast-1/,
    );
  });
});

describe('smnb budget', () => {
  const setUp = ['budget', '--monthly-usd', '10', '--email', 'you@example.com', '--lang', 'en'];
  const writes = () =>
    ['CreateBudget', 'UpdateBudget', 'CreateNotification', 'DeleteNotification', 'DeleteBudget'].reduce(
      (n, a) => n + sent(a),
      0,
    );

  it('creates the alert once; a rerun changes nothing; it shows actual and forecast spend; it removes it', async () => {
    const created = await runCli(setUp, aws.env);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created the budget smnb-monthly.');
    expect(created.stdout).toContain('AWS documents no subscription to confirm for e-mail');
    expect(aws.fake.budgets.get('smnb-monthly')).toEqual({
      monthlyUsd: 10,
      alerts: [
        expect.objectContaining({ kind: 'ACTUAL', percent: 80, emails: ['you@example.com'] }),
        expect.objectContaining({ kind: 'FORECASTED', percent: 100, emails: ['you@example.com'] }),
      ],
    });
    expect(sent('CreateBudget')).toBe(1);
    // Budgets is global, with its endpoint in us-east-1, whatever region the command runs in.
    const budgetCalls = aws.standIn.requests.filter((q) => /Budget|Notification/.test(q.action));
    expect(new Set(budgetCalls.map((q) => `${q.region} ${q.signed}`))).toEqual(new Set(['us-east-1 true']));

    const again = await runCli(setUp, aws.env);
    expect(again.stdout).toContain('already as asked: nothing changed');
    expect(writes()).toBe(1);

    const shown = await runCli(['budget', '--lang', 'en'], aws.env);
    expect(shown.stdout).toContain('Budget smnb-monthly: USD 10.00 a month');
    expect(shown.stdout).toContain('spent this month so far: USD 3.25 (33% of it)');
    expect(shown.stdout).toContain('forecast for the whole month: USD 7.50 (75% of it)');
    expect(shown.stdout).toContain('reading them costs nothing');

    const removed = await runCli(['budget', '--delete', '--yes', '--lang', 'en'], aws.env);
    expect(removed.stdout).toContain('Removed the budget smnb-monthly');
    expect(aws.fake.budgets.size).toBe(0);
  });

  it('a changed amount updates the limit only; a changed e-mail replaces the two alerts', async () => {
    await runCli(setUp, aws.env);
    const more = await runCli(['budget', '--monthly-usd', '25.50', '--email', 'you@example.com'], aws.env);
    expect(more.code, more.stderr).toBe(0);
    expect(aws.fake.budgets.get('smnb-monthly')!.monthlyUsd).toBe(25.5);
    expect([sent('UpdateBudget'), sent('DeleteNotification'), sent('CreateNotification')]).toEqual([1, 0, 0]);

    await runCli(['budget', '--monthly-usd', '25.50', '--email', 'me@example.org'], aws.env);
    expect([sent('DeleteNotification'), sent('CreateNotification')]).toEqual([2, 2]);
    expect(aws.fake.budgets.get('smnb-monthly')!.alerts.map((a) => a.emails)).toEqual([
      ['me@example.org'],
      ['me@example.org'],
    ]);
  });

  it('the first deploy in an account without an smnb budget suggests one, once, in one line', async () => {
    const env = { ...aws.env, HOME: mkdtempSync(join(tmpdir(), 'smnb-home-')) };
    const tip = 'Tip: get an e-mail before the bill grows: smnb budget --monthly-usd 10';
    const first = await runCli(['deploy', '--yes', '--lang', 'en'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr.split('\n').filter((l) => l.includes(tip))).toHaveLength(1);
    const second = await runCli(['deploy', '--yes', '--lang', 'en'], env);
    expect(second.stderr).not.toContain(tip);
    // With a budget, even a first deploy (another home) says nothing.
    await runCli(setUp, aws.env);
    const withBudget = await runCli(['deploy', '--yes', '--lang', 'en'], aws.env);
    expect(withBudget.stderr).not.toContain(tip);
  });

  it('a Budgets endpoint that does not answer costs the deploy one attempt, and no tip', async () => {
    aws.fake.silentRegions.add('us-east-1');
    const r = await runCli(['deploy', '--yes', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('Tip: get an e-mail');
    expect(sent('(no answer from us-east-1)')).toBe(1);
  });

  it('without --yes and without a terminal, --delete removes nothing', async () => {
    await runCli(setUp, aws.env);
    const r = await runCli(['budget', '--delete', '--lang', 'en'], aws.env);
    expect(r.code).toBe(130);
    expect(aws.fake.budgets.has('smnb-monthly')).toBe(true);
  });

  it.each([
    [['--monthly-usd', '0', '--email', 'you@example.com'], '--monthly-usd 0 is not allowed'],
    [['--monthly-usd', '10.555', '--email', 'you@example.com'], '--monthly-usd 10.555 is not allowed'],
    [['--monthly-usd', 'ten', '--email', 'you@example.com'], '--monthly-usd ten is not an amount'],
    [['--monthly-usd', '10', '--email', 'you at example.com'], '--email you at example.com is not an e-mail address'],
    [['--monthly-usd', '10'], 'needs both --monthly-usd and --email'],
    [['--monthly-usd', '10', '--email', 'you@example.com', '--alert-percent', '150'], '--alert-percent 150'],
    [['--delete', '--monthly-usd', '10'], '--delete takes no other budget flags'],
  ])('refuses %j before any AWS call', async (flags, message) => {
    const r = await runCli(['budget', ...flags, '--lang', 'en'], aws.env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(aws.standIn.requests).toEqual([]);
  });
});
