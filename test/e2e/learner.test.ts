import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../_helpers/run-cli.js';
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

const NB = 'my-first-sagemaker-notebook';

describe('doctor on the bill: a refusal or a silent region is never an all-clear', () => {
  it('with SageMaker refusing (OptInRequired) and a stopped notebook, says it could not check, names the refusal, exits 4', async () => {
    expect((await runCli(['deploy', '--yes'], aws.env)).code).toBe(0);
    expect((await runCli(['stop', NB, '--wait'], aws.env)).code).toBe(0);
    aws.fake.sageMakerRefusal = 'OptInRequired';
    const r = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(r.stdout).not.toContain('no stopped notebook keeps a volume');
    expect(r.stdout).toMatch(
      /Billed while nothing runs.*could not check: AWS refused to list the notebooks in .*ap-northeast-1 \(OptInRequired\)/,
    );
    expect(r.stdout).not.toMatch(/no answer from ap-northeast-1/);
    expect(r.code).toBe(4);
  });

  it('a silent region is named as not counted, and the other-regions count leaves the home region out', async () => {
    aws.fake.enabledRegions = ['ap-northeast-1', 'eu-west-1', 'us-east-1'];
    const clear = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(clear.stdout).toContain('none running in the other 2 enabled regions');
    aws.fake.silentRegions.add('eu-west-1');
    const r = await runCli(['doctor', '--lang', 'en'], aws.env);
    expect(r.stdout).toMatch(
      /Billed while nothing runs.*could not check: no answer from eu-west-1, so it was not counted/,
    );
    expect(r.code).toBe(4);
  });

  it('without credentials, the credential error is said once and the other checks are not checked', async () => {
    const env = Object.fromEntries(
      Object.entries(aws.env).filter(([k]) => k !== 'AWS_ACCESS_KEY_ID' && k !== 'AWS_SECRET_ACCESS_KEY'),
    );
    const r = await runCli(['doctor', '--lang', 'en'], env);
    const lines = r.stdout.split('\n').filter((l) => /credential/i.test(l) && !/not checked/.test(l));
    expect(lines.length, r.stdout).toBeLessThanOrEqual(2);
    expect(r.stdout).toContain('not checked: no usable credentials (see above)');
    expect(r.code).toBe(3);
  });
});

describe('cost: the estimate and the "once stopped" line use one storage price', () => {
  it('--live counts the region’s ML storage price in the totals, the same one the stopped line names', async () => {
    aws.fake.prices['APN1-Notebk:VolumeUsage.gp2'] = 0.168;
    const r = await runCli(['cost', '--live', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('USD 3.36 a month');
    expect(r.stdout).toContain('storage USD 3.36');
    expect(r.stdout).not.toContain('storage USD 0.00');
    const json = JSON.parse((await runCli(['cost', '--live', '--output', 'json'], aws.env)).stdout);
    expect(json.alwaysOn.storage).toBe(json.whileStopped.monthlyUsd);
  });

  it('offline in eu-west-1, the totals use eu-west-1’s storage row as the stopped line does', async () => {
    const r = await runCli(['cost', '--region', 'eu-west-1', '--lang', 'en'], aws.env);
    expect(r.stdout).toContain('storage USD 3.08');
    expect(r.stdout).toContain('USD 3.08 a month');
  });
});

describe('deploy: the replacement warning names the notebook whose files are at risk', () => {
  it('a rename names the current notebook and the new one, and without a terminal says how to agree', async () => {
    expect((await runCli(['deploy', '--yes'], aws.env)).code).toBe(0);
    const r = await runCli(
      ['deploy', '--stack-name', 'my-sagemaker-notebook', '--name', 'renamed-notebook', '--lang', 'en'],
      aws.env,
    );
    expect(r.code).toBe(130);
    expect(r.stderr).toContain(`REPLACES notebook ${NB} with a new notebook renamed-notebook`);
    expect(r.stderr).toContain(`Files you saved on ${NB} will be lost`);
    expect(r.stderr).toContain(`notebook ${NB} was not replaced`);
    expect(r.stderr).toContain('add --allow-replacement');
    const ja = await runCli(
      ['deploy', '--stack-name', 'my-sagemaker-notebook', '--name', 'renamed-notebook', '--lang', 'ja'],
      aws.env,
    );
    expect(ja.stderr).toContain('--allow-replacement を付けてください');
  });
});

describe('removing a kept data bucket: the CLI and the READMEs give the same command that works on a versioned bucket', () => {
  it('smnb delete names the kept bucket with the region, and the READMEs agree without --force', async () => {
    expect((await runCli(['deploy', '--yes'], aws.env)).code).toBe(0);
    // The running notebook answers the backup request delete leaves first.
    for (const bucket of aws.fake.buckets.keys())
      aws.fake.answeringNotebooks.set(bucket, { ackAfterLooks: 1, doneAfterLooks: 2, files: {} });
    const r = await runCli(['delete', 'my-sagemaker-notebook', '--yes', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/use "Empty" in the S3 console.*then: aws s3 rb s3:\/\/\S+ --region ap-northeast-1/);
    for (const readme of ['README.md', 'README.en.md']) {
      const text = readFileSync(join(ROOT, readme), 'utf8');
      expect(text, readme).toContain('`aws s3 rb s3://BUCKET --region REGION`');
      expect(text, readme).not.toMatch(/aws s3 rb s3:\/\/BUCKET --force/);
    }
  });
});

describe('budget: a new amount changes only the amount, and a refused prompt says how to confirm', () => {
  it('keeps a custom alert percent when a new amount comes without --alert-percent', async () => {
    const base = ['budget', '--email', 'you@example.com', '--lang', 'en'];
    expect((await runCli([...base, '--monthly-usd', '10', '--alert-percent', '50'], aws.env)).code).toBe(0);
    const r = await runCli([...base, '--monthly-usd', '20'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    expect(aws.fake.budgets.get('smnb-monthly')).toMatchObject({
      monthlyUsd: 20,
      alerts: expect.arrayContaining([expect.objectContaining({ kind: 'ACTUAL', percent: 50 })]),
    });
    expect(aws.standIn.requests.filter((q) => q.action === 'DeleteNotification')).toHaveLength(0);
  });

  it('budget --delete without a terminal gives the --yes hint, in both languages', async () => {
    await runCli(['budget', '--monthly-usd', '10', '--email', 'you@example.com'], aws.env);
    const en = await runCli(['budget', '--delete', '--lang', 'en'], aws.env);
    expect(en.code).toBe(130);
    expect(en.stderr).toContain('smnb budget --delete --yes');
    const ja = await runCli(['budget', '--delete', '--lang', 'ja'], aws.env);
    expect(ja.stderr).toContain('--yes を付けてください: smnb budget --delete --yes');
    expect(aws.fake.budgets.size).toBe(1);
  });
});

describe('Japanese output is Japanese; entry points and numbers a learner meets', () => {
  it('the storage price source, the budget change words and a missing parameter file are said in Japanese', async () => {
    expect((await runCli(['deploy', '--yes'], aws.env)).code).toBe(0);
    expect((await runCli(['stop', NB, '--wait'], aws.env)).code).toBe(0);
    const list = await runCli(['list', '--lang', 'ja'], aws.env);
    expect(list.stdout).toContain('第三者の資料: 公開資料に引用された価格表の使用タイプ USE1-Notebk:VolumeUsage.gp2');
    expect(list.stdout).not.toContain('third-party');
    aws.fake.prices['APN1-Notebk:VolumeUsage.gp2'] = 0.18;
    const live = await runCli(['cost', '--live', '--lang', 'ja'], aws.env);
    expect(live.stdout).toContain('AWS の価格表 API、使用タイプ APN1-Notebk:VolumeUsage.gp2');
    expect(live.stdout).not.toContain('AWS Price List API, usage type');

    const budget = ['budget', '--monthly-usd', '10', '--email', 'you@example.com', '--lang', 'ja'];
    await runCli(budget, aws.env);
    const changed = await runCli([...budget.slice(0, 3), '--email', 'me@example.org', '--lang', 'ja'], aws.env);
    expect(changed.stdout).toContain('アラート 予測 > 100%');
    expect(changed.stdout).not.toMatch(/FORECASTED|ACTUAL/);

    for (const [lang, text] of [
      ['ja', 'パラメータファイル /nonexist.json がありません'],
      ['en', 'There is no parameter file /nonexist.json'],
    ] as const) {
      const r = await runCli(['deploy', '--parameters', '/nonexist.json', '--lang', lang], aws.env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toContain('ENOENT');
    }
  });

  it('every command’s help speaks the language; global flags alone show the help; the main help has examples', async () => {
    const list = await runCli(['list', '--help', '--lang', 'ja'], aws.env);
    expect(list.stdout.split('\n')[0]).toBe('smnb list [オプション]');
    const bare = await runCli(['--lang', 'ja'], aws.env);
    expect(bare.code, bare.stderr).toBe(0);
    expect(bare.stdout).toContain('使い方: smnb <コマンド> [オプション]');
    expect(bare.stdout).toMatch(/例:\n {2}smnb plan\n/);
    // A global flag before the command still runs the command.
    const before = await runCli(['--lang', 'en', 'cost'], aws.env);
    expect(before.code, before.stderr).toBe(0);
    expect(before.stdout).toContain('ml.t3.medium');
  });

  it('--yes help says what it does; the cost hint never points at the region already given', async () => {
    const help = await runCli(['delete', '--help', '--lang', 'en'], aws.env);
    expect(help.stdout).not.toContain('take the default answer');
    expect(help.stdout).toContain('answer yes to the confirmations without asking');
    const ja = await runCli(['delete', '--help', '--lang', 'ja'], aws.env);
    expect(ja.stdout).toContain('確認を尋ねずに「はい」と答える');
    const r = await runCli(
      ['cost', '--region', 'us-east-1', '--instance-type', 'ml.r5.large', '--lang', 'en'],
      aws.env,
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Run with --live');
    expect(r.stderr).not.toContain('--region us-east-1');
  });

  it('one rounding rule: list, status and doctor show one hourly price; JSON money carries no float noise', async () => {
    expect((await runCli(['deploy', '--yes'], aws.env)).code).toBe(0);
    const list = await runCli(['list', '--lang', 'en'], aws.env);
    const status = await runCli(['status', '--lang', 'en'], aws.env);
    expect(list.stdout).toMatch(/InService\s+ml\.t3\.medium\s+0\.0625/);
    expect(list.stdout).toContain('1 running: about USD 0.0625 per hour together');
    expect(status.stdout).toContain('USD 0.0625/h');
    aws.fake.prices['APN1-Notebk:VolumeUsage.gp2'] = 0.14;
    const cost = await runCli(['cost', '--live', '--volume-size', '50', '--output', 'json'], aws.env);
    const money = JSON.stringify(JSON.parse(cost.stdout));
    expect(money).not.toMatch(/\d\.\d{7,}/);
    expect((await runCli(['stop', NB, '--wait'], aws.env)).code).toBe(0);
    const stopped = JSON.parse((await runCli(['list', '--output', 'json'], aws.env)).stdout);
    // 20 GB x 0.14 is 2.8000000000000003 in floating point: the model carries cents.
    expect(stopped.stillBilled.totalMonthlyUsd).toBe(2.8);
    expect(stopped.stillBilled.items[0].monthlyUsd).toBe(2.8);
  });
});
