import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { backupNotebook } from '../../src/operations/backup/backup.js';
import { BACKUP_WAIT } from '../../src/operations/backup/backup-wait.js';
import { DATA_BUCKET_LOGICAL_ID, deleteStacks } from '../../src/operations/delete.js';
import { deploy, type DeployInput } from '../../src/operations/deploy/deploy.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { UserAbort } from '../../src/errors.js';
import { translator } from '../../src/i18n/messages.js';
import { formatDelete } from '../../src/render/results.js';
import { countdownWorthLogging } from '../../src/io/event-log.js';
import { formatAge, formatCountdown } from '../../src/render/duration.js';
import { fakeContext } from '../_helpers/operation-context.js';

const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const templateParameters = Object.keys(parse(templateBody).Parameters);
const input = (name: string): DeployInput => ({
  options: resolveDeployOptions({ settings: { NotebookInstanceName: name } }, templateParameters),
  templateBody,
  templateParameters,
  noWait: false,
  allowReplacement: false,
});
const bucketOf = (name: string) => `smnb-data-sagemaker-notebook-${name.replace(/-notebook$/, '')}-x1y2`;
const t = translator('en');

/** Three running notebooks, deployed on the in-memory AWS. */
async function threeNotebooks(answers: boolean[] = []) {
  const made = fakeContext(answers);
  for (const name of ['a-notebook', 'b-notebook', 'c-notebook']) await deploy(made.ctx, input(name));
  return made;
}

const countdowns = (events: readonly { type: string }[]) => events.filter((e) => e.type === 'countdown').length;

describe('delete decides, then acts', () => {
  it('asks all running notebooks at once and waits once: three answering after 4 looks take 4 looks, not 12', async () => {
    const { ctx, aws, host } = await threeNotebooks();
    for (const name of ['a-notebook', 'b-notebook', 'c-notebook'])
      aws.answeringNotebooks.set(bucketOf(name), { ackAfterLooks: 1, doneAfterLooks: 4, files: { 'x.ipynb': '1' } });
    const r = await deleteStacks(ctx, { names: [], match: 'sagemaker-notebook-*', yes: true, concurrency: 4 });
    expect(r.held).toEqual([]);
    expect(r.deleted.map((d) => d.status)).toEqual(Array(3).fill('DELETE_COMPLETE'));
    expect(aws.calls.PutObject).toBe(3);
    // One wait: a countdown after each of the first three looks (the fourth finds every backup written).
    expect(countdowns(host.events)).toBe(3);
    expect(host.messages().filter((m) => m === 'delete.freshBackup')).toHaveLength(3);
  });

  it('a notebook that never acknowledges keeps its own stack; the others go; the line names the age and --no-backup', async () => {
    const { ctx, aws, host } = await threeNotebooks();
    aws.writeBackup(bucketOf('b-notebook'), { 'old.ipynb': '0' }, new Date(aws.now() - 3 * 3600_000));
    aws.answeringNotebooks.set(bucketOf('a-notebook'), { ackAfterLooks: 1, doneAfterLooks: 2, files: {} });
    aws.answeringNotebooks.set(bucketOf('c-notebook'), { ackAfterLooks: 1, doneAfterLooks: 2, files: {} });
    const r = await deleteStacks(ctx, { names: [], match: 'sagemaker-notebook-*', yes: true, concurrency: 4 });
    expect(r.deleted.map((d) => d.stackName).sort()).toEqual(['sagemaker-notebook-a', 'sagemaker-notebook-c']);
    expect(r.held).toMatchObject([{ stackName: 'sagemaker-notebook-b', reason: 'noAck', waitedMinutes: 2.5 }]);
    expect([...aws.stacks.values()].find((s) => s.name === 'sagemaker-notebook-b')?.status).toBe('CREATE_COMPLETE');
    // The wait for the acknowledgement ends at its own limit: one look every lookMs until ackMs.
    expect(countdowns(host.events)).toBe(BACKUP_WAIT.ackMs / BACKUP_WAIT.lookMs);
    const text = formatDelete(r, t);
    expect(text).toContain(
      'sagemaker-notebook-b: NOT deleted: notebook b-notebook did not acknowledge the backup request within 2.5 minutes.',
    );
    expect(text).toMatch(/Its last backup is from .* \(3 h ago\)/);
    expect(text).toContain('smnb delete sagemaker-notebook-b --no-backup');
    expect(text).toContain('1 kept because no fresh backup of their notebook came.');
  });

  it('a notebook that acknowledges but does not finish is kept at the longer limit', async () => {
    const { ctx, aws } = await threeNotebooks();
    for (const name of ['a-notebook', 'b-notebook', 'c-notebook'])
      aws.answeringNotebooks.set(bucketOf(name), { ackAfterLooks: 2, doneAfterLooks: 1000, files: {} });
    const r = await deleteStacks(ctx, { names: ['a-notebook'], yes: true, concurrency: 4 });
    expect(r.held).toMatchObject([{ stackName: 'sagemaker-notebook-a', reason: 'timeout', waitedMinutes: 12 }]);
    expect(r.held[0]!.lastBackupAt).toBeUndefined();
    expect(formatDelete(r, t)).toContain('It has no backup at all');
  });

  it('a refusal sends nothing but reads: no backup request, no delete', async () => {
    const { ctx, aws, host } = await threeNotebooks([false]);
    const before = aws.calls.DeleteStack ?? 0;
    await expect(
      deleteStacks(ctx, { names: [], match: 'sagemaker-notebook-*', yes: false, concurrency: 4 }),
    ).rejects.toThrow(UserAbort);
    expect(aws.calls.PutObject).toBeUndefined();
    expect(aws.calls.DeleteStack ?? 0).toBe(before);
    expect(host.questions).toHaveLength(1);
    // What the user is told before the question: what goes, and that a fresh backup will be asked for first.
    expect(host.messages().filter((m) => m === 'delete.freshBackupFirst')).toHaveLength(3);
  });

  it('--no-backup asks nothing of the notebooks', async () => {
    const { ctx, aws } = await threeNotebooks();
    const r = await deleteStacks(ctx, { names: ['a-notebook'], yes: true, concurrency: 1, noBackup: true });
    expect(r.deleted).toHaveLength(1);
    expect(aws.calls.PutObject).toBeUndefined();
  });

  it('names the data bucket from the stack’s resources when its outputs lack it', async () => {
    const { ctx, aws, host } = await threeNotebooks();
    const stack = [...aws.stacks.values()].find((s) => s.name === 'sagemaker-notebook-a')!;
    delete stack.outputs.DataBucketName;
    await deleteStacks(ctx, { names: ['sagemaker-notebook-a'], yes: true, concurrency: 1, noBackup: true });
    const what = host.events.find((e) => e.type === 'message' && e.key === 'delete.whatGoes');
    expect(what).toMatchObject({ params: { bucket: bucketOf('a-notebook') } });
    expect(aws.calls.DescribeStackResources).toBe(1);
  });

  it('the data bucket’s logical ID is the one the committed templates give it', () => {
    const resources = parse(templateBody).Resources as Record<string, { Type: string }>;
    expect(resources[DATA_BUCKET_LOGICAL_ID]?.Type).toBe('AWS::S3::Bucket');
  });
});

describe('smnb backup waits the same way', () => {
  it('acknowledged, then written: the manifest of this request is returned', async () => {
    const { ctx, aws, host } = await threeNotebooks();
    aws.answeringNotebooks.set(bucketOf('a-notebook'), { ackAfterLooks: 1, doneAfterLooks: 3, files: { 'k.py': 'x' } });
    const r = await backupNotebook(ctx, 'a-notebook');
    expect(r.manifest).toMatchObject({ files: 1, bytes: 1 });
    expect(countdowns(host.events)).toBe(2);
  });

  it('never acknowledged: stops after the acknowledgement limit, saying so', async () => {
    const { ctx } = await threeNotebooks();
    await expect(backupNotebook(ctx, 'a-notebook')).rejects.toMatchObject({
      key: 'error.backupNoAck',
      params: { minutes: 2.5 },
    });
  });
});

describe('countdown and age, as printed', () => {
  it.each([
    [150, '2:30'],
    [59, '0:59'],
    [720, '12:00'],
    [0, '0:00'],
  ])('%i s left reads %s', (seconds, text) => expect(formatCountdown(seconds)).toBe(text));

  it.each([
    [90, '90 s'],
    [3 * 3600, '3 h'],
    [5 * 86_400, '5 days'],
  ])('%i s old reads %s', (seconds, text) => expect(formatAge(seconds, t)).toBe(text));

  it('the event log prints a countdown at its start, then about once a minute, and again when a longer limit starts', () => {
    let last: number | undefined;
    const printed: number[] = [];
    for (const remaining of [150, 140, 130, 90, 80, 70, 60, 30, 20, 700, 690, 640]) {
      if (countdownWorthLogging(remaining, last)) {
        printed.push(remaining);
        last = remaining;
      }
    }
    expect(printed).toEqual([150, 90, 30, 700, 640]);
  });
});
