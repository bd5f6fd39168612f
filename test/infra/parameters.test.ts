import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  checkIdleTimeout,
  checkInstanceType,
  checkNotebookName,
  checkVolumeSize,
} from '../../shared/notebook-rules.js';
import { acceptsParameter, type ParameterDefinition } from '../_helpers/cfn-parameters.js';

const params: Record<string, ParameterDefinition> = parse(
  readFileSync(new URL('../../simple-stack.yaml', import.meta.url), 'utf8'),
).Parameters;
const accepts = (name: string, value: string) => acceptsParameter(params[name]!, value);

describe('template parameter constraints', () => {
  it.each([
    ['NotebookInstanceName', 'my-first-sagemaker-notebook', true],
    ['NotebookInstanceName', 'dev-notebook', true],
    ['NotebookInstanceName', 'a'.repeat(63), true],
    ['NotebookInstanceName', 'a'.repeat(64), false],
    ['NotebookInstanceName', 'my_notebook', false],
    ['NotebookInstanceName', '-leading', false],
    ['NotebookInstanceName', 'trailing-', false],
    ['NotebookInstanceName', '', false],
    ['InstanceType', 'ml.t3.medium', true],
    ['InstanceType', 'ml.g5.xlarge', true],
    ['InstanceType', 't3.medium', false],
    ['InstanceType', 'ml.t3.nano', false],
    ['VolumeSizeInGB', '5', true],
    ['VolumeSizeInGB', '16384', true],
    ['VolumeSizeInGB', '4', false],
    ['VolumeSizeInGB', '16385', false],
    ['IdleTimeoutMinutes', '0', true],
    ['IdleTimeoutMinutes', '-1', false],
    ['RootAccess', 'Enabled', true],
    ['RootAccess', 'yes', false],
    ['KmsKeyArn', '', true],
    ['KmsKeyArn', 'arn:aws:kms:ap-northeast-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab', true],
    ['KmsKeyArn', 'alias/my-key', false],
    ['VpcCidr', '10.0.0.0/16', true],
    ['VpcCidr', '0.0.0.0/0', false],
    ['AvailabilityZone', '', true],
    ['AvailabilityZone', 'ap-northeast-1a', true],
    ['AvailabilityZone', 'tokyo', false],
    ['DefaultCodeRepository', '', true],
    ['DefaultCodeRepository', 'https://github.com/aws/amazon-sagemaker-examples.git', true],
    ['DefaultCodeRepository', 'git@github.com:me/repo.git', false],
  ])('%s = %j is accepted: %s', (name, value, ok) => {
    expect(accepts(name, value)).toBe(ok);
  });

  it('the CLI’s local checks reject exactly what the template rejects', () => {
    const names = ['ok-name', 'a'.repeat(63), 'a'.repeat(64), 'bad_name', '-x', 'x-', ''];
    for (const n of names) expect(checkNotebookName(n) === undefined, n).toBe(accepts('NotebookInstanceName', n));
    for (const t of ['ml.t3.medium', 'ml.p3.2xlarge', 'ml.t3.nano', 'm5.large']) {
      expect(checkInstanceType(t) === undefined, t).toBe(accepts('InstanceType', t));
    }
    for (const v of [4, 5, 20, 16384, 16385])
      expect(checkVolumeSize(v) === undefined, String(v)).toBe(accepts('VolumeSizeInGB', String(v)));
    for (const m of [-1, 0, 60, 10080, 10081])
      expect(checkIdleTimeout(m) === undefined, String(m)).toBe(accepts('IdleTimeoutMinutes', String(m)));
  });
});
