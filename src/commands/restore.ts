import { UsageError } from '../errors.js';
import { checkRestoreFolder, restoreFolder } from '../io/restore-folder.js';
import { restoreNotebook } from '../operations/backup/restore.js';
import { formatRestoreResult } from '../render/backup.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { NAME_USAGE } from './common-flags.js';

export const restoreCommand: CommandDefinition = {
  name: 'restore',
  summaryKey: 'cmd.restore.summary',
  usage: `${NAME_USAGE} --to DIR`,
  maxPositionals: 1,
  examples: ['smnb restore --to ./my-notebook', 'smnb restore dev-notebook --to ~/notebooks/dev --output json'],
  flags: [...AWS_FLAGS, { name: 'to', type: 'string', descKey: 'flag.to', valueName: 'DIR' }],
  async run(ctx, args) {
    const dir = args.flags.to as string | undefined;
    if (!dir) throw new UsageError('error.restoreNeedsTo');
    // A file, or a folder this user may not write into, is said before AWS is asked anything.
    checkRestoreFolder(dir);
    const result = await ctx.withOperation('restore', (op) =>
      restoreNotebook(op, args.positionals[0], restoreFolder(dir)),
    );
    return { data: result, text: formatRestoreResult(result, ctx.t) };
  },
};
