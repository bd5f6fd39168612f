import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deploy } from '../../src/operations/deploy/deploy.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { fakeContext } from '../_helpers/operation-context.js';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();
const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const templateParameters = Object.keys(parse(templateBody).Parameters);
const NAMES = ['a-notebook', 'b-notebook', 'c-notebook'];
const bucketOf = (name: string) => `smnb-data-sagemaker-notebook-${name.replace(/-notebook$/, '')}-x1y2`;

/** Three running notebooks on the stand-in's AWS, made in-process (the CLI's deploy is tested elsewhere). */
async function threeRunning(): Promise<void> {
  const { ctx } = fakeContext([], aws.fake);
  for (const name of NAMES)
    await deploy(ctx, {
      options: resolveDeployOptions({ settings: { NotebookInstanceName: name } }, templateParameters),
      templateBody,
      templateParameters,
      noWait: false,
      allowReplacement: false,
    });
}

const isRequestPut = (r: { action: string; key?: string }) =>
  r.action === 'PUT object' && r.key === 'smnb-backup/request.json';

describe('smnb delete decides, then acts (on the stand-in)', () => {
  it('three running notebooks with --yes: the three backup requests go out together, then one wait', async () => {
    await threeRunning();
    for (const name of NAMES)
      aws.fake.answeringNotebooks.set(bucketOf(name), { ackAfterLooks: 2, doneAfterLooks: 4, files: { 'x.py': '1' } });
    const r = await runCli(['delete', '--match', 'sagemaker-notebook-*', '--yes', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    const requests = aws.standIn.requests;
    const puts = requests.flatMap((q, i) => (isRequestPut(q) ? [i] : []));
    const firstWaitRead = requests.findIndex(
      (q) => q.action === 'GET object' && q.key === 'smnb-backup/request-ack.json',
    );
    expect(puts).toHaveLength(3);
    expect(firstWaitRead).toBeGreaterThan(Math.max(...puts));
    // One wait: each notebook's manifest is read at most 4 times in it, not once per notebook waited for in turn.
    const manifestReads = requests.filter((q) => q.action === 'GET object' && q.key === 'smnb-backup/manifest.json');
    expect(manifestReads.length).toBeLessThanOrEqual(3 * (1 + 4));
    expect(r.stderr).toContain('Waiting for the backup of a-notebook, b-notebook, c-notebook (0 of 3 acknowledged');
    expect(r.stderr).toContain('Fresh backup of b-notebook written');
    expect(r.stdout).toContain('3 deleted, 0 failed, 0 skipped.');
  });

  it('without --yes and without a terminal: exit 130 with the --yes hint, and no request reaches the bucket', async () => {
    await threeRunning();
    const r = await runCli(['delete', '--match', 'sagemaker-notebook-*', '--lang', 'en'], aws.env);
    expect(r.code).toBe(130);
    expect(r.stderr).toContain(
      'add --yes: smnb delete sagemaker-notebook-a sagemaker-notebook-b sagemaker-notebook-c --yes',
    );
    expect(r.stderr).toContain('Notebook a-notebook is running: once you agree, it is asked for a fresh backup first');
    expect(aws.standIn.requests.filter((q) => q.action.startsWith('PUT') || q.action === 'DeleteStack')).toEqual([]);
    expect(aws.fake.notebooks.size).toBe(3);
  });

  it('a notebook that does not answer keeps its stack (exit 3); the one that answers is deleted', async () => {
    await threeRunning();
    aws.fake.answeringNotebooks.set(bucketOf('a-notebook'), { ackAfterLooks: 1, doneAfterLooks: 2, files: {} });
    const r = await runCli(['delete', 'a-notebook', 'b-notebook', '--yes', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stdout).toContain(
      'sagemaker-notebook-b: NOT deleted: notebook b-notebook did not acknowledge the backup request within 2.5 minutes.',
    );
    expect(r.stdout).toContain(
      'To delete it anyway, without a fresh backup: smnb delete sagemaker-notebook-b --no-backup',
    );
    expect(r.stdout).toContain('sagemaker-notebook-a: DELETE_COMPLETE');
    expect([...aws.fake.notebooks.keys()].sort()).toEqual(['b-notebook', 'c-notebook']);
  });
});
