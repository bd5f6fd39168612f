import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deploy } from '../../src/operations/deploy/deploy.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { startStandIn, type StandIn } from '../_helpers/aws-stand-in.js';
import { FakeAws } from '../_helpers/fake-aws.js';
import { fakeContext } from '../_helpers/operation-context.js';
import { runCli, standInEnv } from '../_helpers/run-cli.js';

const OLD = readFileSync(new URL('../_fixtures/simple-stack-al2.yaml', import.meta.url), 'utf8');
const NB = 'my-first-sagemaker-notebook';

let fake: FakeAws;
let standIn: StandIn;
let env: Record<string, string>;

/** The account as the previous smnb version left it: the guide's stack, its notebook on AL2 and running. */
beforeEach(async () => {
  fake = new FakeAws();
  fake.al2Creatable = true;
  const templateParameters = Object.keys(parse(OLD).Parameters);
  await deploy(fakeContext([], fake).ctx, {
    options: resolveDeployOptions({}, templateParameters),
    templateBody: OLD,
    templateParameters,
    noWait: false,
    allowReplacement: false,
  });
  fake.al2Creatable = false;
  standIn = await startStandIn(fake);
  env = standInEnv(standIn.url);
});
afterEach(() => standIn.close());

describe('a notebook made on Amazon Linux 2, through the built CLI and the wire protocols', () => {
  it('status, list and doctor say so; deploy --yes switches it in place and never replaces it', async () => {
    const volume = fake.notebooks.get(NB)!.volume;
    const status = await runCli(['status', '--lang', 'en'], env);
    expect(status.stdout).toMatch(
      /Platform\s+notebook-al2-v3: Amazon Linux 2, .* Fix: smnb upgrade my-first-sagemaker-notebook/,
    );
    expect(status.stdout).toContain('~/SageMaker/smnb-auto-stop.log');
    const list = await runCli(['list', '--lang', 'en'], env);
    expect(list.stdout).toContain('1 notebook(s) on Amazon Linux 2 (my-first-sagemaker-notebook)');
    const doctor = await runCli(['doctor', '--output', 'json'], env);
    expect(JSON.parse(doctor.stdout).checks ?? JSON.parse(doctor.stdout)).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: 'platform', status: 'warn' })]),
    );

    const deployed = await runCli(['deploy', '--yes', '--lang', 'en'], env);
    expect(deployed.code, deployed.stderr).toBe(0);
    expect(deployed.stderr).toContain('now runs on notebook-al2023-v1');
    expect(deployed.stderr).not.toMatch(/replace/i);
    expect(fake.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2023-v1', status: 'InService', volume });
    expect(standIn.requests.map((r) => r.action)).toEqual(
      expect.arrayContaining(['GetTemplate', 'StopNotebookInstance', 'UpdateNotebookInstance', 'ExecuteChangeSet']),
    );
    const again = await runCli(['upgrade', '--lang', 'en'], env);
    expect(again.stdout).toContain('already runs on notebook-al2023-v1');
  });

  it('without a terminal and without --yes, start refuses to switch and changes nothing', async () => {
    await runCli(['stop', '--wait'], env);
    const started = await runCli(['start', '--lang', 'en'], env);
    expect(started.code).toBe(130);
    expect(started.stderr).toContain('smnb upgrade my-first-sagemaker-notebook');
    expect(fake.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2-v3', status: 'Stopped' });
    const yes = await runCli(['start', '--yes', '--wait', '--lang', 'en'], env);
    expect(yes.code, yes.stderr).toBe(0);
    expect(fake.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2023-v1', status: 'InService' });
  });
});
