import type { OperationContext } from '../../src/operations/operation-context.js';
import { FakeAws } from './fake-aws.js';
import { RecordingHost } from './recording-host.js';

/** An operation context over the in-memory AWS, with a clock that advances when slept on. */
export function fakeContext(answers: boolean[] = []) {
  const aws = new FakeAws();
  const host = new RecordingHost(answers);
  const ctx: OperationContext = {
    io: host,
    stacks: aws.stackApi,
    notebooks: aws.notebookApi,
    region: 'ap-northeast-1',
    clock: { now: () => aws.now(), sleep: async (ms) => aws.advance(ms) },
    pollIntervalMs: 2000,
  };
  return { aws, host, ctx };
}
