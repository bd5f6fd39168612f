import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { SdkStackApi } from '../../src/aws/stack-api.js';
import { analyseChanges } from '../../src/plan/change-analysis.js';

/**
 * A real client (the SDK's paginators insist on one) whose DescribeStackEvents answers from pages of events, newest
 * first, counting the calls.
 */
function pagedClient(pages: { id: string; at: string }[][]) {
  let calls = 0;
  const client = Object.assign(new CloudFormationClient({ region: 'ap-northeast-1' }), {
    send: async (command: { input: { NextToken?: string } }) => {
      const index = Number(command.input.NextToken ?? 0);
      calls++;
      return {
        StackEvents: pages[index]!.map((e) => ({
          EventId: e.id,
          Timestamp: new Date(e.at),
          ResourceStatus: 'CREATE_COMPLETE',
        })),
        NextToken: index + 1 < pages.length ? String(index + 1) : undefined,
      };
    },
  }) as unknown as CloudFormationClient;
  return { client, calls: () => calls };
}

const pages = [
  [
    { id: 'e6', at: '2026-11-28T10:06:00Z' },
    { id: 'e5', at: '2026-11-28T10:05:00Z' },
  ],
  [
    { id: 'e4', at: '2026-11-28T10:04:00Z' },
    { id: 'e3', at: '2026-01-01T00:00:00Z' },
  ],
  [
    { id: 'e2', at: '2025-01-01T00:00:00Z' },
    { id: 'e1', at: '2024-01-01T00:00:00Z' },
  ],
];

describe('SdkStackApi.newEvents', () => {
  it('stops paging at the first event older than the operation, instead of reading the whole history', async () => {
    const { client, calls } = pagedClient(pages);
    const events = await new SdkStackApi(client).newEvents('stack', undefined, new Date('2026-11-28T10:03:00Z'));
    expect(events.map((e) => e.id)).toEqual(['e4', 'e5', 'e6']);
    expect(calls()).toBe(2);
  });

  it('stops at the last event seen, oldest first', async () => {
    const { client, calls } = pagedClient(pages);
    expect((await new SdkStackApi(client).newEvents('stack', 'e5')).map((e) => e.id)).toEqual(['e6']);
    expect(calls()).toBe(1);
  });

  it('reads everything when asked for no bound', async () => {
    const { client, calls } = pagedClient(pages);
    expect((await new SdkStackApi(client).newEvents('stack')).map((e) => e.id)).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
    ]);
    expect(calls()).toBe(3);
  });
});

describe('SdkStackApi.describeChangeSet', () => {
  /** Change sets by ID, each in pages, as DescribeChangeSet answers them (NextToken). */
  const changeSets: Record<string, object[][]> = {
    root: [
      [{ LogicalResourceId: 'VpcStack', ResourceType: 'AWS::CloudFormation::Stack', Action: 'Modify' }],
      [
        {
          LogicalResourceId: 'NotebookStack',
          ResourceType: 'AWS::CloudFormation::Stack',
          Action: 'Modify',
          Replacement: 'False',
          ChangeSetId: 'nested-notebook',
        },
      ],
    ],
    'nested-notebook': [
      [
        {
          LogicalResourceId: 'LifecycleConfig',
          ResourceType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
          Action: 'Modify',
        },
      ],
      [
        {
          LogicalResourceId: 'NotebookInstance',
          ResourceType: 'AWS::SageMaker::NotebookInstance',
          Action: 'Modify',
          Replacement: 'True',
        },
      ],
    ],
  };
  const client = Object.assign(new CloudFormationClient({ region: 'ap-northeast-1' }), {
    send: async (command: { input: { ChangeSetName: string; NextToken?: string } }) => {
      const pages = changeSets[command.input.ChangeSetName]!;
      const index = Number(command.input.NextToken ?? 0);
      return {
        Status: 'CREATE_COMPLETE',
        Changes: pages[index]!.map((ResourceChange) => ({ Type: 'Resource', ResourceChange })),
        NextToken: index + 1 < pages.length ? String(index + 1) : undefined,
      };
    },
  }) as unknown as CloudFormationClient;

  it('reads every page of the root and of every nested change set, naming where each change is', async () => {
    const info = await new SdkStackApi(client).describeChangeSet('root');
    expect(info.changes.map((c) => [...(c.nestedIn ?? []), c.logicalId].join('/'))).toEqual([
      'VpcStack',
      'NotebookStack',
      'NotebookStack/LifecycleConfig',
      'NotebookStack/NotebookInstance',
    ]);
    expect(analyseChanges(info.changes).replacesNotebook).toBe(true);
  });
});
