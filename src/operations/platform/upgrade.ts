import { isRetiredPlatform, NOTEBOOK_PLATFORM } from '../../../shared/notebook-rules.js';
import { notebookNotFound } from '../../errors.js';
import { setNotebookPower } from '../notebook-power.js';
import type { OperationContext } from '../../context/operation-context.js';
import { switchPlatformInPlace } from './switch-in-place.js';
import { resolveTarget } from '../resolve-target.js';
import { isUp } from '../../../shared/notebook-status.js';

export interface UpgradeResult {
  readonly notebookName: string;
  /** The platform it was on; equal to `platform` when nothing had to change. */
  readonly from: string;
  readonly platform: string;
  readonly changed: boolean;
  /** Its status now: running again if it was running before. */
  readonly status: string;
}

/** What `upgradeNotebook` uses of the operation context. */
export type UpgradeContext = Pick<
  OperationContext,
  'clock' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/** Switches one notebook from AL2 to AL2023 in place (files kept), and starts it again if it was running. */
export async function upgradeNotebook(ctx: UpgradeContext, name: string | undefined): Promise<UpgradeResult> {
  const target = await resolveTarget(ctx, name);
  const notebook = target.notebook;
  if (!notebook) throw notebookNotFound(target.notebookName);
  const from = notebook.platform ?? '';
  if (!isRetiredPlatform(notebook.platform))
    return { notebookName: notebook.name, from, platform: from, changed: false, status: notebook.status };
  const wasRunning = isUp(notebook.status);
  const switched = await switchPlatformInPlace(ctx, notebook);
  const status = wasRunning ? (await setNotebookPower(ctx, notebook.name, 'start', true)).status : switched.status;
  return { notebookName: notebook.name, from, platform: NOTEBOOK_PLATFORM, changed: true, status };
}
