import { formatUpgrade } from '../render/results.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { upgradeNotebook } from '../operations/platform/upgrade.js';
import { CONFIG_FLAG } from './fleet-config-file.js';
import { eachNotebook } from './each-notebook.js';
import { NAME_USAGE, YES_FLAG } from './common-flags.js';

export const upgradeCommand: CommandDefinition = {
  name: 'upgrade',
  summaryKey: 'cmd.upgrade.summary',
  usage: NAME_USAGE,
  maxPositionals: 1,
  examples: ['smnb upgrade', 'smnb upgrade dev-notebook --yes', 'smnb upgrade --config smnb.config.yaml --yes'],
  flags: [...AWS_FLAGS, YES_FLAG, CONFIG_FLAG],
  run: (ctx, args) => eachNotebook(ctx, args, 'upgrade', upgradeNotebook, (r) => formatUpgrade(r, ctx.t)),
};
