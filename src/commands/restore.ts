import { KEPT_BACKUP_NAME } from '../../shared/backup-layout.js';
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
  usage: `${NAME_USAGE} --to DIR [--from kept-TIME]`,
  maxPositionals: 1,
  examples: [
    'smnb restore --to ./my-notebook',
    'smnb restore dev-notebook --to ~/notebooks/dev --output json',
    'smnb restore dev-notebook --from kept-20261208T012345Z --to ./kept',
  ],
  flags: [
    ...AWS_FLAGS,
    { name: 'to', type: 'string', descKey: 'flag.to', valueName: 'DIR' },
    { name: 'from', type: 'string', descKey: 'flag.from', valueName: 'kept-TIME' },
  ],
  async run(ctx, args) {
    const dir = args.flags.to as string | undefined;
    if (!dir) throw new UsageError('error.restoreNeedsTo');
    const from = args.flags.from as string | undefined;
    if (from !== undefined && !KEPT_BACKUP_NAME.test(from)) throw new UsageError('error.restoreFrom', { value: from });
    // A file, or a folder this user may not write into, is said before AWS is asked anything.
    checkRestoreFolder(dir);
    const result = await ctx.withOperation('restore', (op) =>
      restoreNotebook(op, args.positionals[0], restoreFolder(dir), from),
    );
    return { data: result, text: formatRestoreResult(result, ctx.t) };
  },
};
