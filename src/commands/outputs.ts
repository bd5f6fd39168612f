import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';

export const outputsCommand: CommandDefinition = {
  name: 'outputs',
  summaryKey: 'cmd.outputs.summary',
  usage: '[STACK]',
  maxPositionals: 1,
  examples: ['smnb outputs', 'smnb outputs sagemaker-notebook-dev', 'smnb outputs --output json'],
  flags: AWS_FLAGS,
  // The operation, its renderer and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [{ outputs }, { formatOutputs }] = await Promise.all([
      import('../operations/outputs.js'),
      import('../render/results.js'),
    ]);
    const result = await ctx.withOperation('outputs', (op) => outputs(op, args.positionals[0]));
    return { data: result, text: formatOutputs(result, ctx.t) };
  },
};
