import { MAX_ATTEMPTS } from '../../src/aws/client-factory.js';
import type { OperationContext } from '../../src/context/operation-context.js';
import { notebookQuota } from '../../shared/notebook-quota.js';
import { FakeAws } from './fake-aws.js';
import { RecordingHost } from './recording-host.js';
import { volumePrice } from '../../src/pricing/volume-price.js';

/**
 * Retries throttled calls as smnb's AWS clients do (up to MAX_ATTEMPTS attempts), so tests that inject
 * throttling see what smnb sees in real use.
 */
function withSdkRetry<T extends object>(api: T): T {
  return new Proxy(api, {
    get(target, prop) {
      const fn = (target as Record<string | symbol, unknown>)[prop];
      if (typeof fn !== 'function') return fn;
      return async (...args: unknown[]) => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await fn.apply(target, args);
          } catch (error) {
            if (attempt >= MAX_ATTEMPTS || (error as Error).name !== 'ThrottlingException') throw error;
          }
        }
      };
    },
  });
}

/** An operation context over the in-memory AWS, with a clock that advances when slept on. */
export function fakeContext(answers: boolean[] = [], aws = new FakeAws()) {
  const host = new RecordingHost(answers);
  const ctx: OperationContext = {
    io: host,
    stacks: withSdkRetry(aws.stackApi),
    notebooks: withSdkRetry(aws.notebookApi),
    region: 'ap-northeast-1',
    clock: { now: () => aws.now(), sleep: async (ms) => aws.advance(ms) },
    pollIntervalMs: 2000,
    identity: async () => ({ arn: aws.callerArn, account: '123456789012' }),
    permissions: async () => withSdkRetry(aws.permissionApi),
    dataBuckets: async () => withSdkRetry(aws.dataBucketApi),
    notebookQuota: (type) => notebookQuota(aws.quotaLists(), type),
    enabledRegions: async () => [...aws.enabledRegions],
    inRegion: async (region) => ({
      region,
      stacks: region === aws.region ? aws.stackApi : { ...aws.stackApi, listStacks: async () => [] },
      notebooks: region === aws.region ? aws.notebookApi : aws.notebooksIn(region),
    }),
    budgets: async () => aws.budgetApi,
    stagedTemplates: async () => aws.stagedTemplatesApi,
    storagePrice: async (region) => volumePrice(region),
    templateBucket: async () => {
      throw new Error('the in-memory fake has no S3: stage templates against the loopback stand-in');
    },
  };
  return { aws, host, ctx };
}
