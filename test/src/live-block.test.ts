import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/events.js';
import { translator } from '../../src/i18n/messages.js';
import { applyEvent, applySeenEvent, emptyProgress } from '../../src/monitor/progress-model.js';
import { formatLiveBlock } from '../../src/render/live-block.js';

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 10, 0, s));
const res = (logicalId: string, resourceType: string, status: string, s: number, reason?: string): AppEvent => ({
  type: 'resource',
  stackName: 'dev',
  logicalId,
  resourceType,
  status,
  reason,
  at: at(s),
});

describe('live progress block', () => {
  const events: AppEvent[] = [
    { type: 'operation', stackName: 'dev', expectedSeconds: 400, at: at(0) },
    res('dev', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 0),
    res('Vpc', 'AWS::EC2::VPC', 'CREATE_IN_PROGRESS', 1),
    res('Vpc', 'AWS::EC2::VPC', 'CREATE_COMPLETE', 20),
    res('NotebookExecutionRole', 'AWS::IAM::Role', 'CREATE_IN_PROGRESS', 2),
    res('NotebookInstance', 'AWS::SageMaker::NotebookInstance', 'CREATE_IN_PROGRESS', 30),
  ];
  const state = events.reduce(applyEvent, emptyProgress());

  it('groups resources by the guide’s steps with counts, in-progress timers and time left', () => {
    expect(formatLiveBlock(state, translator('en'), at(90).getTime())).toEqual([
      'dev  1:30 elapsed  about 6 min left',
      '  ✓ Network (VPC and internet gateway)              1/1',
      '  … IAM role and data bucket                        0/1  NotebookExecutionRole 1:28',
      '  … Notebook instance and auto-stop                 0/1  NotebookInstance 1:00',
    ]);
  });

  it('pins failures at the bottom, in Japanese too', () => {
    const failed = applyEvent(
      state,
      res('NotebookInstance', 'AWS::SageMaker::NotebookInstance', 'CREATE_FAILED', 95, 'quota'),
    );
    const lines = formatLiveBlock(failed, translator('ja'), at(100).getTime());
    expect(lines[0]).toBe('dev  経過 1:40  残り約 5 分');
    expect(lines).toContain('  ✗ NotebookInstance: quota');
    expect(lines.some((l) => l.startsWith('  ✗ ノートブックインスタンスと自動停止'))).toBe(true);
  });

  it('in the nested layout, gives each nested stack its own line with its resources', () => {
    const nested = (
      logicalId: string,
      resourceType: string,
      status: string,
      sec: number,
      nestedStack?: string,
    ): AppEvent => ({
      type: 'resource',
      stackName: 'main',
      nestedStack,
      logicalId,
      resourceType,
      status,
      at: at(sec),
    });
    const state = [
      { type: 'operation', stackName: 'main', at: at(0) } as AppEvent,
      nested('VpcStack', 'AWS::CloudFormation::Stack', 'CREATE_IN_PROGRESS', 1),
      nested('PreflightStack', 'AWS::CloudFormation::Stack', 'CREATE_COMPLETE', 30),
      nested('Vpc', 'AWS::EC2::VPC', 'CREATE_COMPLETE', 20, 'VpcStack'),
      nested('PublicSubnet', 'AWS::EC2::Subnet', 'CREATE_IN_PROGRESS', 25, 'VpcStack'),
    ].reduce(applyEvent, emptyProgress());
    expect(formatLiveBlock(state, translator('en'), at(40).getTime()).slice(1)).toEqual([
      '  … VpcStack                                        1/3  VpcStack 0:39, VpcStack/PublicSubnet 0:15',
      '  ✓ PreflightStack                                  1/1',
    ]);
  });
});

describe('live timers on AWS’s clock', () => {
  const MIN = 60_000;
  const aws = (s: number) => at(s).getTime();
  const notebook = (s: number): AppEvent =>
    res('NotebookInstance', 'AWS::SageMaker::NotebookInstance', 'CREATE_IN_PROGRESS', s);

  it.each([
    ['5 minutes ahead of', 5 * MIN],
    ['5 minutes behind', -5 * MIN],
    ['in step with', 0],
  ])('reads the same when AWS’s clock is %s this machine’s', (_, ahead) => {
    // An operation found in the stack's events (smnb watch) starts on AWS's clock; its resources' times are AWS's.
    const local = (awsMs: number) => awsMs - ahead;
    let state = applySeenEvent(
      emptyProgress(),
      { type: 'operation', stackName: 'dev', at: at(0), clock: 'aws' },
      local(aws(40)),
    );
    state = applySeenEvent(state, notebook(30), local(aws(31))); // seen a second after it happened
    const lines = formatLiveBlock(state, translator('en'), local(aws(90)));
    expect(lines[0]).toBe('dev  1:29 elapsed');
    expect(lines.at(-1)).toMatch(/NotebookInstance 0:59$/);
  });

  it('a start on this machine’s clock (deploy) is counted on this machine’s clock', () => {
    const ahead = 5 * MIN;
    let state = applySeenEvent(
      emptyProgress(),
      { type: 'operation', stackName: 'dev', at: new Date(1_000_000) },
      1_000_000,
    );
    state = applySeenEvent(
      state,
      {
        type: 'resource',
        stackName: 'dev',
        logicalId: 'NotebookInstance',
        resourceType: 'AWS::SageMaker::NotebookInstance',
        status: 'CREATE_IN_PROGRESS',
        at: new Date(1_000_000 + ahead + 10_000),
      },
      1_011_000,
    );
    expect(formatLiveBlock(state, translator('en'), 1_060_000)[0]).toBe('dev  1:00 elapsed');
  });
});
