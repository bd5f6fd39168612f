import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { deriveStackName, resolveDeployOptions } from '../../src/plan/deploy-options.js';

const PARAMS = [
  'NotebookInstanceName',
  'InstanceType',
  'VolumeSizeInGB',
  'IdleTimeoutMinutes',
  'RootAccess',
  'KmsKeyArn',
];

describe('deriveStackName', () => {
  it.each([
    ['my-first-sagemaker-notebook', 'my-sagemaker-notebook'],
    ['dev-notebook', 'sagemaker-notebook-dev'],
    ['prod-notebook', 'sagemaker-notebook-prod'],
    ['experiment1', 'sagemaker-notebook-experiment1'],
    ['9lives', 'sagemaker-notebook-9lives'],
    ['notebook', 'sagemaker-notebook-notebook'],
  ])('%s -> %s', (name, stack) => expect(deriveStackName(name)).toBe(stack));
});

describe('resolveDeployOptions', () => {
  it('with no flags matches the guide', () => {
    expect(resolveDeployOptions({}, PARAMS)).toEqual({
      stackName: 'my-sagemaker-notebook',
      notebookName: 'my-first-sagemaker-notebook',
      parameters: {},
      nested: false,
    });
  });

  it('lets specific flags win over --param, and --param over a file', () => {
    const o = resolveDeployOptions(
      {
        fileParameters: { InstanceType: 'ml.t3.large', VolumeSizeInGB: '30' },
        params: ['VolumeSizeInGB=40', 'RootAccess=Enabled'],
        settings: { VolumeSizeInGB: '50', NotebookInstanceName: 'dev-notebook' },
      },
      PARAMS,
    );
    expect(o.parameters).toEqual({
      InstanceType: 'ml.t3.large',
      VolumeSizeInGB: '50',
      RootAccess: 'Enabled',
      NotebookInstanceName: 'dev-notebook',
    });
    expect(o.stackName).toBe('sagemaker-notebook-dev');
  });

  it.each([
    [{ settings: { NotebookInstanceName: 'bad_name' } }, 'error.name-pattern', { value: 'bad_name' }],
    [{ settings: { NotebookInstanceName: 'a'.repeat(64) } }, 'error.name-too-long', { length: 64, max: 63 }],
    [{ settings: { InstanceType: 'ml.t3.nano' } }, 'error.instance-type', { value: 'ml.t3.nano' }],
    [{ settings: { VolumeSizeInGB: '4' } }, 'error.volume-range', { value: '4', min: 5, max: 16384 }],
    [{ settings: { VolumeSizeInGB: '16385' } }, 'error.volume-range', { value: '16385' }],
    [{ settings: { IdleTimeoutMinutes: '-5' } }, 'error.idle-range', { value: '-5' }],
    [{ stackName: '1stack' }, 'error.stack-name', { value: '1stack' }],
    [{ params: ['NoEquals'] }, 'error.paramFormat', { value: 'NoEquals' }],
    [{ params: ['Unknown=1'] }, 'error.paramUnknown', { key: 'Unknown' }],
    [{ params: ['NotebookPlatform=notebook-al2-v3'] }, 'error.paramUnknown', { key: 'NotebookPlatform' }],
    [
      { params: ['RootAccess=Maybe'] },
      'error.allowed-values',
      { parameter: 'RootAccess', allowed: 'Disabled, Enabled' },
    ],
    [{ params: ['KmsKeyArn=not-an-arn'] }, 'error.constraint', { parameter: 'KmsKeyArn' }],
  ])('rejects %j before any AWS call', (request, key, params) => {
    try {
      resolveDeployOptions(request, PARAMS);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).key).toBe(key);
      expect((error as UsageError).params).toMatchObject(params);
    }
  });

  it('lists every valid instance type when one is unknown', () => {
    try {
      resolveDeployOptions({ settings: { InstanceType: 'x' } }, PARAMS);
    } catch (error) {
      expect(String((error as UsageError).params.allowed)).toContain('ml.t3.medium, ml.t3.large');
    }
  });
});
