import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { paramFlags, shellQuote } from '../../src/plan/shell-quote.js';
import { cleanEnv } from '../_helpers/run-cli.js';

/** What a POSIX shell makes of a command line: its words, one per line. */
const shellWords = (line: string) =>
  execFileSync('/bin/sh', ['-c', `printf '%s\\n' ${line}`], { env: cleanEnv() })
    .toString()
    .trimEnd()
    .split('\n');

describe('one way to quote a value for the shell', () => {
  it.each(['plain', 'sagemaker/templates/', "it's", 'a b', 'x(1)*!/', '$HOME', '`id`', 'a;b', '*', "'", '"q"'])(
    '%s reaches the command as it was',
    (value) => {
      expect(shellWords(shellQuote(value))).toEqual([value]);
    },
  );

  it('leaves safe values bare, so the hint stays readable', () => {
    expect(shellQuote('sagemaker-notebook-dev')).toBe('sagemaker-notebook-dev');
    expect(paramFlags({ VolumeSizeInGB: '30', TemplatePrefix: 'x(1)*!/' })).toBe(
      " --param VolumeSizeInGB=30 --param 'TemplatePrefix=x(1)*!/'",
    );
  });
});
