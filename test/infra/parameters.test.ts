import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkSetting, NOTEBOOK_SETTINGS, settingOf } from '../../shared/notebook-settings.js';
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

  const samples: Record<string, string[]> = {
    NotebookInstanceName: ['ok-name', 'a'.repeat(63), 'a'.repeat(64), 'bad_name', '-x', 'x-', ''],
    InstanceType: ['ml.t3.medium', 'ml.g5.xlarge', 'ml.p3.2xlarge', 'ml.t3.nano', 'm5.large'],
    VolumeSizeInGB: ['4', '5', '20', '16384', '16385'],
    IdleTimeoutMinutes: ['-1', '0', '60', '10080', '10081'],
    BackupIntervalMinutes: ['-1', '0', '60', '1440', '1441'],
    RootAccess: ['Enabled', 'Disabled', 'yes'],
    DirectInternetAccess: ['Enabled', 'Disabled', 'on'],
    DefaultCodeRepository: ['', 'https://github.com/aws/amazon-sagemaker-examples.git', 'git@github.com:me/r.git'],
    KmsKeyArn: ['', 'arn:aws:kms:ap-northeast-1:123456789012:key/abcd-12', 'alias/my-key'],
  };

  it.each(NOTEBOOK_SETTINGS.map((s) => [s.parameter]))(
    '%s: the CLI accepts exactly what the template accepts',
    (parameter) => {
      const values = samples[parameter];
      expect(values, `add sample values for ${parameter}`).toBeDefined();
      for (const v of values!) {
        expect(checkSetting(settingOf(parameter)!, v) === undefined, `${parameter}=${v}`).toBe(accepts(parameter, v));
      }
    },
  );
});
