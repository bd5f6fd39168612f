import { describe, expect, it } from 'vitest';
import { runCli } from '../_helpers/run-cli.js';
import { standInPerTest } from '../_helpers/stand-in-per-test.js';

const aws = standInPerTest();
const count = (action: string) => aws.standIn.requests.filter((r) => r.action === action).length;

describe('lists that come in pages, as AWS sends them', () => {
  it('list follows NextToken through 3 pages of 250 stacks and 250 notebooks', async () => {
    for (let i = 0; i < 250; i++) {
      const name = `nb-${String(i).padStart(3, '0')}`;
      aws.fake.stacks.set(`stack-${i}`, {
        name: `sagemaker-notebook-${name}`,
        id: `arn:aws:cloudformation:ap-northeast-1:123456789012:stack/sagemaker-notebook-${name}/${i}`,
        status: 'CREATE_COMPLETE',
        templateBody: '',
        parameters: { NotebookInstanceName: name },
        tags: { 'smnb:managed': 'true', 'smnb:notebook': name },
        outputs: {},
        resources: [],
        events: [],
        queue: [],
      });
      aws.fake.notebooks.set(name, {
        name,
        status: 'Stopped',
        instanceType: 'ml.t3.medium',
        platform: 'notebook-al2023-v1',
      });
    }
    const r = await runCli(['list', '--output', 'json'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    const rows = JSON.parse(r.stdout).notebooks as { name: string; stackName?: string }[];
    expect(rows).toHaveLength(250);
    expect(rows.every((row) => row.stackName === `sagemaker-notebook-${row.name}`)).toBe(true);
    expect(count('DescribeStacks')).toBeGreaterThanOrEqual(3);
    expect(count('ListNotebookInstances')).toBeGreaterThanOrEqual(3);
  });

  it('deploy reads every page of stack events, so no resource line is lost', async () => {
    aws.fake.pageSize.events = 4;
    const r = await runCli(['deploy', '--lang', 'en'], aws.env);
    expect(r.code, r.stderr).toBe(0);
    for (const id of ['Vpc', 'PublicSubnet', 'NotebookInstance', 'DataBucket'])
      expect(r.stderr, id).toMatch(new RegExp(`CREATE_COMPLETE\\s+${id}\\s`));
    const events = [...aws.fake.stacks.values()][0]!.events.length;
    expect(events).toBeGreaterThan(12); // more than three pages of four
  });
});
