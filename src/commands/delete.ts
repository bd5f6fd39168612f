import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG } from './fleet-config-file.js';
import { CONCURRENCY_FLAG, concurrencyOf } from './concurrency.js';
import { DEFAULT_NOTEBOOK_NAME } from '../../shared/notebook-rules.js';
import { YES_FLAG } from './common-flags.js';

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
    'smnb delete dev-notebook --no-backup',
  ],
  flags: [
    ...AWS_FLAGS,
    { name: 'match', type: 'string', descKey: 'flag.match', valueName: 'PATTERN' },
    YES_FLAG,
    { name: 'no-backup', type: 'boolean', descKey: 'flag.noBackup' },
    CONCURRENCY_FLAG,
    CONFIG_FLAG,
  ],
  // The operation, its renderer and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [{ exitCodeFor }, { deleteStacks }, { formatDelete }, { configNames }] = await Promise.all([
      import('./exit-codes.js'),
      import('../operations/delete.js'),
      import('../render/results.js'),
      import('./each-notebook.js'),
    ]);
    const fromConfig = (await configNames(args)) ?? [];
    const nothingNamed = args.positionals.length === 0 && !args.flags.match && fromConfig.length === 0;
    const names = nothingNamed ? [DEFAULT_NOTEBOOK_NAME] : [...args.positionals, ...fromConfig];
    const result = await ctx.withOperation('delete', (op) =>
      deleteStacks(op, {
        names,
        match: args.flags.match as string | undefined,
        yes: args.flags.yes === true,
        concurrency: concurrencyOf(args),
        noBackup: args.flags['no-backup'] === true,
      }),
    );
    // The worst outcome decides: a failed delete, then one AWS refused (nothing attempted), then a busy stack skipped.
    return { data: result, text: formatDelete(result, ctx.t), exitCode: exitCodeFor.delete(result) };
  },
};
