import { backupNotebook } from '../operations/backup/backup.js';
import { formatBackupResult } from '../render/backup.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { NAME_USAGE } from './common-flags.js';

export const backupCommand: CommandDefinition = {
  name: 'backup',
  summaryKey: 'cmd.backup.summary',
  usage: NAME_USAGE,
  maxPositionals: 1,
  examples: ['smnb backup', 'smnb backup dev-notebook', 'smnb backup dev-notebook --output json'],
  flags: [...AWS_FLAGS],
  async run(ctx, args) {
    const result = await ctx.withOperation('backup', (op) => backupNotebook(op, args.positionals[0]));
    return { data: result, text: formatBackupResult(result, ctx.t) };
  },
};
