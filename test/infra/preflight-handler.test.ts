import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createHandler,
  TIMEOUT_MARGIN_MS,
  type CustomResourceEvent,
  type CustomResourceResponse,
} from '../../infra/handlers/preflight/handler.js';
import type { PreflightApis } from '../../infra/handlers/preflight/preflight.js';

const QUOTA = { value: 2, code: 'L-E17566B7' };

function fakeApis(over: Partial<PreflightApis> = {}): PreflightApis {
  return {
    notebookQuota: async () => QUOTA,
    notebooks: async () => [],
    zones: async () => ['ap-southeast-2a', 'ap-southeast-2b', 'ap-southeast-2c'],
    zonesOffering: async () => ['ap-southeast-2b', 'ap-southeast-2c'],
    ...over,
  };
}

function event(
  type: CustomResourceEvent['RequestType'],
  props: Record<string, string> = {},
  physicalId?: string,
): CustomResourceEvent {
  return {
    RequestType: type,
    ResponseURL: 'https://example.invalid/response',
    StackId: 'arn:aws:cloudformation:ap-southeast-2:123456789012:stack/s/1',
    RequestId: 'req-1',
    LogicalResourceId: 'NotebookPreflight',
    PhysicalResourceId: physicalId,
    ResourceProperties: { InstanceType: 'ml.t3.medium', AvailabilityZone: '', NotebookInstanceName: 'nb', ...props },
  };
}

const context = { getRemainingTimeInMillis: () => 60_000 };

async function run(apis: PreflightApis, e: CustomResourceEvent, ctx = context): Promise<CustomResourceResponse[]> {
  const sent: CustomResourceResponse[] = [];
  const handler = createHandler({
    apis,
    region: 'ap-southeast-2',
    respond: async (_url, body) => void sent.push(body),
  });
  await handler(e, ctx);
  return sent;
}

describe('preflight custom resource', () => {
  it('on Create picks the first zone that offers the type and says which', async () => {
    const [r] = await run(fakeApis(), event('Create'));
    expect(r).toMatchObject({
      Status: 'SUCCESS',
      PhysicalResourceId: 'notebook-preflight-ap-southeast-2b',
      Data: { AvailabilityZone: 'ap-southeast-2b' },
      RequestId: 'req-1',
      LogicalResourceId: 'NotebookPreflight',
    });
  });

  it('an explicit zone always wins', async () => {
    const [r] = await run(fakeApis(), event('Create', { AvailabilityZone: 'ap-southeast-2a' }));
    expect(r?.Data?.AvailabilityZone).toBe('ap-southeast-2a');
  });

  it('on Update keeps the zone chosen before, so the notebook is never moved (replaced)', async () => {
    const zonesOffering = vi.fn(async () => ['ap-southeast-2c']);
    const [r] = await run(fakeApis({ zonesOffering }), event('Update', {}, 'notebook-preflight-ap-southeast-2b'));
    expect(r?.Data?.AvailabilityZone).toBe('ap-southeast-2b');
    expect(zonesOffering).not.toHaveBeenCalled();
  });

  it('fails fast with the quota, the notebooks using it and the command to ask for more', async () => {
    const notebooks = async () => [
      { name: 'a', instanceType: 'ml.t3.medium', status: 'InService' },
      { name: 'b', instanceType: 'ml.t3.medium', status: 'Pending' },
      { name: 'c', instanceType: 'ml.t3.medium', status: 'Stopped' },
      { name: 'd', instanceType: 'ml.m5.xlarge', status: 'InService' },
    ];
    const [r] = await run(fakeApis({ notebooks }), event('Create'));
    expect(r?.Status).toBe('FAILED');
    expect(r?.Reason).toContain(
      'may run 2 ml.t3.medium notebook instance(s) in ap-southeast-2 and 2 already run (a, b)',
    );
    expect(r?.Reason).toContain('--quota-code L-E17566B7 --desired-value 3');
  });

  it('does not count the stack’s own notebook on update', async () => {
    const notebooks = async () => [
      { name: 'nb', instanceType: 'ml.t3.medium', status: 'InService' },
      { name: 'a', instanceType: 'ml.t3.medium', status: 'InService' },
    ];
    const [r] = await run(fakeApis({ notebooks }), event('Update', {}, 'notebook-preflight-ap-southeast-2b'));
    expect(r?.Status).toBe('SUCCESS');
  });

  it('skips the quota check when the quota cannot be read', async () => {
    const notebooks = async () => [{ name: 'a', instanceType: 'ml.t3.medium', status: 'InService' }];
    const [r] = await run(fakeApis({ notebookQuota: async () => undefined, notebooks }), event('Create'));
    expect(r?.Status).toBe('SUCCESS');
  });

  it('fails in plain words when no zone offers the type', async () => {
    const [r] = await run(
      fakeApis({ zonesOffering: async () => [] }),
      event('Create', { InstanceType: 'ml.p3.2xlarge' }),
    );
    expect(r).toMatchObject({ Status: 'FAILED' });
    expect(r?.Reason).toContain('ml.p3.2xlarge is offered in no Availability Zone of ap-southeast-2');
  });

  it('answers FAILED with the SDK error instead of hanging', async () => {
    const error = Object.assign(new Error('User is not authorized to perform: ec2:DescribeAvailabilityZones'), {
      name: 'UnauthorizedOperation',
    });
    const [r] = await run(fakeApis({ zones: async () => Promise.reject(error) }), event('Create'));
    expect(r?.Status).toBe('FAILED');
    expect(r?.Reason).toBe(
      'Preflight check failed: UnauthorizedOperation: User is not authorized to perform: ec2:DescribeAvailabilityZones',
    );
  });

  it('on Delete answers SUCCESS at once and calls nothing', async () => {
    const apis = fakeApis({ notebooks: vi.fn(), zones: vi.fn() });
    const [r] = await run(apis, event('Delete', {}, 'notebook-preflight-ap-southeast-2b'));
    expect(r).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'notebook-preflight-ap-southeast-2b' });
    expect(apis.notebooks).not.toHaveBeenCalled();
  });

  describe('timeout guard', () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it('answers FAILED before Lambda’s own timeout when AWS calls hang, and only once', async () => {
      const never = () => new Promise<never>(() => {});
      const sent: CustomResourceResponse[] = [];
      const handler = createHandler({
        apis: fakeApis({ notebooks: never }),
        region: 'ap-southeast-2',
        respond: async (_u, body) => void sent.push(body),
      });
      const done = handler(event('Create'), { getRemainingTimeInMillis: () => 30_000 });
      await vi.advanceTimersByTimeAsync(30_000 - TIMEOUT_MARGIN_MS - 1);
      expect(sent).toEqual([]);
      await vi.advanceTimersByTimeAsync(1);
      await done;
      expect(sent).toHaveLength(1);
      expect(sent[0]).toMatchObject({ Status: 'FAILED', Reason: 'Preflight timed out; retry the deployment.' });
    });
  });
});
