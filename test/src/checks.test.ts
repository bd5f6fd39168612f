import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEPLOYER_STATEMENTS, DOCTOR_ACTIONS } from '../../shared/deployer-policy.js';
import { boundaryArn, permissionsBoundary } from '../../shared/permissions-boundary.js';
import { CHECKS } from '../../src/checks/notebook-checks.js';
import type { CheckContext } from '../../src/checks/check.js';
import { deploy } from '../../src/operations/deploy/deploy.js';
import { checkContext, fleetCheckContext, runChecks } from '../../src/operations/doctor.js';
import { type DeployRequest, resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { fakeContext } from '../_helpers/operation-context.js';
import type { PermissionApi } from '../../src/aws/permission-api.js';
import type { SimulationRequest } from '../../src/checks/permission-simulation.js';

/**
 * IAM's policy simulator as AWS answers it (SimulatePrincipalPolicy, IAM API Reference): for each question, the
 * actions whose decision is not "allowed". The test says which those are, so the check is judged on what it asks and
 * how it reads the answer, not on an evaluator of ours.
 */
function simulator(denies: (action: string, request: SimulationRequest) => boolean = () => false) {
  const asked: { principal: string; request: SimulationRequest }[] = [];
  const api: PermissionApi = {
    roleArn: async (name) => `arn:aws:iam::123456789012:role/${name}`,
    policyExists: async () => true,
    // The account has the shipped boundary, as the README's set-up creates it.
    policyDocument: async () => permissionsBoundary(),
    deniedActions: async (principal, request) => {
      asked.push({ principal, request });
      return request.actions.filter((action) => denies(action, request));
    },
  };
  return { api, asked };
}

const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const templateParameters = Object.keys(parse(templateBody).Parameters);
const options = (request: DeployRequest = {}) => resolveDeployOptions(request, templateParameters);
const statusOf = async (ctx: ReturnType<typeof fakeContext>['ctx'], id: string, request: DeployRequest = {}) => {
  const [result] = await runChecks(
    checkContext(ctx, options(request)),
    CHECKS.filter((c) => c.id === id),
  );
  return result!;
};

describe('doctor checks', () => {
  it('all pass on a fresh account', async () => {
    const { ctx } = fakeContext();
    const results = await runChecks(
      checkContext({ ...ctx, permissions: async () => simulator().api }, options()),
      CHECKS,
    );
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['credentials', 'pass'],
      ['permissions', 'pass'],
      ['permissions-boundary', 'pass'],
      // A fresh account has no set-up yet: a warning with the smnb setup hint, not a failure.
      ['setup', 'warn'],
      ['sagemaker-region', 'pass'],
      ['quota', 'pass'],
      ['name-conflict', 'pass'],
      ['stuck-stacks', 'pass'],
      ['platform', 'pass'],
      ['long-running', 'pass'],
      ['other-regions', 'pass'],
      ['still-billed', 'pass'],
    ]);
  });

  it('platform: warns about every AL2 notebook, with the command that fixes it', async () => {
    const { ctx, aws } = fakeContext();
    aws.notebooks.set('old-nb', {
      name: 'old-nb',
      status: 'Stopped',
      instanceType: 'ml.t3.medium',
      platform: 'notebook-al2-v3',
    });
    aws.notebooks.set('new-nb', {
      name: 'new-nb',
      status: 'InService',
      instanceType: 'ml.t3.medium',
      platform: 'notebook-al2023-v1',
    });
    expect(await statusOf(ctx, 'platform')).toMatchObject({
      status: 'warn',
      detailKey: 'check.platform.found',
      params: { notebooks: 'old-nb (notebook-al2-v3)' },
      hintKey: 'check.platform.hint',
    });
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

  it('permissions: asks IAM about every action deploy needs, with the resources and the PassRole services', async () => {
    const { ctx } = fakeContext();
    const iam = simulator();
    const r = await statusOf({ ...ctx, permissions: async () => iam.api }, 'permissions');
    expect(r).toMatchObject({ status: 'pass', params: { principal: 'arn:aws:iam::123456789012:user/learner' } });
    expect(new Set(iam.asked.map((a) => a.principal))).toEqual(new Set(['arn:aws:iam::123456789012:user/learner']));
    // Every action the policy allows, less doctor's own (the Deny statement is a limit, not a need).
    const needed = DEPLOYER_STATEMENTS.filter((s) => s.Effect === 'Allow')
      .flatMap((s) => s.Action)
      .filter((a) => !(DOCTOR_ACTIONS as readonly string[]).includes(a));
    const asked = new Set(iam.asked.flatMap((a) => a.request.actions));
    expect(needed.filter((a) => !asked.has(a))).toEqual([]);
    expect(asked.has('iam:SimulatePrincipalPolicy')).toBe(false); // doctor's own need, not deploy's
    expect(r.params?.count).toBe(new Set(needed).size);
    // IAM can only judge iam:PassedToService if it is told the service: one question per service the stacks pass to.
    const passedTo = iam.asked
      .filter((a) => a.request.actions.includes('iam:PassRole'))
      .map((a) => a.request.context?.['iam:PassedToService']);
    expect(passedTo.sort()).toEqual(['lambda.amazonaws.com', 'sagemaker.amazonaws.com']);
    // Resource-level questions name this account and region, never a wildcard IAM would read literally.
    for (const { request } of iam.asked) {
      if (!request.resourceArn) continue;
      expect(request.resourceArn).not.toContain('*');
      expect(request.resourceArn).toMatch(/^arn:aws:[a-z0-9-]+:(ap-northeast-1)?:(123456789012)?:/);
    }
  });

  it('permissions: fail naming what IAM denies, the first eight and how many more', async () => {
    const { ctx } = fakeContext();
    const refused = (action: string) => action.startsWith('ec2:');
    const iam = simulator(refused);
    const r = await statusOf({ ...ctx, permissions: async () => iam.api }, 'permissions');
    expect(r).toMatchObject({
      status: 'fail',
      detailKey: 'check.permissions.missing',
      hintKey: 'check.permissions.hint',
    });
    // In the order IAM was asked, each once.
    const denied = [...new Set(iam.asked.flatMap((q) => q.request.actions).filter(refused))];
    expect(denied.length).toBeGreaterThan(8);
    expect(r.params?.count).toBe(denied.length);
    expect(r.params?.actions).toBe(`${denied.slice(0, 8).join(', ')}, … (+${denied.length - 8})`);
  });

  it('permissions: PassRole allowed only for another service is a denial, named once', async () => {
    const { ctx } = fakeContext();
    const iam = simulator(
      (action, request) =>
        action === 'iam:PassRole' && request.context?.['iam:PassedToService'] === 'sagemaker.amazonaws.com',
    );
    const r = await statusOf({ ...ctx, permissions: async () => iam.api }, 'permissions');
    expect(r).toMatchObject({ status: 'fail', params: { count: 1, actions: 'iam:PassRole' } });
  });

  it('permissions boundary: pass when it is the shipped one, warn when it differs, fail only when a deploy would stop', async () => {
    const { ctx, aws } = fakeContext();
    const policy = boundaryArn('123456789012');
    expect(await statusOf(ctx, 'permissions-boundary')).toMatchObject({ status: 'pass', params: { policy } });
    aws.managedPolicies[policy] = { ...permissionsBoundary(), Statement: permissionsBoundary().Statement.slice(1) };
    expect(await statusOf(ctx, 'permissions-boundary')).toMatchObject({
      status: 'warn',
      detailKey: 'check.boundary.differs',
    });
    delete aws.managedPolicies[policy];
    // With the deployer policy, roles can be made only with the boundary: a definite "no".
    expect(await statusOf(ctx, 'permissions-boundary')).toMatchObject({
      status: 'fail',
      detailKey: 'check.boundary.missingNeeded',
      hintKey: 'check.boundary.missingHint',
    });
    // An administrator can deploy without it: only a warning.
    aws.callerPolicy = [{ Sid: 'Admin', Effect: 'Allow', Action: ['*'], Resource: '*' }];
    expect(await statusOf(ctx, 'permissions-boundary')).toMatchObject({
      status: 'warn',
      detailKey: 'check.boundary.missing',
    });
    aws.iamDenies.add('GetPolicy');
    expect(await statusOf(ctx, 'permissions-boundary')).toMatchObject({ status: 'unknown' });
  });

  it('permissions: an assumed role is simulated by its full ARN, path included', async () => {
    const { ctx, aws } = fakeContext();
    aws.callerArn = 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Learner_abc/taro';
    aws.roles['AWSReservedSSO_Learner_abc'] =
      'arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/ap-northeast-1/AWSReservedSSO_Learner_abc';
    expect(await statusOf(ctx, 'permissions')).toMatchObject({
      status: 'pass',
      params: { principal: aws.roles['AWSReservedSSO_Learner_abc'] },
    });
  });

  it('permissions: unknown (never fail) when IAM may not be asked; warn for root and for federation', async () => {
    const { ctx, aws } = fakeContext();
    aws.iamDenies.add('SimulatePrincipalPolicy');
    expect(await statusOf(ctx, 'permissions')).toMatchObject({
      status: 'unknown',
      params: { action: 'iam:SimulatePrincipalPolicy' },
    });
    aws.callerArn = 'arn:aws:sts::123456789012:assumed-role/Learner/taro';
    aws.roles.Learner = 'arn:aws:iam::123456789012:role/Learner';
    aws.iamDenies.add('GetRole');
    expect(await statusOf(ctx, 'permissions')).toMatchObject({ status: 'unknown', params: { action: 'iam:GetRole' } });
    aws.callerArn = 'arn:aws:iam::123456789012:root';
    expect(await statusOf(ctx, 'permissions')).toMatchObject({ status: 'warn', detailKey: 'check.permissions.root' });
    aws.callerArn = 'arn:aws:sts::123456789012:federated-user/bob';
    expect(await statusOf(ctx, 'permissions')).toMatchObject({
      status: 'warn',
      detailKey: 'check.permissions.unsupported',
    });
  });

  it('permissions: any other IAM failure could not check, and says so in plain words', async () => {
    const { ctx, aws } = fakeContext();
    aws.callerArn = 'arn:aws:sts::123456789012:assumed-role/Gone/taro';
    expect(await statusOf(ctx, 'permissions')).toMatchObject({
      status: 'unknown',
      detailKey: 'check.unknown.code',
      params: { code: 'NoSuchEntity' },
    });
    const garbled = {
      ...ctx,
      permissions: async () => ({
        ...aws.permissionApi,
        deniedActions: async () =>
          Promise.reject(
            new Error('Deserialization error: to see the raw response, inspect the hidden field {error}.$response'),
          ),
      }),
    };
    aws.callerArn = 'arn:aws:iam::123456789012:user/learner';
    const r = await statusOf(garbled, 'permissions');
    expect(r).toMatchObject({ status: 'unknown', detailKey: 'check.unknown.answer' });
    expect(JSON.stringify(r)).not.toMatch(/Deserialization|\$response/);
  });

  it('quota: fail when used up (with the command to ask for more), unknown when unreadable', async () => {
    const { ctx, aws } = fakeContext();
    aws.quotas['ml.t3.medium'] = 1;
    await deploy(ctx, {
      options: options({ settings: { NotebookInstanceName: 'first-notebook' } }),
      templateBody,
      templateParameters,
      noWait: false,
      allowReplacement: false,
    });
    expect(await statusOf(ctx, 'quota', { settings: { NotebookInstanceName: 'second-notebook' } })).toMatchObject({
      status: 'fail',
      detailKey: 'check.quota.full',
      params: { quota: 1, inUse: 1, code: 'L-TEST', more: 2 },
    });
    expect(await statusOf(ctx, 'quota', { settings: { NotebookInstanceName: 'first-notebook' } })).toMatchObject({
      status: 'pass',
    });
    expect(await statusOf(ctx, 'quota', { settings: { InstanceType: 'ml.g5.xlarge' } })).toMatchObject({
      status: 'unknown',
      detailKey: 'check.quota.unknown',
    });
    aws.defaultQuotas['ml.g5.xlarge'] = 2; // no applied value: AWS's default counts
    expect(await statusOf(ctx, 'quota', { settings: { InstanceType: 'ml.g5.xlarge' } })).toMatchObject({
      status: 'pass',
      params: { quota: 2 },
    });
  });

  it('names: fail for a notebook made elsewhere, warn for an existing stack', async () => {
    const { ctx, aws } = fakeContext();
    aws.notebooks.set('handmade', { name: 'handmade', status: 'InService', instanceType: 'ml.t3.medium' });
    expect(await statusOf(ctx, 'name-conflict', { settings: { NotebookInstanceName: 'handmade' } })).toMatchObject({
      status: 'fail',
      detailKey: 'check.names.notebookTaken',
    });
    await deploy(ctx, { options: options(), templateBody, templateParameters, noWait: false, allowReplacement: false });
    expect(await statusOf(ctx, 'name-conflict')).toMatchObject({
      status: 'warn',
      detailKey: 'check.names.stackExists',
    });
  });

  it('a fleet is checked as a whole: its notebooks must fit the quota together, each name must be free', async () => {
    const { ctx, aws } = fakeContext();
    aws.quotas['ml.t3.medium'] = 3;
    aws.notebooks.set('someone-else', { name: 'someone-else', status: 'InService', instanceType: 'ml.t3.medium' });
    const fleet = (names: string[], type?: string) =>
      fleetCheckContext(ctx, {
        fleet: 'workshop',
        notebooks: names.map((name) => ({
          name,
          stackName: `${name}-stack`,
          settings: type ? { InstanceType: type } : ({} as Record<string, string>),
        })),
      });
    const quota = (c: CheckContext) =>
      runChecks(
        c,
        CHECKS.filter((x) => x.id === 'quota'),
      ).then((r) => r[0]!);
    expect(await quota(fleet(['a', 'b']))).toMatchObject({ status: 'pass', params: { inUse: 1, needed: 2 } });
    expect(await quota(fleet(['a', 'b', 'c']))).toMatchObject({
      status: 'fail',
      detailKey: 'check.quota.tooFew',
      params: { needed: 3, free: 2, more: 4 },
    });
    // A fleet member that already runs (a re-run) holds its own place, so it is not counted twice.
    aws.notebooks.set('a', { name: 'a', status: 'InService', instanceType: 'ml.t3.medium' });
    expect(await quota(fleet(['a', 'b']))).toMatchObject({ status: 'pass' });
    // The tightest type decides: ml.t3.large has no room.
    aws.quotas['ml.t3.large'] = 0;
    const mixed: CheckContext = {
      ...fleet(['a']),
      targets: [...fleet(['a']).targets, { notebookName: 'big', stackName: 'big-stack', instanceType: 'ml.t3.large' }],
    };
    expect(await quota(mixed)).toMatchObject({ status: 'fail', params: { type: 'ml.t3.large' } });
    aws.notebooks.set('handmade', { name: 'handmade', status: 'InService', instanceType: 'ml.t3.medium' });
    const [names] = await runChecks(
      fleet(['b', 'handmade']),
      CHECKS.filter((x) => x.id === 'name-conflict'),
    );
    expect(names).toMatchObject({ status: 'fail', params: { notebook: 'handmade' } });
  });

  it('region: fail with the region named when no SageMaker endpoint answers; other errors could not check', async () => {
    const { ctx } = fakeContext();
    const unreachable = {
      ...ctx,
      region: 'ap-northeast-9',
      notebooks: {
        ...ctx.notebooks,
        list: async () =>
          Promise.reject(
            Object.assign(new Error('getaddrinfo ENOTFOUND api.sagemaker.ap-northeast-9.amazonaws.com'), {
              code: 'ENOTFOUND',
            }),
          ),
      },
    };
    expect(await statusOf(unreachable, 'sagemaker-region')).toMatchObject({
      status: 'fail',
      detailKey: 'check.region.unavailable',
      params: { region: 'ap-northeast-9' },
      hintKey: 'check.region.hint',
    });
    const denied = {
      ...ctx,
      notebooks: {
        ...ctx.notebooks,
        list: async () => Promise.reject(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' })),
      },
    };
    expect(await statusOf(denied, 'sagemaker-region')).toMatchObject({
      status: 'unknown',
      detailKey: 'check.unknown.denied',
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
