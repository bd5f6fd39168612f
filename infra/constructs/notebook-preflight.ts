import { CfnCustomResource, Fn } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { Construct } from 'constructs';
import { named } from './logical-id.js';
import { acceptFindings } from '../rules/acknowledge.js';
import { ROLE_PATH } from '../../shared/policy-document.js';
import { PREFLIGHT_NAME_PREFIX, PREFLIGHT_READ_ACTIONS } from '../../shared/permissions-boundary.js';
import { stackScopedName } from './permissions-boundary.js';

/**
 * Our own budget for the inline handler, not CloudFormation's limit. CloudFormation once allowed 4,096 characters of
 * inline code; it lifted that, and now only the zip it makes of them must stay under 4 MB (AWS::Lambda::Function Code
 * reference; aws-cdk #20624). The budget keeps the handler small and the templates far below the 51,200 bytes of
 * --template-body, while the code stays readable: no mangled names.
 */
export const INLINE_CODE_BUDGET_CHARS = 12_000;
/** Current Node.js Lambda runtime (Lambda runtimes page, read 2026-11). */
export const PREFLIGHT_RUNTIME = 'nodejs24.x';
const TIMEOUT_SECONDS = 60;

/**
 * The handler bundled into one readable file for the template's inline code; the AWS SDK is left to the Lambda
 * runtime. Bundled as ESM (no interop helpers), then its few import/export statements are turned into CommonJS,
 * because Lambda loads an inline `index.js` as CommonJS. Type annotations go; names, comments' absence aside, stay.
 */
export function preflightCode(): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('../handlers/preflight/index.ts', import.meta.url))],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    legalComments: 'none',
    external: ['@aws-sdk/*'],
  });
  const code = toCommonJs(result.outputFiles[0]?.text ?? '');
  if (code.length > INLINE_CODE_BUDGET_CHARS) {
    throw new Error(`Preflight code is ${code.length} characters; its budget is ${INLINE_CODE_BUDGET_CHARS}.`);
  }
  return code;
}

/** Rewrites esbuild's `import { a as b } from "m";` and `export { x as handler };` statements (spaced or not). */
export function toCommonJs(esm: string): string {
  const code = esm
    .replace(
      /import\s*\{([^}]*)\}\s*from\s*"([^"]+)";/g,
      (_, names: string, from: string) => `const {${names.replace(/\s+as\s+/g, ': ')}} = require("${from}");`,
    )
    .replace(/export\s*\{\s*(\w+)(?:\s+as\s+handler)?\s*\};/, (_, name: string) => `exports.handler = ${name};`)
    .replace(/^\/\/ .*\n/gm, '')
    .trim();
  if (/(^|[;}\n])\s*(import|export)\b/.test(code)) throw new Error('Preflight bundle has ESM syntax left.');
  return code;
}

export interface NotebookPreflightProps {
  readonly instanceType: string;
  readonly requestedZone: string;
  readonly notebookName: string;
  /** ARN of the permissions boundary (or AWS::NoValue). */
  readonly permissionsBoundary: string;
}

/**
 * A Lambda-backed custom resource that runs before the network and notebook are built: it chooses an Availability
 * Zone that offers the instance type and stops the deployment within seconds when the notebook quota is used up.
 * It always answers CloudFormation, on Delete, on errors and before its own timeout.
 */
export class NotebookPreflight extends Construct {
  /** The Availability Zone the preflight chose. */
  public readonly availabilityZone: string;

  constructor(scope: Construct, id: string, props: NotebookPreflightProps) {
    super(scope, id);
    // Named with a fixed prefix so the deployer policy and the boundary can name them (replacing either is harmless).
    const name = stackScopedName(PREFLIGHT_NAME_PREFIX);
    const logGroup = named(
      new logs.CfnLogGroup(this, 'Logs', { logGroupName: name, retentionInDays: 14 }),
      'PreflightLogGroup',
    );
    const role = named(
      new iam.CfnRole(this, 'Role', {
        description: 'Runs the notebook deployment preflight (smnb)',
        // The deployer policy may create and pass only roles under this path, and only with the boundary.
        path: ROLE_PATH,
        permissionsBoundary: props.permissionsBoundary,
        assumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
        },
        policies: [{ policyName: 'Preflight', policyDocument: preflightPolicy(logGroup.attrArn) }],
      }),
      'PreflightFunctionRole',
    );
    acceptFindings(role, [
      {
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason:
          'ListServiceQuotas, ListNotebookInstances, DescribeAvailabilityZones and DescribeInstanceTypeOfferings are read-only and support no resource-level permissions.',
      },
    ]);
    const fn = named(
      new lambda.CfnFunction(this, 'Function', {
        functionName: name,
        description: 'Chooses an Availability Zone and checks the notebook quota before deployment (smnb)',
        runtime: PREFLIGHT_RUNTIME,
        handler: 'index.handler',
        code: { zipFile: preflightCode() },
        role: role.attrArn,
        timeout: TIMEOUT_SECONDS,
        memorySize: 256,
        loggingConfig: { logGroup: logGroup.ref, logFormat: 'Text' },
      }),
      'PreflightFunction',
    );
    const check = named(new CfnCustomResource(this, 'Check', { serviceToken: fn.attrArn }), 'NotebookPreflight');
    check.addOverride('Type', 'Custom::NotebookPreflight');
    check.addPropertyOverride('InstanceType', props.instanceType);
    check.addPropertyOverride('AvailabilityZone', props.requestedZone);
    check.addPropertyOverride('NotebookInstanceName', props.notebookName);
    this.availabilityZone = Fn.getAtt(check.logicalId, 'AvailabilityZone').toString();
  }
}

function preflightPolicy(logGroupArn: string): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadQuotaUsageAndZones',
        Effect: 'Allow',
        // Read-only list and describe calls; none of them supports resource-level permissions.
        Action: PREFLIGHT_READ_ACTIONS,
        Resource: '*',
      },
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        // The log group's Arn attribute ends in ":*", which covers its streams.
        Resource: logGroupArn,
      },
    ],
  };
}
