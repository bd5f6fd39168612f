import { describe, expect, it } from 'vitest';
import type { StackApi, StackEvent } from '../../src/aws/stack-api.js';
import { StackEventPoller } from '../../src/monitor/event-poller.js';
import { errorCodesIn, explainFailure, knownCause } from '../../src/monitor/failure.js';
import { operationStart } from '../../src/monitor/operation-start.js';
import { formatEventLine, statusColour } from '../../src/render/event-line.js';
import { translator } from '../../src/i18n/messages.js';

const ROOT = 'arn:root';
const CHILD = 'arn:child-notebook';
let seq = 0;
const ev = (
  stackId: string,
  logicalId: string,
  type: string,
  status: string,
  reason?: string,
  physicalId?: string,
): StackEvent => ({
  id: `e${++seq}`,
  stackId,
  stackName: stackId,
  logicalId,
  physicalId: physicalId ?? `${logicalId}-phys`,
  resourceType: type,
  status,
  reason,
  timestamp: new Date(Date.UTC(2026, 10, 28, 10, 0, seq)),
});

describe('nested stack events', () => {
  const rootEvents = [
    ev(ROOT, 'root', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 'User Initiated', ROOT),
    ev(ROOT, 'NotebookStack', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', undefined, CHILD),
    ev(
      ROOT,
      'NotebookStack',
      'AWS::CloudFormation::Stack',
      'CREATE_FAILED',
      'Embedded stack arn:child-notebook was not successfully created',
      CHILD,
    ),
    ev(ROOT, 'VpcStack', 'AWS::CloudFormation::Stack', 'CREATE_FAILED', 'Resource creation cancelled', 'arn:vpc'),
    ev(
      ROOT,
      'root',
      'AWS::CloudFormation::Stack',
      'ROLLBACK_IN_PROGRESS',
      'The following resource(s) failed to create: [NotebookStack]',
      ROOT,
    ),
  ];
  const childEvents = [
    ev(CHILD, 'NotebookInstance', 'AWS::SageMaker::NotebookInstance', 'CREATE_IN_PROGRESS'),
    ev(
      CHILD,
      'NotebookInstance',
      'AWS::SageMaker::NotebookInstance',
      'CREATE_FAILED',
      'Insufficient notebook instance capacity',
    ),
  ];
  const api = {
    newEvents: async (stackId: string, after?: string) => {
      const list = stackId === ROOT ? rootEvents : stackId === CHILD ? childEvents : [];
      const i = after ? list.findIndex((e) => e.id === after) : -1;
      return list.slice(i + 1);
    },
  } as unknown as StackApi;

  it('the poller follows a child once its physical ID appears, and reads each stack incrementally', async () => {
    const poller = new StackEventPoller(api, ROOT, { since: new Date(0) });
    const first = await poller.poll();
    expect(first.map((e) => e.stackId)).toContain(ROOT);
    const second = await poller.poll();
    expect(second.map((e) => e.logicalId)).toEqual(['NotebookInstance', 'NotebookInstance']);
    expect(await poller.poll()).toEqual([]);
    expect(poller.nestedName(CHILD)).toBe('NotebookStack');
  });

  it('reports the deepest real failure first, not the echoes', () => {
    const failure = explainFailure([...rootEvents, ...childEvents], ROOT, (id) =>
      id === CHILD ? 'NotebookStack' : undefined,
    );
    expect(failure).toEqual({
      logicalId: 'NotebookInstance',
      resourceType: 'AWS::SageMaker::NotebookInstance',
      nestedStack: 'NotebookStack',
      reason: 'Insufficient notebook instance capacity',
      causeKey: 'cause.capacity',
    });
  });

  it('finds when the current operation started', () => {
    expect(operationStart(rootEvents, ROOT)).toEqual(rootEvents[0]!.timestamp);
  });
});

describe('known causes', () => {
  it.each([
    ["The account-level service limit 'ml.t3.medium for notebook instance usage' is 0 Instances", 'cause.quota'],
    [
      "Could not assume role arn:... Please ensure that the role's trust policy allows principal 'sagemaker.amazonaws.com'",
      'cause.assumeRole',
    ],
    ['User: arn:aws:iam::1:user/x is not authorized to perform: iam:PassRole', 'cause.permissions'],
    ['my-notebook already exists in stack arn:...', 'cause.exists'],
    ['The bucket you tried to delete is not empty', 'cause.bucketNotEmpty'],
    ['Something new', undefined],
    ['InsufficientCapacityError: We currently do not have sufficient capacity', 'cause.capacity'],
    [
      'CapacityError: Unable to provision requested ML compute capacity. Please retry using a different ML instance type.',
      'cause.capacity',
    ],
    ['The instance type ml.g5.xlarge is temporarily unavailable. Try again later.', 'cause.capacity'],
    ['The instance type ml.t3.medium is not supported in your requested Availability Zone', 'cause.zone'],
    ['SubscriptionRequiredException: The AWS Access Key Id needs a subscription for the service', 'cause.accountPlan'],
    ['An error occurred (OptInRequired) when calling the CreateNotebookInstance operation', 'cause.accountPlan'],
    // The code decides over words that would match another cause.
    [
      'Resource handler returned message: "notebook x already exists in this account" (RequestToken: t, HandlerErrorCode: ServiceLimitExceeded)',
      'cause.quota',
    ],
  ])('%s', (reason, key) => expect(knownCause(reason)).toBe(key));

  it('reads the error codes a reason carries', () => {
    expect(
      errorCodesIn(
        'Resource handler returned message: "x (Service: SageMaker, Status Code: 400, Error Code: ResourceLimitExceeded)" (RequestToken: t, HandlerErrorCode: ServiceLimitExceeded)',
      ).sort(),
    ).toEqual(['ResourceLimitExceeded', 'ServiceLimitExceeded']);
  });
});

describe('event lines', () => {
  it('never paints a delete red; rollbacks are yellow; failures red', () => {
    expect(statusColour('DELETE_COMPLETE')).toBe('dim');
    expect(statusColour('DELETE_IN_PROGRESS')).toBe('dim');
    expect(statusColour('ROLLBACK_IN_PROGRESS')).toBe('yellow');
    expect(statusColour('CREATE_FAILED')).toBe('red');
    expect(statusColour('DELETE_FAILED')).toBe('red');
  });

  it('prints an append-only line without colour codes when colour is off', () => {
    const line = formatEventLine(
      {
        type: 'resource',
        logicalId: 'NotebookInstance',
        nestedStack: 'NotebookStack',
        resourceType: 'AWS::SageMaker::NotebookInstance',
        status: 'CREATE_FAILED',
        reason: 'boom',
        at: new Date('2026-11-28T10:00:05Z'),
      },
      translator('en'),
      false,
    );
    expect(line).toMatch(
      /^10:00:05 {2}CREATE_FAILED\s+NotebookStack\/NotebookInstance\s+AWS::SageMaker::NotebookInstance {2}boom$/,
    );
    expect(line).not.toContain('\x1b[');
  });

  it('says in the heartbeat what it waits for and how long that usually takes', () => {
    const t = translator('ja');
    expect(
      formatEventLine(
        { type: 'heartbeat', elapsedSeconds: 95, waitingFor: [{ logicalId: 'NotebookInstance', typicalSeconds: 300 }] },
        t,
        false,
      ),
    ).toBe('処理中（95 秒）: NotebookInstance（通常 5 分）');
  });
});
