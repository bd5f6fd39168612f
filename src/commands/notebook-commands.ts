import { EXIT } from '../errors.js';
import { watchStack } from '../monitor/watch-stack.js';
import { isSuccess, REVIEW_IN_PROGRESS } from '../monitor/stack-status.js';
import { operationStart } from '../monitor/operation-start.js';
import { deleteStacks } from '../operations/delete.js';
import { listNotebooks } from '../operations/list.js';
import { setNotebookPower } from '../operations/notebook-power.js';
import { openNotebook } from '../operations/open.js';
import { outputs } from '../operations/outputs.js';
import { resolveTarget } from '../operations/resolve-target.js';
import { status } from '../operations/status.js';
import { formatDuration } from '../render/duration.js';
import {
  formatDelete,
  formatList,
  formatOpen,
  formatOutputs,
  formatPower,
  formatStatus,
  formatUpgrade,
} from '../render/results.js';
import { openInBrowser } from '../io/browser.js';
import { withOperation } from './aws-context.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import type { FlagSpec } from '../args.js';
import { upgradeNotebook } from '../operations/upgrade.js';
import { CONFIG_FLAG } from './fleet-config-file.js';
import { configNames, eachNotebook } from './each-notebook.js';
import { CONCURRENCY_FLAG, concurrencyOf } from './concurrency.js';
import { PreconditionError } from '../errors.js';
import { DEFAULT_NOTEBOOK_NAME } from '../../shared/notebook-rules.js';

const NAME_USAGE = '[NAME]';
const YES_FLAG: FlagSpec = { name: 'yes', type: 'boolean', descKey: 'flag.yes' };

export const outputsCommand: CommandDefinition = {
  name: 'outputs',
  summaryKey: 'cmd.outputs.summary',
  usage: '[STACK]',
  maxPositionals: 1,
  examples: ['smnb outputs', 'smnb outputs sagemaker-notebook-dev', 'smnb outputs --output json'],
  flags: AWS_FLAGS,
  async run(ctx, args) {
    const result = await withOperation(ctx, args, 'outputs', (op) => outputs(op, args.positionals[0]));
    return { data: result, text: formatOutputs(result, ctx.t) };
  },
};

export const statusCommand: CommandDefinition = {
  name: 'status',
  summaryKey: 'cmd.status.summary',
  usage: NAME_USAGE,
  maxPositionals: 1,
  examples: [
    'smnb status',
    'smnb status dev-notebook',
    'smnb status sagemaker-notebook-dev --output json',
    'smnb status --config smnb.config.yaml',
  ],
  flags: [...AWS_FLAGS, CONFIG_FLAG],
  run: (ctx, args) => eachNotebook(ctx, args, 'status', status, (r) => `${formatStatus(r, ctx.t)}\n`),
};

function powerCommand(action: 'stop' | 'start'): CommandDefinition {
  return {
    name: action,
    summaryKey: action === 'stop' ? 'cmd.stop.summary' : 'cmd.start.summary',
    usage: NAME_USAGE,
    maxPositionals: 1,
    examples: [`smnb ${action}`, `smnb ${action} dev-notebook --wait`, `smnb ${action} --config smnb.config.yaml`],
    flags: [
      ...AWS_FLAGS,
      { name: 'wait', type: 'boolean', descKey: 'flag.wait' },
      ...(action === 'start' ? [YES_FLAG] : []),
      CONFIG_FLAG,
    ],
    run: (ctx, args) =>
      eachNotebook(
        ctx,
        args,
        action,
        (op, name) => setNotebookPower(op, name, action, args.flags.wait === true),
        (r) => formatPower(r, ctx.t),
      ),
  };
}
export const stopCommand = powerCommand('stop');
export const startCommand = powerCommand('start');

export const upgradeCommand: CommandDefinition = {
  name: 'upgrade',
  summaryKey: 'cmd.upgrade.summary',
  usage: NAME_USAGE,
  maxPositionals: 1,
  examples: ['smnb upgrade', 'smnb upgrade dev-notebook --yes', 'smnb upgrade --config smnb.config.yaml --yes'],
  flags: [...AWS_FLAGS, YES_FLAG, CONFIG_FLAG],
  run: (ctx, args) => eachNotebook(ctx, args, 'upgrade', upgradeNotebook, (r) => formatUpgrade(r, ctx.t)),
};

export const openCommand: CommandDefinition = {
  name: 'open',
  summaryKey: 'cmd.open.summary',
  usage: NAME_USAGE,
  maxPositionals: 1,
  examples: ['smnb open', 'smnb open dev-notebook', 'smnb open --classic'],
  flags: [...AWS_FLAGS, { name: 'classic', type: 'boolean', descKey: 'flag.classic' }, YES_FLAG],
  async run(ctx, args) {
    const result = await withOperation(ctx, args, 'open', (op) =>
      openNotebook(op, args.positionals[0], args.flags.classic === true),
    );
    if (ctx.output === 'table' && result.url) openInBrowser(result.url, ctx.env);
    return { data: result, text: formatOpen(result, ctx.t) };
  },
};

export const deleteCommand: CommandDefinition = {
  name: 'delete',
  summaryKey: 'cmd.delete.summary',
  usage: '[STACK|NAME ...]',
  maxPositionals: 100,
  examples: [
    'smnb delete',
    'smnb delete sagemaker-notebook-dev sagemaker-notebook-prod',
    "smnb delete --match 'sagemaker-notebook-*'",
    'smnb delete --config smnb.config.yaml',
    'smnb delete dev-notebook --yes',
  ],
  flags: [
    ...AWS_FLAGS,
    { name: 'match', type: 'string', descKey: 'flag.match', valueName: 'PATTERN' },
    YES_FLAG,
    CONCURRENCY_FLAG,
    CONFIG_FLAG,
  ],
  async run(ctx, args) {
    const fromConfig = configNames(args) ?? [];
    const nothingNamed = args.positionals.length === 0 && !args.flags.match && fromConfig.length === 0;
    const names = nothingNamed ? [DEFAULT_NOTEBOOK_NAME] : [...args.positionals, ...fromConfig];
    const result = await withOperation(ctx, args, 'delete', (op) =>
      deleteStacks(op, {
        names,
        match: args.flags.match as string | undefined,
        yes: args.flags.yes === true,
        concurrency: concurrencyOf(args),
      }),
    );
    // The worst outcome decides: a failed delete, then a stack skipped because it was busy.
    const exitCode = result.failed > 0 ? EXIT.failed : result.skipped.length > 0 ? EXIT.precondition : EXIT.ok;
    return { data: result, text: formatDelete(result, ctx.t), exitCode };
  },
};

export const listCommand: CommandDefinition = {
  name: 'list',
  summaryKey: 'cmd.list.summary',
  usage: '',
  maxPositionals: 0,
  examples: ['smnb list', 'smnb list --region us-east-1', 'smnb list --output json'],
  flags: AWS_FLAGS,
  async run(ctx, args) {
    const { rows, region } = await withOperation(ctx, args, 'list', async (op) => ({
      rows: await listNotebooks(op),
      region: op.region,
    }));
    return { data: rows, text: formatList(rows, ctx.t, region) };
  },
};

export const watchCommand: CommandDefinition = {
  name: 'watch',
  summaryKey: 'cmd.watch.summary',
  usage: '[STACK]',
  maxPositionals: 1,
  examples: ['smnb watch', 'smnb watch sagemaker-notebook-dev'],
  flags: AWS_FLAGS,
  async run(ctx, args) {
    const result = await withOperation(ctx, args, 'watch', async (op) => {
      const { stack } = await resolveTarget(op, args.positionals[0], false);
      if (!stack)
        throw new PreconditionError(
          'error.notFound',
          { name: args.positionals[0] ?? '', region: op.region },
          'hint.list',
        );
      // Nothing runs on it: say what to do instead of waiting for an operation that will never come.
      if (stack.status === REVIEW_IN_PROGRESS)
        throw new PreconditionError('error.stackInReview', { stack: stack.name }, 'hint.stackInReview');
      // Replay the current operation from its start (a time on AWS's clock), then follow it live.
      const since = operationStart(await op.stacks.newEvents(stack.id), stack.id);
      return watchStack(op, stack.id, since ? { since } : { afterEventId: await op.stacks.latestEventId(stack.id) });
    });
    const final = result.stack?.status ?? '';
    return {
      data: {
        stackName: result.stack?.name,
        status: final,
        failure: result.failure,
        elapsedSeconds: result.elapsedSeconds,
      },
      text: ctx.t('watch.done', {
        stack: result.stack?.name ?? '',
        status: final,
        duration: formatDuration(result.elapsedSeconds, ctx.t),
      }),
      exitCode: isSuccess(final) ? EXIT.ok : EXIT.failed,
    };
  },
};
