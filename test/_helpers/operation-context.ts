import type { OperationContext } from '../../src/operations/operation-context.js';
import { notebookQuota } from '../../shared/notebook-quota.js';
import { FakeAws } from './fake-aws.js';
import { RecordingHost } from './recording-host.js';

/**
 * Retries throttled calls as the AWS SDK's standard retry mode does (up to 8 attempts), so tests that inject
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
            if (attempt >= 8 || (error as Error).name !== 'ThrottlingException') throw error;
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
    permissions: async () => aws.permissionApi,
    dataBuckets: async () => aws.dataBucketApi,
    notebookQuota: (type) => notebookQuota(aws.quotaLists(), type),
    templateBucket: async () => {
      throw new Error('the in-memory fake has no S3: stage templates against the loopback stand-in');
    },
  };
  return { aws, host, ctx };
}
