import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { INLINE_CODE_BUDGET_CHARS, toCommonJs } from '../../infra/constructs/notebook-preflight.js';

/** The exact code CloudFormation will give Lambda, taken from the committed template. */
const template = parse(readFileSync(new URL('../../templates/custom-resource-stack.yaml', import.meta.url), 'utf8'));
const zipFile: string = template.Resources.PreflightFunction.Properties.Code.ZipFile;

const quotaList = (value?: number) =>
  value === undefined
    ? []
    : [{ QuotaName: 'ml.t3.medium for notebook instance usage', Value: value, QuotaCode: 'L-X' }];

/** Loads the inline code as Lambda would (CommonJS), with the runtime's SDK and https replaced by recorders. */
function load(quotas: { applied?: number; default?: number; running?: number } = { applied: 1 }) {
  const calls: string[] = [];
  const puts: { url: string; body: string }[] = [];
  const client = (methods: Record<string, (input: unknown) => unknown>) =>
    class {
      constructor() {
        for (const [name, fn] of Object.entries(methods)) {
          (this as Record<string, unknown>)[name] = async (input: unknown) => {
            calls.push(name);
            return fn(input);
          };
        }
      }
    };
  const modules: Record<string, unknown> = {
    '@aws-sdk/client-ec2': {
      EC2: client({
        describeAvailabilityZones: () => ({
          AvailabilityZones: [{ ZoneName: 'ap-northeast-1c' }, { ZoneName: 'ap-northeast-1a' }],
        }),
        describeInstanceTypeOfferings: () => ({
          InstanceTypeOfferings: [{ Location: 'ap-northeast-1c' }, { Location: 'ap-northeast-1a' }],
        }),
      }),
    },
    '@aws-sdk/client-sagemaker': {
      SageMaker: client({
        listNotebookInstances: () => ({
          NotebookInstances: Array.from({ length: quotas.running ?? 0 }, (_, i) => ({
            NotebookInstanceName: `other-${i}`,
            InstanceType: 'ml.t3.medium',
            NotebookInstanceStatus: 'InService',
          })),
        }),
      }),
    },
    '@aws-sdk/client-service-quotas': {
      ServiceQuotas: client({
        listServiceQuotas: () => ({ Quotas: quotaList(quotas.applied) }),
        listAWSDefaultServiceQuotas: () => ({ Quotas: quotaList(quotas.default) }),
      }),
    },
    'node:https': {
      request(url: string, _options: unknown, onResponse: (res: EventEmitter & { resume(): EventEmitter }) => void) {
        const req = new EventEmitter() as EventEmitter & { end(body: string): void };
        req.end = (body: string) => {
          puts.push({ url, body });
          const res = Object.assign(new EventEmitter(), { resume: () => res });
          onResponse(res);
          res.emit('end');
        };
        return req;
      },
    },
  };
  const module = { exports: {} as { handler?: (e: unknown, c: unknown) => Promise<void> } };
  const require = (name: string) => {
    if (!(name in modules)) throw new Error(`unexpected require ${name}`);
    return modules[name];
  };
  runInNewContext(zipFile, {
    module,
    exports: module.exports,
    require,
    process: { env: { AWS_REGION: 'ap-northeast-1' } },
    console: { log: () => undefined },
    Buffer,
    setTimeout,
    clearTimeout,
  });
  return { handler: module.exports.handler!, calls, puts };
}

/** A Create request as CloudFormation sends it, and a Lambda context with a minute left. */
const CREATE = {
  RequestType: 'Create',
  ResponseURL: 'https://cloudformation-custom-resource-response.example/put',
  StackId: 'stack',
  RequestId: 'r1',
  LogicalResourceId: 'NotebookPreflight',
  ResourceProperties: { InstanceType: 'ml.t3.medium', AvailabilityZone: '', NotebookInstanceName: 'nb' },
};
const LAMBDA_CONTEXT = { getRemainingTimeInMillis: () => 60_000 };

describe('inline preflight code in the committed template', () => {
  it('stays within its size budget (CloudFormation’s old 4,096-character limit is gone: aws-cdk #20624)', () => {
    expect(zipFile.length).toBeLessThanOrEqual(INLINE_CODE_BUDGET_CHARS);
  });

  it('is readable: our own names, not mangled ones, one statement a line', () => {
    for (const name of ['runPreflight', 'chooseZone', 'quotaMessage', 'notebookQuota', 'previousZone', 'createHandler'])
      expect(zipFile, name).toMatch(new RegExp(`function ${name}\\b`));
    for (const property of ['instanceType', 'notebookName', 'availabilityZone', 'requestedZone'])
      expect(zipFile, property).toContain(`.${property}`);
    expect(zipFile).not.toMatch(/\b(request|apis|handler)\d\b/);
    expect(zipFile.split('\n').length).toBeGreaterThan(100);
  });

  it('loads as CommonJS and answers CloudFormation through the pre-signed URL', async () => {
    const { handler, calls, puts } = load();
    await handler(CREATE, LAMBDA_CONTEXT);
    expect(calls.sort()).toEqual(
      [
        'describeAvailabilityZones',
        'describeInstanceTypeOfferings',
        'listNotebookInstances',
        'listServiceQuotas',
      ].sort(),
    );
    expect(puts).toHaveLength(1);
    expect(puts[0]!.url).toBe('https://cloudformation-custom-resource-response.example/put');
    expect(JSON.parse(puts[0]!.body)).toMatchObject({
      Status: 'SUCCESS',
      Data: { AvailabilityZone: 'ap-northeast-1a' },
      PhysicalResourceId: 'notebook-preflight-ap-northeast-1a',
    });
  });

  it('falls back to AWS’s default quota when the account has no applied value', async () => {
    const { handler, calls, puts } = load({ default: 2, running: 2 });
    await handler(CREATE, LAMBDA_CONTEXT);
    expect(calls).toContain('listAWSDefaultServiceQuotas');
    expect(JSON.parse(puts[0]!.body)).toMatchObject({ Status: 'FAILED' });
    expect(JSON.parse(puts[0]!.body).Reason).toContain('may run 2 ml.t3.medium notebook instance(s)');
  });

  it('toCommonJs rewrites imports and the export, and refuses leftovers', () => {
    expect(toCommonJs('import { A as b, C } from "m";\nvar x = 1;\nexport {\n  x as handler\n};')).toBe(
      'const { A: b, C } = require("m");\nvar x = 1;\nexports.handler = x;',
    );
    expect(toCommonJs('var handler = 1;\nexport {\n  handler\n};')).toBe(
      'var handler = 1;\nexports.handler = handler;',
    );
    expect(() => toCommonJs('import x from"m";')).toThrow(/ESM syntax left/);
  });
});
