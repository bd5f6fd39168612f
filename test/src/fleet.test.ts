import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError } from '../../src/errors.js';
import { deleteStacks } from '../../src/operations/delete.js';
import { deployFleet } from '../../src/operations/deploy/fleet.js';
import { parseFleetConfig } from '../../src/plan/fleet-config.js';
import { fakeContext } from '../_helpers/operation-context.js';

const templateBody = readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8');
const template = {
  templateBody,
  templateParameters: Object.keys(parse(templateBody).Parameters),
  allowReplacement: false,
};

describe('fleet config', () => {
  it('reads YAML with defaults and derives each stack name', () => {
    const config = parseFleetConfig(
      'fleet: workshop\ndefaults:\n  instanceType: ml.t3.large\n  idleTimeoutMinutes: 30\nnotebooks:\n  - name: alice-notebook\n    owner: alice\n  - name: bob-notebook\n    volumeSizeInGB: 50\n',
      'smnb.config.yaml',
    );
    expect(config.fleet).toBe('workshop');
    expect(config.notebooks).toEqual([
      expect.objectContaining({
        name: 'alice-notebook',
        stackName: 'sagemaker-notebook-alice',
        settings: { NotebookInstanceName: 'alice-notebook', InstanceType: 'ml.t3.large', IdleTimeoutMinutes: '30' },
        owner: 'alice',
      }),
      expect.objectContaining({
        name: 'bob-notebook',
        settings: {
          NotebookInstanceName: 'bob-notebook',
          InstanceType: 'ml.t3.large',
          IdleTimeoutMinutes: '30',
          VolumeSizeInGB: '50',
        },
      }),
    ]);
  });

  it('names the fleet after the file when the file does not', () => {
    expect(parseFleetConfig('{"notebooks":[{"name":"a"}]}', 'configs/class-a.json').fleet).toBe('class-a');
  });

  it('reports every problem with the file and the entry, and deploys nothing', () => {
    const text = JSON.stringify({
      colour: 'blue',
      notebooks: [
        { name: 'ok-1' },
        { name: 'ok-1' },
        { name: 'bad_name' },
        { name: 'x', instanceType: 'ml.t3.nano', size: 3 },
        { name: 'y', volumeSizeInGB: 4 },
      ],
    });
    try {
      parseFleetConfig(text, 'smnb.config.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems.map((p) => `${p.where} ${p.key} ${JSON.stringify(p.params)}`);
      expect(problems).toEqual([
        expect.stringContaining('smnb.config.json config.unknownKey {"value":"colour"'),
        expect.stringContaining('smnb.config.json notebooks[1] (ok-1) config.duplicate {"value":"ok-1"}'),
        expect.stringContaining('notebooks[2] (bad_name) error.name-pattern'),
        expect.stringContaining('notebooks[3] (x) config.unknownKey {"value":"size"'),
        expect.stringContaining('notebooks[3] (x) error.instance-type {"value":"ml.t3.nano"'),
        expect.stringContaining('notebooks[4] (y) error.volume-range {"value":"4"'),
      ]);
      expect((error as ConfigError).exitCode).toBe(2);
    }
  });

  it('rejects unreadable text and an empty list', () => {
    expect(() => parseFleetConfig('{', 'a.json')).toThrow(ConfigError);
    expect(() => parseFleetConfig('{"notebooks": []}', 'a.json')).toThrow(ConfigError);
  });
});

describe('a fleet of 50 notebooks with throttling', () => {
  it('deploys and deletes them all, never more than the bound at once, losing nothing', async () => {
    const { ctx, aws } = fakeContext();
    aws.throttleEvery = 7;
    const names = Array.from({ length: 50 }, (_, i) => `student-${String(i + 1).padStart(2, '0')}-notebook`);
    const config = parseFleetConfig(
      JSON.stringify({ fleet: 'class', notebooks: names.map((name) => ({ name })) }),
      'class.json',
    );

    const deployed = await deployFleet(ctx, config, template, 5);
    expect(deployed.failed).toBe(0);
    expect(deployed.rows.map((r) => r.outcome)).toEqual(Array(50).fill('created'));
    expect(aws.maxInFlight).toBe(5);
    expect(aws.notebooks.size).toBe(50);
    expect([...aws.stacks.values()].every((s) => s.tags['smnb:fleet'] === 'class')).toBe(true);
    expect(aws.executions).toBe(50);

    const again = await deployFleet(ctx, config, template, 5);
    expect(again.rows.every((r) => r.outcome === 'no-changes')).toBe(true);

    aws.maxInFlight = 0;
    // Every notebook answers its backup request: all 50 are asked at once and waited for once.
    for (const bucket of aws.buckets.keys())
      aws.answeringNotebooks.set(bucket, { ackAfterLooks: 1, doneAfterLooks: 3, files: { 'a.ipynb': '{}' } });
    const deleted = await deleteStacks(ctx, {
      names: config.notebooks.map((n) => n.stackName),
      yes: true,
      concurrency: 5,
    });
    expect(deleted.failed).toBe(0);
    expect(deleted.held).toEqual([]);
    expect(aws.maxInFlight).toBe(5);
    expect(aws.notebooks.size).toBe(0);
    expect(deleted.deleted.every((d) => d.retained.some((r) => r.logicalId === 'DataBucket'))).toBe(true);
  });

  it('one failing notebook does not stop the others, and the summary says why', async () => {
    const { ctx, aws } = fakeContext();
    const config = parseFleetConfig(
      JSON.stringify({
        notebooks: [
          { name: 'a-notebook' },
          { name: 'b-notebook', instanceType: 'ml.g5.2xlarge' },
          { name: 'c-notebook' },
        ],
      }),
      'team.json',
    );
    aws.failOn = { logicalId: 'NotebookInstance', reason: 'Insufficient notebook instance capacity' };
    const first = await deployFleet(ctx, { ...config, notebooks: [config.notebooks[1]!] }, template, 2);
    expect(first.rows[0]).toMatchObject({ outcome: 'failed', failure: { causeKey: 'cause.capacity' } });
    aws.failOn = undefined;
    const all = await deployFleet(ctx, config, template, 2);
    expect(all.rows.map((r) => r.outcome)).toEqual(['created', 'created', 'created']);
  });
});

describe('fleet values are checked by type before any AWS call', () => {
  it.each([
    ['tags: notamap', { tags: 'notamap' }, 'config.tags'],
    ['tags as a list', { tags: ['a'] }, 'config.tags'],
    ['a tag value that is not text', { tags: { team: 1 } }, 'config.tags'],
    ['a tag key starting with aws:', { tags: { 'aws:x': 'y' } }, 'config.tags'],
    ['owner: [1, 2]', { owner: [1, 2] }, 'config.owner'],
  ])('%s', (_, extra, key) => {
    try {
      parseFleetConfig(JSON.stringify({ notebooks: [{ name: 'a-notebook', ...extra }] }), 'f.json');
      expect.unreachable();
    } catch (error) {
      expect((error as ConfigError).problems.map((p) => p.key)).toEqual([key]);
    }
  });

  it('accepts text tags and owner', () => {
    const config = parseFleetConfig(
      JSON.stringify({
        notebooks: [{ name: 'a-notebook', owner: 'alice', tags: { team: 'ml lab', 'cost-center': '42' } }],
      }),
      'f.json',
    );
    expect(config.notebooks[0]).toMatchObject({ owner: 'alice', tags: { team: 'ml lab' } });
  });
});
