import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG } from './fleet-config-file.js';
import { NAME_USAGE } from './common-flags.js';

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
  // The operation, its renderer and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [{ status }, { formatStatus }, { eachNotebook }] = await Promise.all([
      import('../operations/status.js'),
      import('../render/results.js'),
      import('./each-notebook.js'),
    ]);
    return eachNotebook(ctx, args, 'status', status, (r) => `${formatStatus(r, ctx.t)}\n`);
  },
};
