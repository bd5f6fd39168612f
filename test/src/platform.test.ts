import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UserAbort } from '../../src/errors.js';
import { deploy, type DeployInput } from '../../src/operations/deploy/deploy.js';
import { listNotebooks } from '../../src/operations/list/list.js';
import { setNotebookPower } from '../../src/operations/notebook-power.js';
import { openNotebook } from '../../src/operations/open.js';
import { status } from '../../src/operations/status.js';
import { upgradeNotebook } from '../../src/operations/platform/upgrade.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { platformToKeep, recordedPlatform, withPlatform } from '../../src/plan/recorded-platform.js';
import { fakeContext } from '../_helpers/operation-context.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const NEW = read('../../simple-stack.yaml');
const OLD = read('../_fixtures/simple-stack-al2.yaml');
const NB = 'my-first-sagemaker-notebook';
const REPLACING = 'Requested update requires the creation of a new physical resource; hence creating one.';

const input = (templateBody: string): DeployInput => {
  const templateParameters = Object.keys(parse(templateBody).Parameters);
  return {
    options: resolveDeployOptions({}, templateParameters),
    templateBody,
    templateParameters,
    noWait: false,
    allowReplacement: false,
  };
};

/** A stack made by the previous version: its notebook runs AL2 (notebook-al2-v3, a literal in its template). */
async function oldStack(answers: boolean[] = [], oldTemplate = OLD) {
  const made = fakeContext(answers);
  made.aws.al2Creatable = true; // made before 2026-07-01
  await deploy(made.ctx, input(oldTemplate));
  made.aws.al2Creatable = false;
  const notebook = made.aws.notebooks.get(NB)!;
  const before = { volume: notebook.volume, calls: { ...made.aws.calls } };
  return { ...made, before };
}

describe('the platform CloudFormation has on record', () => {
  it.each([
    [OLD, {}, 'notebook-al2-v3'],
    [NEW, {}, 'notebook-al2023-v1'],
    [
      'Resources: {N: {Type: AWS::SageMaker::NotebookInstance, Properties: {PlatformIdentifier: {Ref: P}}}}',
      { P: 'x' },
      'x',
    ],
    ['Resources: {Root: {Type: AWS::CloudFormation::Stack}}', {}, undefined],
    ['{not yaml', {}, undefined],
  ])('%#: recordedPlatform', (body, parameters, expected) => expect(recordedPlatform(body, parameters)).toBe(expected));

  it.each([
    ['notebook-al2-v3', 'notebook-al2-v3'],
    ['notebook-al2023-v1', undefined],
    ['notebook-al2-v2', undefined], // the template would not accept it: the change set shows the replacement instead
    [undefined, undefined],
  ])('keeps %s as %s', (recorded, kept) => expect(platformToKeep(recorded)).toBe(kept));

  it('withPlatform changes the notebook’s PlatformIdentifier and nothing else', () => {
    const kept = parse(withPlatform(NEW, 'notebook-al2-v3')) as { Resources: Record<string, { Properties: object }> };
    const fresh = parse(NEW) as { Resources: Record<string, { Properties: object }> };
    expect(kept.Resources.NotebookInstance!.Properties).toEqual({
      ...fresh.Resources.NotebookInstance!.Properties,
      PlatformIdentifier: 'notebook-al2-v3',
    });
    expect({ ...kept.Resources, NotebookInstance: undefined }).toEqual({
      ...fresh.Resources,
      NotebookInstance: undefined,
    });
  });
});

describe('a stack made before AL2023, deployed again', () => {
  it('ends on AL2023 with the same notebook: switched in place, never replaced, running again', async () => {
    const { ctx, aws, host, before } = await oldStack();
    expect(aws.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2-v3', status: 'InService' });
    const r = await deploy(ctx, input(NEW));
    expect(r.outcome).toBe('updated');
    const notebook = aws.notebooks.get(NB)!;
    expect(notebook).toMatchObject({ platform: 'notebook-al2023-v1', status: 'InService', volume: before.volume });
    expect(aws.calls.UpdateNotebookInstance).toBe(1);
    expect(host.questions.map((q) => q.questionKey)).toEqual(['confirm.switchPlatform']);
    expect(host.messages()).not.toContain('deploy.changeReplace');
    expect(host.messages()).toEqual(expect.arrayContaining(['platform.switched', 'deploy.restarting']));
    const stack = [...aws.stacks.values()][0]!;
    expect(stack.events.some((e) => e.reason === REPLACING)).toBe(false);
    // CloudFormation keeps its recorded value (sent in the template, never in the committed files), so later
    // updates do not replace the notebook either.
    expect(recordedPlatform(stack.templateBody, stack.parameters)).toBe('notebook-al2-v3');
    expect(NEW).not.toContain('notebook-al2-v3');
    expect((await deploy(ctx, input(NEW))).outcome).toBe('no-changes');
  });

  it('declining the switch leaves the stack and the notebook untouched', async () => {
    const { ctx, aws, before } = await oldStack([false]);
    await expect(deploy(ctx, input(NEW))).rejects.toMatchObject({ key: 'error.switchPlatformDeclined' });
    expect(aws.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2-v3', status: 'InService' });
    expect(aws.calls.ExecuteChangeSet).toBe(before.calls.ExecuteChangeSet);
    expect(aws.calls.StopNotebookInstance).toBeUndefined();
    expect(aws.calls.DeleteChangeSet).toBe(1);
  });

  it('a change set that would still replace the notebook is refused unless its name is typed', async () => {
    // A platform the new template cannot keep: CloudFormation would replace the notebook.
    const { ctx, aws, host } = await oldStack(
      [false],
      OLD.replace('PlatformIdentifier: notebook-al2-v3', 'PlatformIdentifier: notebook-al2-v2'),
    );
    await expect(deploy(ctx, input(NEW))).rejects.toBeInstanceOf(UserAbort);
    expect(host.messages()).toContain('deploy.replacementWarning');
    expect(host.questions[0]).toMatchObject({ questionKey: 'confirm.replacement', typeToConfirm: NB });
    expect(aws.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2-v2', status: 'InService' });
    expect(aws.calls.UpdateNotebookInstance).toBeUndefined();
    expect(aws.calls.StopNotebookInstance).toBeUndefined();
  });

  it('--no-wait says to start the notebook later instead of racing the stack update', async () => {
    const { ctx, aws, host } = await oldStack();
    await deploy(ctx, { ...input(NEW), noWait: true });
    expect(aws.notebooks.get(NB)!.platform).toBe('notebook-al2023-v1');
    expect(host.messages()).toContain('deploy.startLater');
  });
});

describe('today: AL2 cannot be created', () => {
  it('a deploy of the previous template fails at the notebook, as it does on AWS now', async () => {
    const { ctx } = fakeContext();
    const r = await deploy(ctx, input(OLD));
    expect(r).toMatchObject({ outcome: 'failed', failure: { logicalId: 'NotebookInstance' } });
    expect(r.failure?.reason).toMatch(/notebook-al2-v3/);
  });
});

describe('start, open and upgrade on an AL2 notebook', () => {
  async function stoppedAl2(answers: boolean[] = []) {
    const made = await oldStack(answers);
    await setNotebookPower(made.ctx, NB, 'stop', true);
    return made;
  }

  it('SageMaker refuses to start an AL2 notebook, and updates a platform only while stopped (the fake follows AWS)', async () => {
    const { aws } = await oldStack();
    await expect(aws.notebookApi.updatePlatform(NB, 'notebook-al2023-v1')).rejects.toThrow(/InService/);
    await aws.notebookApi.stop(NB);
    await aws.notebookApi.describe(NB);
    await expect(aws.notebookApi.start(NB)).rejects.toThrow(/can no longer be started/);
  });

  it('start offers the in-place switch, then starts it with its files', async () => {
    const { ctx, aws, host, before } = await stoppedAl2();
    const r = await setNotebookPower(ctx, NB, 'start', true);
    expect(r).toMatchObject({ changed: true, status: 'InService' });
    expect(aws.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2023-v1', volume: before.volume });
    expect(host.questions.map((q) => q.questionKey)).toEqual(['confirm.switchPlatform']);
  });

  it('start, declined, changes nothing', async () => {
    const { ctx, aws } = await stoppedAl2([false]);
    await expect(setNotebookPower(ctx, NB, 'start', true)).rejects.toBeInstanceOf(UserAbort);
    expect(aws.notebooks.get(NB)).toMatchObject({ platform: 'notebook-al2-v3', status: 'Stopped' });
    expect(aws.calls.UpdateNotebookInstance).toBeUndefined();
  });

  it('open switches, starts and signs in', async () => {
    const { ctx, aws } = await stoppedAl2();
    const r = await openNotebook(ctx, NB, false);
    expect(r.started).toBe(true);
    expect(r.url).toContain('view=lab');
    expect(aws.notebooks.get(NB)!.platform).toBe('notebook-al2023-v1');
  });

  it('upgrade switches a running notebook and starts it again; on AL2023 it does nothing', async () => {
    const { ctx, aws, before } = await oldStack();
    const r = await upgradeNotebook(ctx, NB);
    expect(r).toMatchObject({
      changed: true,
      from: 'notebook-al2-v3',
      platform: 'notebook-al2023-v1',
      status: 'InService',
    });
    expect(aws.notebooks.get(NB)!.volume).toBe(before.volume);
    const calls = { ...aws.calls };
    expect(await upgradeNotebook(ctx, NB)).toMatchObject({ changed: false, platform: 'notebook-al2023-v1' });
    expect(aws.calls.UpdateNotebookInstance).toBe(calls.UpdateNotebookInstance);
  });

  it('status and list say plainly which notebooks are on AL2', async () => {
    const { ctx } = await oldStack();
    expect(await status(ctx, NB)).toMatchObject({ platform: 'notebook-al2-v3', retiredPlatform: true });
    expect((await listNotebooks(ctx))[0]).toMatchObject({ name: NB, retiredPlatform: true });
  });
});
