import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';

export const listCommand: CommandDefinition = {
  name: 'list',
  summaryKey: 'cmd.list.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb list',
    'smnb list --all-regions',
    'smnb list --region us-east-1',
    'smnb list --all-regions --output json',
  ],
  flags: [...AWS_FLAGS, { name: 'all-regions', type: 'boolean', descKey: 'flag.allRegions' }],
  // The operation, its renderer and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [{ exitCodeFor }, { listAccount }, { billListOptions }, { formatAccountListing }] = await Promise.all([
      import('./exit-codes.js'),
      import('../operations/list/list-account.js'),
      import('../operations/list/bill-sources.js'),
      import('../render/list.js'),
    ]);
    const listing = await ctx.withOperation('list', (op) =>
      listAccount(op, billListOptions(args.flags['all-regions'] === true)),
    );
    // A region that did not answer leaves the listing incomplete: said in the text, and in the exit code for scripts.
    return {
      data: listing,
      text: formatAccountListing(listing, ctx.t),
      exitCode: exitCodeFor.list(listing),
    };
  },
};
