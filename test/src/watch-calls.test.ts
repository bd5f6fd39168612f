import { describe, expect, it } from 'vitest';
import type { StackApi, StackEvent, StackSummary } from '../../src/aws/stack-api.js';
import { watchStack } from '../../src/monitor/watch-stack.js';
import type { OperationContext } from '../../src/context/operation-context.js';

const ROOT = 'arn:aws:cloudformation:ap-northeast-1:123456789012:stack/sagemaker-notebook-x/1';
const child = (i: number) => `arn:aws:cloudformation:ap-northeast-1:123456789012:stack/x-Nested${i}/${i}`;

/**
 * A deploy that runs for `seconds` of the test clock with `nested` nested stacks in progress, counting every API call
 * watching makes (DescribeStackEvents per stack, DescribeStacks) and the time watching slept between polls.
 */
async function watchedDeploy(nested: number, seconds: number) {
  let now = 0;
  let calls = 0;
  const newEvent = (stackId: string, logicalId: string, status: string, physicalId: string, seq: number) =>
    ({
      id: `${stackId}-${seq}`,
      stackId,
      logicalId,
      physicalId,
      resourceType: 'AWS::CloudFormation::Stack',
      status,
      timestamp: new Date(seq * 1000),
    }) as StackEvent;
  let rootRead = false;
  const stacks = {
    newEvents: async (stackId: string) => {
      calls++;
      if (stackId !== ROOT || rootRead) return [];
      rootRead = true;
      return Array.from({ length: nested }, (_, i) => newEvent(ROOT, `Nested${i}`, 'CREATE_IN_PROGRESS', child(i), i));
    },
    describeStack: async (): Promise<StackSummary> => {
      calls++;
      return {
        name: 'sagemaker-notebook-x',
        id: ROOT,
        status: now >= seconds * 1000 ? 'CREATE_COMPLETE' : 'CREATE_IN_PROGRESS',
        outputs: {},
        parameters: {},
        tags: {},
      };
    },
  } as unknown as StackApi;
  const ctx = {
    stacks,
    io: { notify: () => undefined },
    clock: { now: () => now, sleep: async (ms: number) => void (now += ms) },
    pollIntervalMs: 2000,
  } as unknown as OperationContext;
  await watchStack(ctx, ROOT, { afterEventId: undefined });
  return { calls, minutes: now / 60_000 };
}

describe('calls while watching, at the default 2 s poll interval', () => {
  it.each([0, 1, 3])('stay at or under 40 a minute with %i nested stacks', async (nested) => {
    const { calls, minutes } = await watchedDeploy(nested, 600);
    expect(minutes).toBeGreaterThanOrEqual(10);
    // The poll that saw the stack settle, and the one after it, end the watch: no pause follows them.
    const tail = 2 * (nested + 1) + 1;
    expect((calls - tail) / minutes).toBeLessThanOrEqual(40);
  });

  it('a stack without nested stacks is still polled every 2 s (30 event reads a minute)', async () => {
    const { calls, minutes } = await watchedDeploy(0, 600);
    expect(calls / minutes).toBeGreaterThan(30);
  });
});
