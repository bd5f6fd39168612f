import { outputs } from '../operations/outputs.js';
import { formatOutputs } from '../render/results.js';
import { withOperation } from './aws-context.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';

export const outputsCommand: CommandDefinition = {
  name: 'outputs',
  summaryKey: 'cmd.outputs.summary',
  usage: '[STACK]',
  maxPositionals: 1,
  examples: ['smnb outputs', 'smnb outputs sagemaker-notebook-dev', 'smnb outputs --output json'],
  flags: AWS_FLAGS,
  async run(ctx, args) {
    const result = await withOperation(ctx, args, 'outputs', (op) => outputs(op, args.positionals[0]));
    return { data: result, text: formatOutputs(result, ctx.t) };
  },
};
