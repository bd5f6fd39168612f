import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deleteStacks } from '../../src/operations/delete.js';
import { watchStack } from '../../src/monitor/watch-stack.js';
import { mapBounded } from '../../src/operations/map-bounded.js';
import { deploy, type DeployInput } from '../../src/operations/deploy/deploy.js';
import { listNotebooks } from '../../src/operations/list/list.js';
import { nextPowerStep, setNotebookPower } from '../../src/operations/notebook-power.js';
import { openNotebook } from '../../src/operations/open.js';
import { status } from '../../src/operations/status.js';
import { resolveDeployOptions, type DeployRequest } from '../../src/plan/deploy-options.js';
import { UserAbort, PreconditionError } from '../../src/errors.js';
import { fakeContext } from '../_helpers/operation-context.js';
import type { ChangeSetRequest } from '../../src/aws/stack-api.js';
import type { OperationContext } from '../../src/context/operation-context.js';

/**
 * What an operation sends to CloudFormation, recorded on the way to the fake: tests judge our requests, not the
 * state the fake makes of them.
 */
function recordRequests(ctx: OperationContext) {
  const changeSets: ChangeSetRequest[] = [];
  const deletes: string[] = [];
  const stacks = {
    ...ctx.stacks,
    createChangeSet: (r: ChangeSetRequest) => (changeSets.push(r), ctx.stacks.createChangeSet(r)),
    deleteStack: (id: string) => (deletes.push(id), ctx.stacks.deleteStack(id)),
  };
  return { ctx: { ...ctx, stacks }, changeSets, deletes };
}

const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const templateParameters = Object.keys(parse(templateBody).Parameters);
const input = (request: DeployRequest = {}, extra: Partial<DeployInput> = {}): DeployInput => ({
  options: resolveDeployOptions(request, templateParameters),
  templateBody,
  templateParameters,
  noWait: false,
  allowReplacement: false,
  ...extra,
});

describe('deploy', () => {
  it('creates the guide’s stack, shows every resource event and returns the outputs', async () => {
    const made = fakeContext();
    const { host } = made;
    const { ctx, changeSets } = recordRequests(made.ctx);
    const r = await deploy(ctx, input());
    expect(r).toMatchObject({ outcome: 'created', status: 'CREATE_COMPLETE', stackName: 'my-sagemaker-notebook' });
    // The guide's stack: the committed template as it is, no parameter forced, tagged so smnb finds it again.
    expect(changeSets).toEqual([
      expect.objectContaining({
        stackName: 'my-sagemaker-notebook',
        type: 'CREATE',
        templateBody,
        // The account has the boundary (the fake's default), so deploy passes it without a flag.
        parameters: [{ key: 'PermissionsBoundaryPolicyName', value: 'smnb-permissions-boundary' }],
      }),
    ]);
    expect(changeSets[0]!.tags).toEqual({ 'smnb:managed': 'true', 'smnb:notebook': 'my-first-sagemaker-notebook' });
    expect(r.outputs.JupyterLabURL).toBe(
      'https://my-first-sagemaker-notebook.notebook.ap-northeast-1.sagemaker.aws/lab',
    );
    expect(host.resourceLines()).toContain('NotebookInstance CREATE_COMPLETE');
    expect(host.resourceLines().at(-1)).toBe('my-sagemaker-notebook CREATE_COMPLETE');
    expect(host.messages()).toContain('deploy.changes');
  });

  it('tells the host, phase by phase, what Ctrl-C would leave behind', async () => {
    const { ctx, host } = fakeContext();
    await deploy(ctx, input());
    const hints = host.events.flatMap((e) => (e.type === 'resume' ? [e.key] : []));
    expect(hints).toEqual(['interrupt.preparingCreate', 'interrupt.creating']);
  });

  it.each([
    ['5 minutes ahead', 5 * 60_000],
    ['5 minutes behind', -5 * 60_000],
  ])('shows every event of create, update and delete when AWS’s clock is %s of this machine’s', async (_, skew) => {
    const { ctx, host, aws } = fakeContext([true]);
    aws.skewMs = skew;
    await deploy(ctx, input());
    expect(host.resourceLines()).toContain('NotebookInstance CREATE_COMPLETE');
    expect(host.resourceLines().at(-1)).toBe('my-sagemaker-notebook CREATE_COMPLETE');
    host.events.length = 0;
    await deploy(ctx, input({ settings: { VolumeSizeInGB: '30' } }));
    expect(host.resourceLines()).toEqual(
      expect.arrayContaining(['NotebookInstance UPDATE_COMPLETE', 'my-sagemaker-notebook UPDATE_COMPLETE']),
    );
    expect(host.resourceLines()).not.toContain('NotebookInstance CREATE_COMPLETE'); // only this operation's events
    host.events.length = 0;
    // The notebook has no backup to wait for: this test is about the events.
    await deleteStacks(ctx, { names: ['my-sagemaker-notebook'], yes: true, concurrency: 1, noBackup: true });
    expect(host.resourceLines()).toEqual(
      expect.arrayContaining(['NotebookInstance DELETE_COMPLETE', 'my-sagemaker-notebook DELETE_COMPLETE']),
    );
  });

  it('emits a heartbeat naming what it still waits for', async () => {
    const { ctx, host } = fakeContext();
    await deploy(ctx, input());
    const beat = host.events.find((e) => e.type === 'heartbeat');
    expect(beat).toMatchObject({ type: 'heartbeat', elapsedSeconds: expect.any(Number) });
    // It names a resource still in progress, with that type's typical duration.
    const waiting = beat?.type === 'heartbeat' ? beat.waitingFor : [];
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((w) => w.logicalId && w.typicalSeconds > 0)).toBe(true);
  });

  it('treats an unchanged re-deploy as success with no changes', async () => {
    const { ctx, host } = fakeContext();
    await deploy(ctx, input());
    const r = await deploy(ctx, input());
    expect(r.outcome).toBe('no-changes');
    expect(host.messages()).toContain('deploy.noChanges');
  });

  it('updates in place with UsePreviousValue for parameters not given', async () => {
    const { ctx, changeSets } = recordRequests(fakeContext().ctx);
    await deploy(ctx, input({ settings: { VolumeSizeInGB: '30' } }));
    const r = await deploy(ctx, input({ settings: { InstanceType: 'ml.t3.large' } }));
    expect(r.outcome).toBe('updated');
    expect(r.changes).toEqual([
      expect.objectContaining({ logicalId: 'NotebookInstance', action: 'Modify', replacement: 'False' }),
    ]);
    const update = changeSets.at(-1)!;
    expect(update.type).toBe('UPDATE');
    // Every parameter of the template is named: the one given with its value, the rest kept as they are in AWS.
    const sent = Object.fromEntries(update.parameters.map((p) => [p.key, p.usePrevious ? 'previous' : p.value]));
    expect(sent).toEqual({
      ...Object.fromEntries(templateParameters.map((k) => [k, 'previous'])),
      InstanceType: 'ml.t3.large',
      // The boundary the account has is passed on every deploy, never left to an earlier value.
      PermissionsBoundaryPolicyName: 'smnb-permissions-boundary',
    });
  });

  it('stops before replacing the notebook unless the name is typed, and leaves the stack untouched', async () => {
    const { ctx, host, aws } = fakeContext([false]);
    await deploy(ctx, input({ stackName: 'lab' }));
    await expect(
      deploy(ctx, input({ stackName: 'lab', settings: { NotebookInstanceName: 'renamed-notebook' } })),
    ).rejects.toBeInstanceOf(UserAbort);
    // The files at risk are on the notebook the stack has now: that is the name warned about and typed.
    expect(host.messages()).toContain('deploy.replacementRenames');
    expect(host.messages()).toContain('deploy.changeReplace');
    expect(host.questions.at(-1)).toMatchObject({ typeToConfirm: 'my-first-sagemaker-notebook', defaultAnswer: false });
    expect(aws.calls.ExecuteChangeSet).toBe(1);
  });

  it('reports the failing resource, its reason and the known cause after a rollback', async () => {
    const { ctx, aws } = fakeContext();
    aws.failOn = {
      logicalId: 'NotebookInstance',
      reason:
        "ResourceLimitExceeded: The account-level service limit 'ml.t3.medium for notebook instance usage' is 0 Instances",
    };
    const r = await deploy(ctx, input());
    expect(r.outcome).toBe('failed');
    expect(r.status).toBe('ROLLBACK_COMPLETE');
    expect(r.failure).toMatchObject({ logicalId: 'NotebookInstance', causeKey: 'cause.quota' });
  });

  it('shows why a stack is in ROLLBACK_COMPLETE, deletes it with consent and creates it again', async () => {
    const { ctx, host, aws } = fakeContext();
    aws.failOn = { logicalId: 'Vpc', reason: 'The maximum number of VPCs has been reached.' };
    await deploy(ctx, input());
    aws.failOn = undefined;
    const r = await deploy(ctx, input());
    expect(host.messages()).toContain('deploy.rollbackComplete');
    expect(host.questions.some((q) => q.questionKey === 'confirm.recreate')).toBe(true);
    expect(r.outcome).toBe('created');
  });

  it('creates over a stack left in REVIEW_IN_PROGRESS by a run that stopped before executing', async () => {
    const { ctx, aws } = fakeContext();
    await aws.leaveInReview('my-sagemaker-notebook', templateBody);
    const recorded = recordRequests(ctx);
    expect((await deploy(recorded.ctx, input())).outcome).toBe('created');
    // A stack in review has no resources yet: CloudFormation wants a CREATE change set for it, not an UPDATE.
    expect(recorded.changeSets.map((c) => c.type)).toEqual(['CREATE']);
  });

  it('deletes a stack left in REVIEW_IN_PROGRESS, with the same confirmation, and watching it settles at once', async () => {
    const { ctx, aws, host } = fakeContext([true]);
    await aws.leaveInReview('my-sagemaker-notebook', templateBody);
    const stack = (await aws.stackApi.describeStack('my-sagemaker-notebook'))!;
    const watched = await watchStack(ctx, stack.id, { afterEventId: undefined });
    expect(watched.stack?.status).toBe('REVIEW_IN_PROGRESS');
    const r = await deleteStacks(ctx, { names: ['my-sagemaker-notebook'], yes: false, concurrency: 1 });
    expect(host.questions[0]).toMatchObject({ questionKey: 'confirm.delete' });
    expect(r.deleted[0]).toMatchObject({ stackName: 'my-sagemaker-notebook', status: 'DELETE_COMPLETE' });
  });

  it('treats "No updates are to be performed." thrown by CreateChangeSet or ExecuteChangeSet as no changes', async () => {
    const { ctx } = fakeContext();
    await deploy(ctx, input());
    const refusing = (call: 'createChangeSet' | 'executeChangeSet') => ({
      ...ctx,
      stacks: {
        ...ctx.stacks,
        [call]: async () =>
          Promise.reject(Object.assign(new Error('No updates are to be performed.'), { name: 'ValidationError' })),
      },
    });
    const changed = input({ settings: { VolumeSizeInGB: '30' } });
    expect((await deploy(refusing('createChangeSet'), changed)).outcome).toBe('no-changes');
    expect((await deploy(refusing('executeChangeSet'), changed)).outcome).toBe('no-changes');
  });

  it('delete tries every stack: a busy one is skipped, a refused one reported as it is, the others deleted', async () => {
    const { ctx } = fakeContext();
    for (const name of ['a-notebook', 'b-notebook', 'c-notebook'])
      await deploy(ctx, input({ settings: { NotebookInstanceName: name } }));
    await deploy(
      ctx,
      input({ settings: { NotebookInstanceName: 'b-notebook', VolumeSizeInGB: '40' } }, { noWait: true }),
    );
    const recorded = recordRequests(ctx);
    const failing = {
      ...recorded.ctx,
      stacks: {
        ...recorded.ctx.stacks,
        deleteStack: async (id: string) =>
          id.includes('sagemaker-notebook-a')
            ? Promise.reject(Object.assign(new Error('Stack is protected'), { name: 'ValidationError' }))
            : recorded.ctx.stacks.deleteStack(id),
      },
    };
    const r = await deleteStacks(failing, {
      names: [],
      match: 'sagemaker-notebook-*',
      yes: true,
      concurrency: 2,
      noBackup: true,
    });
    // CloudFormation refused DeleteStack itself: nothing was attempted, so the stack is reported as it still is.
    expect(r.deleted.map((d) => [d.stackName, d.status, d.refused ?? false])).toEqual([
      ['sagemaker-notebook-a', 'CREATE_COMPLETE', true],
      ['sagemaker-notebook-c', 'DELETE_COMPLETE', false],
    ]);
    expect(r.deleted[0]!.failure?.reason).toContain('Stack is protected');
    expect(r.skipped).toEqual([{ stackName: 'sagemaker-notebook-b', status: 'UPDATE_IN_PROGRESS' }]);
    expect(r.failed).toBe(0);
    expect(r.refused).toBe(1);
    expect(recorded.deletes.map((id) => id.split('/')[1]).sort()).toEqual(['sagemaker-notebook-c']); // b never asked
  });

  it('refuses a stack that is busy', async () => {
    const { ctx } = fakeContext();
    await deploy(ctx, input({}, { noWait: true }));
    await expect(deploy(ctx, input())).rejects.toMatchObject({ key: 'error.stackBusy' });
  });

  it('its watch loop rides out a burst of throttling by itself', async () => {
    const { ctx, aws } = fakeContext();
    await deploy(ctx, input({}, { noWait: true }));
    const { watchStack } = await import('../../src/monitor/watch-stack.js');
    // The raw fake, without the SDK-like retry: only the loop's own backoff stands between throttling and failure.
    const raw = { ...ctx, stacks: aws.stackApi };
    aws.throttle(3);
    const id = [...aws.stacks.values()][0]!.id;
    const w = await watchStack(raw, id, { since: new Date(0) });
    expect(w.stack?.status).toBe('CREATE_COMPLETE');
    expect(aws.calls.DescribeStackEvents).toBeGreaterThan(3);
  });
});

describe('notebook operations', () => {
  it('status, stop and start resolve a notebook name or its stack', async () => {
    const { ctx } = fakeContext();
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    expect(await status(ctx, 'sagemaker-notebook-dev')).toMatchObject({
      notebookName: 'dev-notebook',
      notebookStatus: 'InService',
      idleTimeoutMinutes: 60,
      instanceType: 'ml.t3.medium',
    });
    expect(await setNotebookPower(ctx, 'dev-notebook', 'stop', true)).toMatchObject({
      status: 'Stopped',
      changed: true,
    });
    expect(await setNotebookPower(ctx, 'dev-notebook', 'stop', false)).toMatchObject({ changed: false });
    const opened = await openNotebook(ctx, 'dev-notebook', false);
    expect(opened.started).toBe(true);
    expect(opened.url).toMatch(/authToken=fake-token&view=lab$/);
  });

  it('status says what a failed notebook’s reason means when it is a known cause', async () => {
    const { ctx, aws } = fakeContext();
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    const nb = aws.notebooks.get('dev-notebook')!;
    aws.notebooks.set('dev-notebook', {
      ...nb,
      status: 'Failed',
      failureReason: 'CapacityError: Unable to provision requested ML compute capacity.',
    });
    expect(await status(ctx, 'dev-notebook')).toMatchObject({
      notebookStatus: 'Failed',
      failureCause: 'cause.capacity',
    });
  });

  it('status still answers when finding the price fails', async () => {
    const { ctx } = fakeContext();
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    const failingPrice = {
      ...ctx,
      price: async () => {
        throw new Error('price cache unreadable');
      },
    };
    expect(await status(failingPrice, 'dev-notebook')).toMatchObject({
      notebookStatus: 'InService',
      hourlyPrice: undefined,
    });
  });

  it('an unknown name is a precondition error that points at smnb list', async () => {
    const { ctx } = fakeContext();
    await expect(status(ctx, 'nope')).rejects.toBeInstanceOf(PreconditionError);
  });

  it.each([
    ['stop', 'InService', 'act'],
    ['stop', 'Pending', 'wait-then-act'],
    ['stop', 'Stopped', 'done'],
    ['start', 'Stopped', 'act'],
    ['start', 'Stopping', 'wait-then-act'],
    ['start', 'InService', 'done'],
    ['start', 'Deleting', 'refuse'],
  ] as const)('%s from %s -> %s', (action, state, step) => expect(nextPowerStep(action, state)).toBe(step));

  it('list joins smnb stacks with notebooks', async () => {
    const { ctx } = fakeContext();
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    expect(await listNotebooks(ctx)).toEqual([
      expect.objectContaining({
        name: 'dev-notebook',
        stackName: 'sagemaker-notebook-dev',
        managed: true,
        status: 'InService',
      }),
    ]);
  });
});

describe('delete', () => {
  it('needs the typed names, deletes concurrently and reports the retained bucket', async () => {
    const made = fakeContext([true]);
    const { host } = made;
    const { ctx, deletes } = recordRequests(made.ctx);
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'dev-notebook' } }));
    await deploy(ctx, input({ settings: { NotebookInstanceName: 'prod-notebook' } }));
    for (const bucket of made.aws.buckets.keys())
      made.aws.answeringNotebooks.set(bucket, { ackAfterLooks: 1, doneAfterLooks: 2, files: { 'a.ipynb': '{}' } });
    const r = await deleteStacks(ctx, { names: [], match: 'sagemaker-notebook-*', yes: false, concurrency: 2 });
    expect(host.questions.at(-1)).toMatchObject({ questionKey: 'confirm.delete', defaultAnswer: false });
    expect(r.failed).toBe(0);
    expect(r.deleted.map((d) => d.status)).toEqual(['DELETE_COMPLETE', 'DELETE_COMPLETE']);
    expect(r.deleted[0]!.retained).toEqual([expect.objectContaining({ logicalId: 'DataBucket' })]);
    expect(deletes.map((id) => id.split('/')[1]).sort()).toEqual(['sagemaker-notebook-dev', 'sagemaker-notebook-prod']);
    expect(host.messages().filter((m) => m === 'delete.whatGoes')).toHaveLength(2);
  });

  it('deletes nothing when the confirmation is declined', async () => {
    const { ctx, aws } = fakeContext([false]);
    await deploy(ctx, input());
    await expect(
      deleteStacks(ctx, { names: ['my-sagemaker-notebook'], yes: false, concurrency: 4 }),
    ).rejects.toBeInstanceOf(UserAbort);
    expect(aws.calls.DeleteStack).toBeUndefined();
  });

  it('mapBounded never runs more than the bound at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapBounded([...Array(20).keys()], 3, async (i) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return i * 2;
    });
    expect(peak).toBe(3);
    expect(out[19]).toBe(38);
  });
});

describe('watch', () => {
  it.each([
    ['5 minutes ahead', 5 * 60_000],
    ['5 minutes behind', -5 * 60_000],
  ])('announces the running operation from its start on AWS’s clock (%s)', async (_, skew) => {
    const { ctx, host, aws } = fakeContext();
    aws.skewMs = skew;
    await deploy(ctx, input({}, { noWait: true }));
    host.events.length = 0;
    const { watchOperation } = await import('../../src/operations/watch.js');
    const watched = await watchOperation(ctx, 'my-sagemaker-notebook');
    expect(watched.stack?.status).toBe('CREATE_COMPLETE');
    const [first] = host.events;
    const start = [...aws.stacks.values()][0]!.events.find(
      (e) => e.logicalId === 'my-sagemaker-notebook' && e.status === 'CREATE_IN_PROGRESS',
    )!;
    expect(first).toMatchObject({ type: 'operation', stackName: 'my-sagemaker-notebook', clock: 'aws' });
    expect(first?.type === 'operation' && first.at.getTime()).toBe(start.timestamp.getTime());
    expect(host.resourceLines()).toContain('NotebookInstance CREATE_COMPLETE');
  });

  it('refuses a stack that is not there, or one only in review', async () => {
    const { ctx, aws } = fakeContext();
    const { watchOperation } = await import('../../src/operations/watch.js');
    await expect(watchOperation(ctx, 'nope')).rejects.toMatchObject({ key: 'error.notFound' });
    await aws.leaveInReview('my-sagemaker-notebook', templateBody);
    await expect(watchOperation(ctx, 'my-sagemaker-notebook')).rejects.toMatchObject({ key: 'error.stackInReview' });
  });
});
