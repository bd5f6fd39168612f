import { readFileSync } from 'node:fs';
import { checkContextFor } from '../../src/operations/doctor.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deleteStacks } from '../../src/operations/delete.js';
import { deploy, type DeployInput } from '../../src/operations/deploy/deploy.js';
import { runSetup } from '../../src/operations/setup.js';
import { UserAbort } from '../../src/errors.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { formatSetupResult } from '../../src/render/setup.js';
import { translator } from '../../src/i18n/messages.js';
import { serviceRoleArn, SETUP_STACK_NAME } from '../../shared/setup-contract.js';
import { fakeContext } from '../_helpers/operation-context.js';
import { SETUP_CHECK } from '../../src/checks/setup-check.js';
import { PERMISSION_CHECK } from '../../src/checks/permission-check.js';
import { PEOPLE_STATEMENTS } from '../../shared/setup-policies.js';
import { boundaryArn } from '../../shared/permissions-boundary.js';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const setupBody = read('setup-stack.yaml');
const notebookBody = read('simple-stack.yaml');
const templateParameters = Object.keys(parse(notebookBody).Parameters);
const notebook = (): DeployInput => ({
  options: resolveDeployOptions({ settings: { NotebookInstanceName: 'dev-notebook' } }, templateParameters),
  templateBody: notebookBody,
  templateParameters,
  noWait: false,
  allowReplacement: false,
});
const ROLE = serviceRoleArn('123456789012');
const WRITES = ['CreateChangeSet', 'ExecuteChangeSet', 'DeleteStack', 'DeleteChangeSet'];
const writes = (calls: Record<string, number>) => WRITES.reduce((n, w) => n + (calls[w] ?? 0), 0);

describe('smnb setup', () => {
  it('creates the set-up with the account-wide part, after showing what it makes and asking by name', async () => {
    const { ctx, aws, host } = fakeContext();
    const r = await runSetup(ctx, { templateBody: setupBody, yes: false });
    expect(r.outcome).toBe('created');
    expect(r.accountWide).toBe(true);
    expect(r.outputs.ServiceRoleArn).toBe(ROLE);
    expect(host.questions[0]?.typeToConfirm).toBe(SETUP_STACK_NAME);
    expect(host.messages()).toEqual(expect.arrayContaining(['setup.willCreate', 'setup.grantsPeople']));
    // The resources shown are the template's own.
    const shown = host.events.flatMap((e) =>
      e.type === 'message' && e.key === 'setup.resource' ? [e.params?.id] : [],
    );
    expect(shown).toEqual(expect.arrayContaining(['ServiceRole', 'PeoplePolicy', 'PeopleGroup', 'TemplateBucket']));
    // No smnb:managed tag: people may never change the set-up stack.
    expect(aws.stackTags(SETUP_STACK_NAME)).toEqual({});
    const text = formatSetupResult(r, translator('en'));
    expect(text).toContain('aws iam add-user-to-group --group-name smnb-people');
    expect(text).toContain('docs/people-policy.json');
  });

  it('keeps a boundary made by hand earlier instead of making it again (IAM would refuse "already exists")', async () => {
    const hand = fakeContext();
    const kept = await runSetup(hand.ctx, { templateBody: setupBody, yes: true });
    expect(hand.host.messages()).toContain('setup.existingBoundary');
    expect([...hand.aws.stacks.values()].find((s) => s.name === SETUP_STACK_NAME)?.parameters.ExistingBoundary).toBe(
      'true',
    );
    expect(kept.outcome).toBe('created');
    const fresh = fakeContext();
    delete fresh.aws.managedPolicies[boundaryArn('123456789012')];
    await runSetup(fresh.ctx, { templateBody: setupBody, yes: true });
    expect(fresh.host.messages()).not.toContain('setup.existingBoundary');
    expect([...fresh.aws.stacks.values()].find((s) => s.name === SETUP_STACK_NAME)?.parameters.ExistingBoundary).toBe(
      'false',
    );
    // A hand-made boundary that is not the shipped one is refused, naming the fix; nothing is written.
    const loose = fakeContext();
    loose.aws.managedPolicies[boundaryArn('123456789012')] = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
    };
    await expect(runSetup(loose.ctx, { templateBody: setupBody, yes: true })).rejects.toMatchObject({
      key: 'error.setupBoundaryDiffers',
    });
    expect(loose.aws.calls.CreateChangeSet ?? 0).toBe(0);
    // A set-up keeps what it was given: no second look-up of the boundary.
    const before = fresh.aws.calls.GetPolicy ?? 0;
    await runSetup(fakeContext([], fresh.aws).ctx, { templateBody: setupBody, yes: true });
    expect(fresh.aws.calls.GetPolicy ?? 0).toBe(before);
  });

  it('a second run with nothing to change sends no write and says it is up to date', async () => {
    const { ctx, aws } = fakeContext();
    await runSetup(ctx, { templateBody: setupBody, yes: true });
    const before = writes(aws.calls);
    const again = fakeContext([], aws).ctx;
    const r = await runSetup(again, { templateBody: setupBody, yes: false });
    expect(r.outcome).toBe('up-to-date');
    expect(writes(aws.calls)).toBe(before);
  });

  it('declined, nothing is sent and the answer names --yes', async () => {
    const { ctx, aws } = fakeContext([false]);
    const error = await runSetup(ctx, { templateBody: setupBody, yes: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserAbort);
    expect((error as UserAbort).hintKey).toBe('hint.setupYes');
    expect(writes(aws.calls)).toBe(0);
  });

  it('in a further region (the role exists already) sets up only the template bucket', async () => {
    const { ctx, aws, host } = fakeContext();
    aws.roles['smnb-cloudformation'] = ROLE;
    const r = await runSetup(ctx, { templateBody: setupBody, yes: true });
    expect(r.accountWide).toBe(false);
    expect(r.outputs.ServiceRoleArn).toBeUndefined();
    expect(r.outputs.TemplateBucketName).toBe('123456789012-ap-northeast-1-cfn-templates');
    expect(host.messages()).toContain('setup.accountWideElsewhere');
  });
});

describe('deploy and delete use the set-up’s service role by themselves', () => {
  it('without a set-up, no role: the caller’s own rights, as before', async () => {
    const { ctx, aws } = fakeContext();
    await deploy(ctx, notebook());
    expect(aws.stackRole(notebook().options.stackName)).toBeUndefined();
  });

  it('with a set-up, the stack is created and deleted with the role', async () => {
    const { ctx, aws } = fakeContext();
    await runSetup(ctx, { templateBody: setupBody, yes: true });
    const person = fakeContext([], aws);
    await deploy(person.ctx, notebook());
    expect(aws.stackRole(notebook().options.stackName)).toBe(ROLE);
    const deleting = fakeContext([], aws);
    let deletedWith: string | undefined;
    const deleteStack = deleting.ctx.stacks.deleteStack.bind(deleting.ctx.stacks);
    const ctx2 = {
      ...deleting.ctx,
      stacks: {
        ...deleting.ctx.stacks,
        deleteStack: async (name: string, role?: string) => {
          deletedWith = role;
          return deleteStack(name, role);
        },
      },
    };
    await deleteStacks(ctx2, { names: [notebook().options.stackName], yes: true, concurrency: 1, noBackup: true });
    expect(deletedWith).toBe(ROLE);
  });

  it('a stack made before the set-up gets the role on its next update', async () => {
    const { ctx, aws } = fakeContext();
    await deploy(ctx, notebook());
    await runSetup(fakeContext([], aws).ctx, { templateBody: setupBody, yes: true });
    await deploy(fakeContext([], aws).ctx, {
      ...notebook(),
      options: resolveDeployOptions(
        { settings: { NotebookInstanceName: 'dev-notebook', IdleTimeoutMinutes: '30' } },
        templateParameters,
      ),
    });
    expect(aws.stackRole(notebook().options.stackName)).toBe(ROLE);
  });

  it('an older set-up than this CLI needs is said in one line naming smnb setup', async () => {
    const { ctx, aws } = fakeContext();
    await runSetup(ctx, { templateBody: setupBody.replace('Value: "1"', 'Value: "0"'), yes: true });
    const person = fakeContext([], aws);
    await deploy(person.ctx, notebook());
    const warning = person.host.events.find((e) => e.type === 'message' && e.key === 'setup.outdated');
    expect(warning).toBeDefined();
    expect(translator('en')('setup.outdated', { version: 0, min: 1, current: 1 })).toContain('smnb setup');
  });
});

describe('smnb doctor and the set-up', () => {
  const run = (check: typeof SETUP_CHECK, ctx: ReturnType<typeof fakeContext>['ctx']) =>
    check.run(checkContextFor(ctx, []));

  it('reports a missing set-up with the smnb setup hint, then the version, then drift', async () => {
    const { ctx, aws } = fakeContext();
    expect(await run(SETUP_CHECK, ctx)).toMatchObject({ status: 'warn', detailKey: 'check.setup.missing' });
    await runSetup(ctx, { templateBody: setupBody, yes: true });
    expect(await run(SETUP_CHECK, fakeContext([], aws).ctx)).toMatchObject({ status: 'pass', params: { version: 1 } });
    const changed = setupBody.replace('smnb: the role CloudFormation acts with', 'smnb: changed by hand');
    expect(changed).not.toBe(setupBody);
    await runSetup(fakeContext([], aws).ctx, { templateBody: changed, yes: true });
    expect(await run(SETUP_CHECK, fakeContext([], aws).ctx)).toMatchObject({
      status: 'warn',
      detailKey: 'check.setup.drift',
      hintKey: 'check.setup.hint',
    });
    const old = fakeContext();
    await runSetup(old.ctx, { templateBody: setupBody.replace('Value: "1"', 'Value: "0"'), yes: true });
    expect(await run(SETUP_CHECK, fakeContext([], old.aws).ctx)).toMatchObject({ status: 'fail' });
  });

  it('simulates the people policy when a set-up exists, the own-rights policy when not', async () => {
    const { ctx, aws } = fakeContext();
    aws.callerPolicy = PEOPLE_STATEMENTS;
    expect((await run(PERMISSION_CHECK, ctx)).status).toBe('fail');
    await runSetup(fakeContext([], aws).ctx, { templateBody: setupBody, yes: true });
    expect(await run(PERMISSION_CHECK, fakeContext([], aws).ctx)).toMatchObject({ status: 'pass' });
  });
});
