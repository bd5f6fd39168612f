import { CHECKS } from '../checks/notebook-checks.js';
import type { CheckContext } from '../checks/check.js';
import { AwsCallError, EXIT, PreconditionError } from '../errors.js';
import { message } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import { isNoAnswer, runChecks, type CheckResult } from '../operations/doctor.js';
import type { OperationContext } from '../operations/operation-context.js';
import type { DeployOptions } from '../plan/deploy-options.js';
import type { FleetConfig } from '../plan/fleet-config.js';
import { DEFAULT_INSTANCE_TYPE } from '../../shared/notebook-rules.js';
import { padEnd } from '../plan/text-width.js';
import { withOperation } from './aws-context.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG, readFleetConfig } from './fleet-config-file.js';
import { deployFlags, deployRequest } from './deploy-flags.js';
import { resolveDeployOptions } from '../plan/deploy-options.js';
import { loadTemplate } from '../templates.js';

const MARK = { pass: '✓', warn: '!', fail: '✗', unknown: '?' } as const;

export function formatChecks(results: readonly CheckResult[], t: Translate): string {
  const lines = results.flatMap((r) => [
    `${MARK[r.status]} ${padEnd(t(r.titleKey), 28)} ${t(r.detailKey, r.params)}`,
    ...(r.hintKey && r.status !== 'pass' ? [`    ${t(r.hintKey, r.params)}`] : []),
  ]);
  const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length;
  const summary = { pass: count('pass'), warn: count('warn'), fail: count('fail'), unknown: count('unknown') };
  return [...lines, '', t('doctor.summary', summary)].join('\n');
}

export function checkContext(op: OperationContext, options: DeployOptions): CheckContext {
  return {
    op,
    targets: [
      {
        notebookName: options.notebookName,
        stackName: options.stackName,
        instanceType: options.parameters.InstanceType ?? DEFAULT_INSTANCE_TYPE,
      },
    ],
  };
}

/** A fleet is checked as a whole: its notebooks must fit the quota together. */
export function fleetCheckContext(op: OperationContext, config: FleetConfig): CheckContext {
  return {
    op,
    targets: config.notebooks.map((nb) => ({
      notebookName: nb.name,
      stackName: nb.stackName,
      instanceType: nb.settings.InstanceType ?? DEFAULT_INSTANCE_TYPE,
    })),
  };
}

/** Deploy's gate: the checks that can doom a deploy, run first; a failure stops it before anything changes. */
export async function gateChecks(ctx: CheckContext, t: Translate): Promise<void> {
  const results = await runChecks(
    ctx,
    CHECKS.filter((c) => c.gate),
  );
  // No answer from AWS dooms the deploy too: stop now rather than wait for every call to time out again.
  if (results.some(isNoAnswer)) throw new AwsCallError('error.timeout', { operation: 'deploy' }, 'hint.timeout');
  // Only a definite "no" stops a deploy; a check that could not ask says so once and lets it go on.
  for (const r of results.filter((x) => x.status === 'unknown'))
    ctx.op.io.notify(message('check.gateUnknown', { check: t(r.titleKey), detail: t(r.detailKey, r.params) }, 'warn'));
  const failed = results.filter((r) => r.status === 'fail');
  if (failed.length > 0) {
    const checks = failed.map((r) => `${t(r.titleKey)} (${t(r.detailKey, r.params)})`).join('; ');
    throw new PreconditionError('error.checksFailed', { checks }, 'hint.doctor');
  }
}

export const doctorCommand: CommandDefinition = {
  name: 'doctor',
  summaryKey: 'cmd.doctor.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb doctor',
    'smnb doctor --name dev-notebook --instance-type ml.g4dn.xlarge',
    'smnb doctor --config smnb.config.yaml',
    'smnb doctor --output json',
  ],
  flags: [...deployFlags('name', 'stack-name', 'instance-type', 'region', 'profile'), CONFIG_FLAG],
  async run(ctx, args) {
    const path = args.flags.config;
    // A fleet is read (and rejected when wrong) before any AWS call, as deploy does.
    const config = typeof path === 'string' ? await readFleetConfig(path) : undefined;
    const template = loadTemplate('simple-stack.yaml');
    const options = resolveDeployOptions(deployRequest(args), Object.keys(template.Parameters ?? {}));
    const results = await withOperation(ctx, args, 'doctor', (op) =>
      runChecks(config ? fleetCheckContext(op, config) : checkContext(op, options), CHECKS),
    );
    return {
      data: results,
      text: formatChecks(results, ctx.t),
      exitCode: results.some(isNoAnswer)
        ? EXIT.aws
        : results.some((r) => r.status === 'fail')
          ? EXIT.precondition
          : EXIT.ok,
    };
  },
};
