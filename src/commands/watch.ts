import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';

export const watchCommand: CommandDefinition = {
  name: 'watch',
  summaryKey: 'cmd.watch.summary',
  usage: '[STACK]',
  maxPositionals: 1,
  examples: ['smnb watch', 'smnb watch sagemaker-notebook-dev'],
  flags: AWS_FLAGS,
  // The operation and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [{ exitCodeFor }, { watchOperation }, { formatDuration }] = await Promise.all([
      import('./exit-codes.js'),
      import('../operations/watch.js'),
      import('../render/duration.js'),
    ]);
    const result = await ctx.withOperation('watch', (op) => watchOperation(op, args.positionals[0]));
    const final = result.stack?.status ?? '';
    return {
      data: {
        stackName: result.stack?.name,
        status: final,
        failure: result.failure,
        elapsedSeconds: result.elapsedSeconds,
      },
      text: ctx.t('watch.done', {
        stack: result.stack?.name ?? '',
        status: final,
        duration: formatDuration(result.elapsedSeconds, ctx.t),
      }),
      exitCode: exitCodeFor.watch(final),
    };
  },
};
