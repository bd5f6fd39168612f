import { openNotebook } from '../operations/open.js';
import { formatOpen } from '../render/results.js';
import { openInBrowser } from '../io/browser.js';
import { withOperation } from './aws-context.js';
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
  async run(ctx, args) {
    const result = await withOperation(ctx, args, 'open', (op) =>
      openNotebook(op, args.positionals[0], args.flags.classic === true),
    );
    if (ctx.output === 'table' && result.url) openInBrowser(result.url, ctx.env);
    return { data: result, text: formatOpen(result, ctx.t) };
  },
};
