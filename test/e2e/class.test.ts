import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, standInEnv } from '../_helpers/run-cli.js';
import { startStandIn, type StandIn } from '../_helpers/aws-stand-in.js';
import { FakeAws } from '../_helpers/fake-aws.js';
import { ClassWorld } from '../_helpers/class-stand-in.js';
import { CLASS_NOTEBOOK_STACK_SET } from '../../shared/class-contract.js';

const MEMBERS = [
  ['111111111111', 'aiko-sato'],
  ['222222222222', 'ben-tanaka'],
  ['333333333333', 'chika-ito'],
] as const;

const current = {} as { world: ClassWorld; standIn: StandIn; env: Record<string, string>; ou: string; roster: string };
beforeEach(async () => {
  const world = new ClassWorld(new FakeAws());
  const ou = world.org.addOu('class01');
  for (const [account] of MEMBERS) world.join(account, ou);
  const dir = mkdtempSync(join(tmpdir(), 'smnb-class-'));
  const roster = join(dir, 'class.csv');
  writeFileSync(roster, `account id,member name\n${MEMBERS.map(([a, m]) => `${a},${m}`).join('\n')}\n`);
  const standIn = await startStandIn(world.management, world.route);
  Object.assign(current, { world, standIn, env: standInEnv(standIn.url), ou, roster });
});
afterEach(() => current.standIn.close());

const notebookOf = (account: string) => [...current.world.org.member(account)!.notebooks.values()];
const bucketOf = (account: string) =>
  [...current.world.org.member(account)!.stacks.values()].find((s) => s.name.includes(CLASS_NOTEBOOK_STACK_SET))!
    .outputs.DataBucketName!;

describe('smnb class on StackSets (on the stand-in)', () => {
  it('deploys set-up and notebook to three accounts, shows them, follows a fourth, exports and deletes', async () => {
    const { world, env, ou, roster } = current;
    const deploy = await runCli(['class', 'deploy', '--ou', ou, '--roster', roster, '--lang', 'en'], env);
    expect(deploy.code, deploy.stderr).toBe(0);
    for (const [account, member] of MEMBERS) {
      expect(deploy.stdout).toMatch(new RegExp(`${account}\\s+${member}\\s+ap-northeast-1\\s+SUCCEEDED\\s+SUCCEEDED`));
      expect(notebookOf(account).map((n) => [n.name, n.status])).toEqual([[member, 'InService']]);
    }
    expect(deploy.stderr).toMatch(/smnb-class-notebook {2}222222222222 \(ben-tanaka\) {2}ap-northeast-1 {2}SUCCEEDED/);
    // The set-up went out in one operation over the OU, not one call per account.
    expect(world.requests.filter((r) => r.action === 'CreateStackInstances')).toHaveLength(1 + MEMBERS.length);

    const status = await runCli(['class', 'status', '--output', 'json'], env);
    expect(status.code, status.stderr).toBe(0);
    const rows = (JSON.parse(status.stdout) as { rows: { account: string; status: string; usdPerHour: number }[] })
      .rows;
    expect(rows.map((r) => [r.account, r.status])).toEqual(MEMBERS.map(([a]) => [a, 'InService']));
    expect(rows.every((r) => r.usdPerHour > 0)).toBe(true);
    // Every read in a member account was made as that account's reader role.
    expect(
      world.requests.some((r) => r.account === '222222222222' && r.action === 'sagemaker:DescribeNotebookInstance'),
    ).toBe(true);

    // A fourth student joins the OU: automatic deployment gives them the set-up and a notebook, no command needed.
    world.join('444444444444', ou);
    await world.stackSets.settle();
    expect(notebookOf('444444444444').map((n) => n.status)).toEqual(['InService']);
    const four = await runCli(['class', 'status', '--roster', roster, '--lang', 'en'], env);
    expect(four.code, four.stderr).toBe(0);
    expect(four.stdout).toMatch(/444444444444/);
    expect(four.stdout).toMatch(/Total: 4 notebooks, 4 running/);

    for (const [account, member] of MEMBERS)
      world.org
        .member(account)!
        .writeBackup(bucketOf(account), { [`${member}.ipynb`]: `{"by":"${member}"}` }, new Date());
    const to = mkdtempSync(join(tmpdir(), 'smnb-class-export-'));
    const exported = await runCli(['class', 'export', '--to', to, '--roster', roster, '--lang', 'en'], env);
    expect(exported.code, exported.stderr).toBe(0);
    for (const [, member] of MEMBERS)
      expect(readFileSync(join(to, member, `${member}.ipynb`), 'utf8')).toBe(`{"by":"${member}"}`);
    expect(exported.stdout).toMatch(/no backup yet/);
    // A second export leaves the files as they are.
    const again = await runCli(['class', 'export', '--to', to, '--roster', roster, '--lang', 'en'], env);
    expect(again.stdout).toMatch(/aiko-sato: 0 files written .*\(1 already there/);

    const buckets = [...MEMBERS.map(([a]) => a), '444444444444'].map(bucketOf);
    const removed = await runCli(['class', 'delete', '--yes', '--lang', 'en'], env);
    expect(removed.code, removed.stderr).toBe(0);
    for (const account of [...MEMBERS.map(([a]) => a), '444444444444']) expect(notebookOf(account)).toEqual([]);
    for (const bucket of buckets) expect(removed.stdout).toContain(bucket);
    expect(removed.stdout).toMatch(/about USD < 0.01 a month/);
  });

  it('a member whose notebook fails does not stop the others; the summary names it and exits 1', async () => {
    const { world, env, ou, roster } = current;
    world.org.member('222222222222')!.failOn = {
      logicalId: 'NotebookInstance',
      reason: "The account-level service limit 'ml.t3.medium for notebook instance usage' is 0 Instances",
    };
    const deploy = await runCli(['class', 'deploy', '--ou', ou, '--roster', roster, '--lang', 'en'], env);
    expect(deploy.code).toBe(1);
    expect(deploy.stdout).toMatch(/222222222222\s+ben-tanaka\s+ap-northeast-1\s+SUCCEEDED\s+FAILED/);
    expect(deploy.stdout).toMatch(/222222222222: .*service limit/);
    expect(deploy.stdout).toMatch(/1 of 3 did not get a notebook/);
    expect(notebookOf('111111111111')).toHaveLength(1);
    expect(notebookOf('333333333333')).toHaveLength(1);
  });

  it('passes the failure tolerance to StackSets: with 0, the first failed set-up cancels the accounts not yet started', async () => {
    const { world, env, ou, roster } = current;
    world.org.member('111111111111')!.failOn = { logicalId: 'ClassReaderRole', reason: 'Role quota reached' };
    const deploy = await runCli(
      [
        'class',
        'deploy',
        '--ou',
        ou,
        '--roster',
        roster,
        '--max-concurrent',
        '1',
        '--failure-tolerance',
        '0',
        '--lang',
        'en',
      ],
      env,
    );
    expect(deploy.code).toBe(1);
    expect(deploy.stdout).toMatch(/111111111111\s+aiko-sato\s+ap-northeast-1\s+FAILED\s+SKIPPED/);
    expect(deploy.stdout).toMatch(/222222222222\s+ben-tanaka\s+ap-northeast-1\s+CANCELLED\s+SKIPPED/);
    expect(notebookOf('222222222222')).toEqual([]);
  });

  it('a second deploy updates both StackSets in place and leaves every member as they were', async () => {
    const { world, env, ou, roster } = current;
    expect((await runCli(['class', 'deploy', '--ou', ou, '--roster', roster], env)).code).toBe(0);
    const volumes = MEMBERS.map(([a]) => notebookOf(a)[0]!.volume);
    const again = await runCli(['class', 'deploy', '--ou', ou, '--roster', roster, '--lang', 'en'], env);
    expect(again.code, again.stderr).toBe(0);
    for (const [account] of MEMBERS)
      expect(again.stdout).toMatch(new RegExp(`${account}\\s+\\S+\\s+ap-northeast-1\\s+EXISTS\\s+EXISTS`));
    expect(world.requests.filter((r) => r.action === 'UpdateStackSet')).toHaveLength(2);
    expect(MEMBERS.map(([a]) => notebookOf(a)[0]!.volume)).toEqual(volumes);
  });

  it("a member's own e-mail reaches their account's set-up (their budget alert), the others share one operation", async () => {
    const { world, env, ou, roster } = current;
    writeFileSync(
      roster,
      `111111111111,aiko-sato,,aiko@example.com\n222222222222,ben-tanaka\n333333333333,chika-ito\n`,
    );
    expect((await runCli(['class', 'deploy', '--ou', ou, '--roster', roster], env)).code).toBe(0);
    const setupOf = (account: string) =>
      [...world.org.member(account)!.stacks.values()].find((s) => s.name.includes('smnb-class-setup'))!.parameters;
    expect(setupOf('111111111111').ClassMemberEmail).toBe('aiko@example.com');
    expect(setupOf('222222222222').ClassMemberEmail).toBe('');
    // Two set-up calls (the shared one and aiko's), three notebook calls.
    expect(world.requests.filter((r) => r.action === 'CreateStackInstances')).toHaveLength(5);
  });

  it('names an account it cannot read and exits 4, still showing the others', async () => {
    const { world, env, ou, roster } = current;
    expect((await runCli(['class', 'deploy', '--ou', ou, '--roster', roster], env)).code).toBe(0);
    // The member's set-up instance no longer holds: its reader role is gone.
    world.stackSets.sets.get('smnb-class-setup')!.instances.get('333333333333/ap-northeast-1')!.detailed = 'FAILED';
    const status = await runCli(['class', 'status', '--lang', 'en'], env);
    expect(status.code).toBe(4);
    expect(status.stdout).toMatch(/Could not read account 333333333333 \(ap-northeast-1\): AccessDenied/);
    expect(status.stdout).toMatch(/Total: 2 notebooks/);
  });

  it('delete without a terminal and without --yes deletes nothing and exits 130 with the hint', async () => {
    const { env, ou, roster } = current;
    expect((await runCli(['class', 'deploy', '--ou', ou, '--roster', roster], env)).code).toBe(0);
    const removed = await runCli(['class', 'delete', '--lang', 'en'], env);
    expect(removed.code).toBe(130);
    expect(removed.stderr).toContain('smnb class delete --yes');
    expect(notebookOf('111111111111')).toHaveLength(1);
  });

  it.each([
    ['111111111111,aiko-sato\n12345,ben\n', /line 2: "12345" is not an AWS account ID/],
    ['111111111111,aiko-sato\n222222222222,Aiko-Sato\n', /line 2: the name "Aiko-Sato" is already on line 1/],
    ['111111111111,aiko-sato\n111111111111,ben\n', /line 2: account 111111111111 is already on line 1/],
    ['111111111111,aiko sato\n', /line 1: "aiko sato" cannot be a notebook name/],
    ['111111111111,aiko,ml.x9.huge\n', /line 1: "ml.x9.huge" is not a notebook instance type/],
  ])('refuses a bad roster before any AWS call: %j', async (text, message) => {
    const { env, ou, standIn } = current;
    const dir = mkdtempSync(join(tmpdir(), 'smnb-class-bad-'));
    writeFileSync(join(dir, 'r.csv'), text);
    const run = await runCli(['class', 'deploy', '--ou', ou, '--roster', join(dir, 'r.csv'), '--lang', 'en'], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(standIn.requests).toEqual([]);
    expect(existsSync(join(dir, 'r.csv'))).toBe(true);
  });
});
