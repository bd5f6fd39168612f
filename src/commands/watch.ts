import { exitCodeFor } from './exit-codes.js';
import { PreconditionError, stackNotFound } from '../errors.js';
import { watchStack } from '../monitor/watch-stack.js';
import { REVIEW_IN_PROGRESS } from '../monitor/stack-status.js';
import { operationStart } from '../monitor/operation-start.js';
import { resolveTarget } from '../operations/resolve-target.js';
import { formatDuration } from '../render/duration.js';
import { withOperation } from './aws-context.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';

export const watchCommand: CommandDefinition = {
  name: 'watch',
  summaryKey: 'cmd.watch.summary',
  usage: '[STACK]',
  maxPositionals: 1,
  examples: ['smnb watch', 'smnb watch sagemaker-notebook-dev'],
  flags: AWS_FLAGS,
  async run(ctx, args) {
    const result = await withOperation(ctx, args, 'watch', async (op) => {
      const { stack } = await resolveTarget(op, args.positionals[0], false);
      if (!stack) throw stackNotFound(args.positionals[0] ?? '', op.region);
      // Nothing runs on it: say what to do instead of waiting for an operation that will never come.
      if (stack.status === REVIEW_IN_PROGRESS)
        throw new PreconditionError('error.stackInReview', { stack: stack.name }, 'hint.stackInReview');
      // Replay the current operation from its start (a time on AWS's clock), then follow it live.
      const since = operationStart(await op.stacks.newEvents(stack.id), stack.id);
      return watchStack(op, stack.id, since ? { since } : { afterEventId: await op.stacks.latestEventId(stack.id) });
    });
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
