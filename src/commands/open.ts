import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { NAME_USAGE, YES_FLAG } from './common-flags.js';

export const openCommand: CommandDefinition = {
  name: 'open',
  summaryKey: 'cmd.open.summary',
  usage: NAME_USAGE,
  maxPositionals: 1,
  examples: ['smnb open', 'smnb open dev-notebook', 'smnb open --classic'],
  flags: [...AWS_FLAGS, { name: 'classic', type: 'boolean', descKey: 'flag.classic' }, YES_FLAG],
  // The operation, its renderer and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [{ openNotebook }, { formatOpen }, { openInBrowser }] = await Promise.all([
      import('../operations/open.js'),
      import('../render/results.js'),
      import('../io/browser.js'),
    ]);
    const result = await ctx.withOperation('open', (op) =>
      openNotebook(op, args.positionals[0], args.flags.classic === true),
    );
    if (ctx.output === 'table' && result.url) openInBrowser(result.url, ctx.env);
    return { data: result, text: formatOpen(result, ctx.t) };
  },
};
