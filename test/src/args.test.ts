import { describe, expect, it } from 'vitest';
import { parseArgs, type FlagSpec } from '../../src/args.js';
import { UsageError } from '../../src/errors.js';

const specs: FlagSpec[] = [
  { name: 'name', type: 'string', descKey: 'setting.NotebookInstanceName' },
  { name: 'volume-size', type: 'number', descKey: 'setting.VolumeSizeInGB' },
  { name: 'param', type: 'list', descKey: 'flag.param' },
  { name: 'nested', type: 'boolean', descKey: 'flag.nested' },
];

describe('parseArgs', () => {
  it('reads values, = forms, booleans, lists and positionals', () => {
    const r = parseArgs(
      'x',
      ['a', '--name', 'dev', '--volume-size=30', '--param', 'A=1', '--param=B=2', '--nested', 'b'],
      specs,
    );
    expect(r.flags).toEqual({ name: 'dev', 'volume-size': 30, param: ['A=1', 'B=2'], nested: true });
    expect(r.positionals).toEqual(['a', 'b']);
  });

  it('takes the global flags and checks their values', () => {
    expect(parseArgs('x', ['--output', 'json', '--lang=ja'], specs).flags).toMatchObject({
      output: 'json',
      lang: 'ja',
    });
    expect(() => parseArgs('x', ['--output', 'yaml'], specs)).toThrow(UsageError);
  });

  it.each([
    [['--nam', 'x'], 'error.unknownFlag', { flag: '--nam' }],
    [['--name'], 'error.flagNeedsValue', { flag: '--name' }],
    [['--name', '--nested'], 'error.flagNeedsValue', { flag: '--name' }],
    [['--volume-size', '2.5'], 'error.flagNumber', { flag: '--volume-size', value: '2.5' }],
  ])('%j is a usage error naming the flag', (argv, key, params) => {
    try {
      parseArgs('deploy', argv, specs);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).key).toBe(key);
      expect((error as UsageError).params).toMatchObject(params);
      expect((error as UsageError).exitCode).toBe(2);
    }
  });
});
