import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS } from '../../src/checks/notebook-checks.js';
import { checkContext } from '../../src/commands/doctor.js';
import { deploy } from '../../src/operations/deploy.js';
import { runChecks } from '../../src/operations/doctor.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { fakeContext } from '../_helpers/operation-context.js';

const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const templateParameters = Object.keys(parse(templateBody).Parameters);
const options = (request = {}) => resolveDeployOptions(request, templateParameters);
const statusOf = async (ctx: ReturnType<typeof fakeContext>['ctx'], id: string, request = {}) => {
  const [result] = await runChecks(
    checkContext(ctx, options(request)),
    CHECKS.filter((c) => c.id === id),
  );
  return result!;
};

describe('doctor checks', () => {
  it('all pass on a fresh account', async () => {
    const { ctx } = fakeContext();
    const results = await runChecks(checkContext(ctx, options()), CHECKS);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['credentials', 'pass'],
      ['sagemaker-region', 'pass'],
      ['quota', 'pass'],
      ['name-conflict', 'pass'],
      ['stuck-stacks', 'pass'],
      ['long-running', 'pass'],
    ]);
  });

  it('credentials fail with the reason when STS refuses', async () => {
    const { ctx } = fakeContext();
    const broken = {
      ...ctx,
      identity: async () =>
        Promise.reject(
          Object.assign(new Error('Could not load credentials from any providers'), {
            name: 'CredentialsProviderError',
          }),
        ),
    };
    const [r] = await runChecks(
      checkContext(broken, options()),
      CHECKS.filter((c) => c.id === 'credentials'),
    );
    expect(r).toMatchObject({ status: 'fail', detailKey: 'error.noCredentials', hintKey: 'hint.configure' });
  });

  it('quota: fail when used up (with the command to ask for more), warn when unreadable', async () => {
    const { ctx, aws } = fakeContext();
    aws.quotas['ml.t3.medium'] = 1;
    await deploy(ctx, {
      options: options({ name: 'first-notebook' }),
      templateBody,
      templateParameters,
      noWait: false,
      allowReplacement: false,
    });
    expect(await statusOf(ctx, 'quota', { name: 'second-notebook' })).toMatchObject({
      status: 'fail',
      detailKey: 'check.quota.full',
      params: { quota: 1, inUse: 1, code: 'L-TEST', more: 2 },
    });
    expect(await statusOf(ctx, 'quota', { name: 'first-notebook' })).toMatchObject({ status: 'pass' });
    expect(await statusOf(ctx, 'quota', { instanceType: 'ml.g5.xlarge' })).toMatchObject({
      status: 'warn',
      detailKey: 'check.quota.unknown',
    });
  });

  it('names: fail for a notebook made elsewhere, warn for an existing stack', async () => {
    const { ctx, aws } = fakeContext();
    aws.notebooks.set('handmade', { name: 'handmade', status: 'InService', instanceType: 'ml.t3.medium' });
    expect(await statusOf(ctx, 'name-conflict', { name: 'handmade' })).toMatchObject({
      status: 'fail',
      detailKey: 'check.names.notebookTaken',
    });
    await deploy(ctx, { options: options(), templateBody, templateParameters, noWait: false, allowReplacement: false });
    expect(await statusOf(ctx, 'name-conflict')).toMatchObject({
      status: 'warn',
      detailKey: 'check.names.stackExists',
    });
  });

  it('stuck stacks and forgotten notebooks warn', async () => {
    const { ctx, aws } = fakeContext();
    aws.failOn = { logicalId: 'Vpc', reason: 'limit' };
    await deploy(ctx, { options: options(), templateBody, templateParameters, noWait: false, allowReplacement: false });
    expect(await statusOf(ctx, 'stuck-stacks')).toMatchObject({
      status: 'warn',
      params: { stacks: 'my-sagemaker-notebook (ROLLBACK_COMPLETE)' },
    });
    aws.notebooks.set('old', {
      name: 'old',
      status: 'InService',
      instanceType: 'ml.t3.medium',
      lastModifiedAt: new Date(aws.now() - 9 * 3_600_000),
    });
    expect(await statusOf(ctx, 'long-running')).toMatchObject({ status: 'warn', params: { notebooks: 'old' } });
  });
});
