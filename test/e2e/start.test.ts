import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ROOT as root } from '../_helpers/run-cli.js';

/** Runs a command with nothing of AWS in reach: no AWS variables, and a HOME without ~/.aws. */
function runBare(file: string, args: string[], extraEnv: Record<string, string> = {}) {
  const env = cleanEnv(extraEnv);
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(file, args, { cwd: root, env }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm start with no AWS configuration at all', () => {
  it('prints the plan with the resources, timing, security and diagram', async () => {
    const r = await runBare('npm', ['start', '--silent']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('my-first-sagemaker-notebook');
    expect(r.stdout).toContain('AWS::SageMaker::NotebookInstance');
    expect(r.stdout).toContain('aws cloudformation create-stack');
    expect(r.stdout).toMatch(/┌─ AWS ap-northeast-1/);
    expect(r.stdout).toContain('smnb cost --live');
    // Offline, Tokyo has no price yet: the us-east-1 figure (0.05 x 720 h + 0.14 x 20 GB), labelled as a reference.
    expect(r.stdout).toMatch(
      /for reference, in us-east-1 \(built-in table, \d{4}-\d\d-\d\d\): left running about USD 38\.80/,
    );
  });

  it('speaks Japanese when the locale is Japanese', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'plan'], { LANG: 'ja_JP.UTF-8' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('作成されるもの');
  });
});

describe('smnb as a child process', () => {
  it('rejects a bad value with exit code 2, naming the value and what is valid', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'plan', '--volume-size', '4', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid volume size "4": use a whole number of GB from 5 to 16384.');
  });

  it('rejects an unknown command and lists the valid ones', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'deploi', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "deploi"');
  });

  it('gives JSON that parses with --output json', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'plan', '--output', 'json', '--name', 'dev-notebook']);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan).toMatchObject({ stackName: 'sagemaker-notebook-dev', notebookName: 'dev-notebook' });
  });

  it('shows help with examples and exit codes', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'plan', '--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('smnb plan --nested --format mermaid');
    expect(r.stdout).toContain('130');
  });

  it('describes --concurrency as each command uses it: notebooks deployed, stacks deleted', async () => {
    const deploy = await runBare('node', ['dist/smnb.mjs', 'deploy', '--help', '--lang', 'en']);
    const line = (text: string) => text.split('\n').find((l) => l.includes('--concurrency')) ?? '';
    expect(line(deploy.stdout)).toContain('to deploy at once');
    expect(line(deploy.stdout)).not.toContain('delete');
    const del = await runBare('node', ['dist/smnb.mjs', 'delete', '--help', '--lang', 'en']);
    expect(line(del.stdout)).toContain('stacks to delete at once');
  });
});

describe('smnb cost, offline', () => {
  it('plan shows the month in us-east-1, left running and with auto-stop', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'plan', '--region', 'us-east-1', '--lang', 'en']);
    expect(r.stdout).toContain('left running: about USD 38.80; with auto-stop: about USD 16.30');
    // And what pausing (delete, deploy later) costs: only the backup stays, in S3.
    expect(r.stdout).toContain('even a full 20 GB volume costs about USD 0.46 a month (S3 Standard');
  });

  it('says which free-tier programme its free-tier line assumes, and that the newer plans’ terms are unconfirmed', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'cost', '--region', 'us-east-1', '--lang', 'en']);
    expect(r.stdout).toContain('Older free tier (250 h a month for the first 2 months, if your account has it)');
    expect(r.stdout).toContain('That line assumes the older free tier');
    expect(r.stdout).toContain('aws freetier get-account-plan-state');
  });

  it('prices us-east-1 from the dated table with no AWS configuration', async () => {
    const r = await runBare('node', ['dist/smnb.mjs', 'cost', '--region', 'us-east-1', '--output', 'json']);
    expect(r.code).toBe(0);
    const cost = JSON.parse(r.stdout);
    expect(cost).toMatchObject({
      total: 16.3,
      price: { source: 'table', usdPerHour: 0.05 },
      alwaysOn: { total: 38.8 },
    });
  });

  it('labels reference prices when the region needs --live, and rejects unknown types and regions', async () => {
    const tokyo = await runBare('node', ['dist/smnb.mjs', 'cost', '--lang', 'en']);
    expect(tokyo.code).toBe(0);
    expect(tokyo.stdout).toContain(
      'No price for ml.t3.medium in ap-northeast-1 is known offline yet, so these figures use us-east-1 prices for reference',
    );
    expect(tokyo.stdout).toContain('--live asks the AWS Price List API for ap-northeast-1');
    const json = await runBare('node', ['dist/smnb.mjs', 'cost', '--output', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      region: 'ap-northeast-1',
      reference: true,
      price: { region: 'us-east-1', source: 'table' },
    });
    const known = await runBare('node', ['dist/smnb.mjs', 'cost', '--region', 'us-east-1', '--output', 'json']);
    expect(JSON.parse(known.stdout)).toMatchObject({ region: 'us-east-1', reference: false });
    const badType = await runBare('node', ['dist/smnb.mjs', 'cost', '--instance-type', 'ml.x', '--lang', 'en']);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain('Unknown instance type "ml.x"');
    const badRegion = await runBare('node', ['dist/smnb.mjs', 'cost', '--region', 'xx-mars-1', '--lang', 'en']);
    expect(badRegion.code).toBe(2);
    expect(badRegion.stderr).toContain('Unknown region "xx-mars-1"');
    const notARegion = await runBare('node', ['dist/smnb.mjs', 'cost', '--region', 'mars-1', '--lang', 'en']);
    expect(notARegion.code).toBe(2);
    expect(notARegion.stderr).toContain('"mars-1" is not an AWS region');
  });
});
