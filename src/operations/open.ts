import { notebookNotFound } from '../errors.js';
import { message } from '../events.js';
import { setNotebookPower } from './notebook-power.js';
import type { OperationContext } from '../context/operation-context.js';
import { resolveTarget } from './resolve-target.js';
import { isRunning } from '../../shared/notebook-status.js';
import { notebookUrl } from '../../shared/notebook-urls.js';

export interface OpenResult {
  readonly notebookName: string;
  /** Sign-in link valid for 5 minutes, straight into JupyterLab (or classic Jupyter). */
  readonly url: string;
  /** The console page, which always works for a signed-in user. */
  readonly consoleUrl: string;
  readonly started: boolean;
}

export function consoleUrl(region: string, notebook: string): string {
  return notebookUrl('console', region, notebook);
}

/** What `openNotebook` uses of the operation context. */
export type OpenContext = Pick<OperationContext, 'clock' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'>;

/** Starts the notebook if it is stopped (and waits), then asks for a presigned URL into JupyterLab. */
export async function openNotebook(ctx: OpenContext, name: string | undefined, classic: boolean): Promise<OpenResult> {
  const target = await resolveTarget(ctx, name);
  if (!target.notebook) throw notebookNotFound(target.notebookName);
  let started = false;
  if (!isRunning(target.notebook.status)) {
    ctx.io.notify(message('open.starting', { notebook: target.notebook.name, status: target.notebook.status }));
    const power = await setNotebookPower(ctx, target.notebook.name, 'start', true);
    started = power.changed;
  }
  const signed = await ctx.notebooks.presignedUrl(target.notebook.name);
  // The link opens classic Jupyter; `view=lab` lands in JupyterLab instead, as the console's button does.
  const url = classic || !signed ? signed : `${signed}${signed.includes('?') ? '&' : '?'}view=lab`;
  return { notebookName: target.notebook.name, url, consoleUrl: consoleUrl(ctx.region, target.notebook.name), started };
}
