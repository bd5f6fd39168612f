import { listNotebooks } from '../operations/list.js';
import { formatList } from '../render/results.js';
import { withOperation } from './aws-context.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';

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
