import { isRetiredPlatform, NOTEBOOK_PLATFORM } from '../../../shared/notebook-rules.js';
import type { NotebookInfo } from '../../aws/notebook-api.js';
import { AppError, UserAbort } from '../../errors.js';
import { message, resume } from '../../events.js';
import { waitForStatus } from '../notebook-wait.js';
import type { OperationContext } from '../../context/operation-context.js';
import { isRunning, isSettling } from '../../../shared/notebook-status.js';

/** What `switchPlatformInPlace` uses of the operation context. */
export type SwitchInPlaceContext = Pick<OperationContext, 'clock' | 'io' | 'notebooks' | 'pollIntervalMs'>;

/**
 * Moves an AL2 notebook to Amazon Linux 2023 the way AWS documents it, keeping the ML volume and so every file:
 * stop it, UpdateNotebookInstance with PlatformIdentifier=notebook-al2023-v1, wait until it is Stopped again.
 * (SageMaker developer guide, "Amazon Linux 2 notebook instances", https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html,
 * read 2026-11-29: AL2 notebooks cannot be started again since 2026-07-01.)
 * Asks first (yes is the default, so --yes agrees); a notebook already on AL2023 is returned as it is. The caller
 * starts it again when it should run.
 */
export async function switchPlatformInPlace(ctx: SwitchInPlaceContext, notebook: NotebookInfo): Promise<NotebookInfo> {
  if (!isRetiredPlatform(notebook.platform)) return notebook;
  const params = { notebook: notebook.name, from: notebook.platform ?? '', to: NOTEBOOK_PLATFORM };
  ctx.io.notify(message('platform.retired', params, 'warn'));
  const agreed = await ctx.io.confirm({
    questionKey: 'confirm.switchPlatform',
    questionParams: params,
    defaultAnswer: true,
  });
  if (!agreed) throw new UserAbort('error.switchPlatformDeclined', params);
  let info = notebook;
  if (isSettling(info.status)) info = await waitForStatus(ctx, info.name, (s) => !isSettling(s));
  if (isRunning(info.status)) {
    ctx.io.notify(message('power.stopping', { notebook: info.name }));
    await ctx.notebooks.stop(info.name);
    info = await waitForStatus(ctx, info.name, (s) => s === 'Stopped' || s === 'Failed');
  }
  ctx.io.notify(message('platform.switching', params));
  ctx.io.notify(resume('interrupt.switching', params));
  await ctx.notebooks.updatePlatform(info.name, NOTEBOOK_PLATFORM);
  info = await waitForStatus(ctx, info.name, (s) => s === 'Stopped' || s === 'Failed');
  if (info.status === 'Failed')
    throw new AppError('error.notebookFailed', { notebook: info.name, reason: info.failureReason ?? '' });
  ctx.io.notify(message('platform.switched', params));
  return info;
}
