import type { NotebookInfo } from '../aws/notebook-api.js';
import { AppError, notebookNotFound, PreconditionError } from '../errors.js';
import { message, resume } from '../events.js';
import type { OperationContext } from '../context/operation-context.js';
import { resolveTarget } from './resolve-target.js';
import { waitForStatus } from './notebook-wait.js';
import { switchPlatformInPlace } from './platform/switch-in-place.js';
import { isSettling, notebookPhase } from '../../shared/notebook-status.js';

export type PowerAction = 'stop' | 'start';

export interface PowerResult {
  readonly notebookName: string;
  readonly action: PowerAction;
  /** False when the notebook already was where the action leads. */
  readonly changed: boolean;
  readonly status: string;
}

const SETTLED: Record<PowerAction, string> = { stop: 'Stopped', start: 'InService' };
const UNDER_WAY: Record<PowerAction, string> = { stop: 'Stopping', start: 'Pending' };

/**
 * The next call for a notebook in a given state: act, wait first, nothing to do, or impossible. Read from the phases
 * in shared/notebook-status.ts: a stop already under way (Stopping) or a start already under way (Pending) is done;
 * other settling states are waited out, except Deleting, which leaves nothing to act on.
 */
export function nextPowerStep(action: PowerAction, status: string): 'act' | 'wait-then-act' | 'done' | 'refuse' {
  if (status === SETTLED[action] || status === UNDER_WAY[action]) return 'done';
  if (status === 'Deleting') return 'refuse';
  const phase = notebookPhase(status);
  if (phase === 'settling') return 'wait-then-act';
  if (action === 'stop') return phase === 'running' ? 'act' : 'refuse';
  return phase === 'stopped' ? 'act' : 'done';
}

/** What `setNotebookPower` uses of the operation context. */
export type NotebookPowerContext = Pick<
  OperationContext,
  'clock' | 'io' | 'notebooks' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/** Stops or starts a notebook, waiting for a transition in the way, and optionally until it settles. */
export async function setNotebookPower(
  ctx: NotebookPowerContext,
  name: string | undefined,
  action: PowerAction,
  wait: boolean,
): Promise<PowerResult> {
  const target = await resolveTarget(ctx, name);
  if (!target.notebook) throw notebookNotFound(target.notebookName);
  let info: NotebookInfo = target.notebook;
  let step = nextPowerStep(action, info.status);
  if (step === 'wait-then-act') {
    ctx.io.notify(message('power.waitingFirst', { notebook: info.name, status: info.status }));
    info = await waitForStatus(ctx, info.name, (s) => !isSettling(s));
    step = nextPowerStep(action, info.status);
  }
  if (step === 'refuse')
    throw new PreconditionError('error.powerRefused', { notebook: info.name, status: info.status, action });
  if (step === 'done' && !wait) return { notebookName: info.name, action, changed: false, status: info.status };
  if (step === 'act' && action === 'start') info = await switchPlatformInPlace(ctx, info);
  if (step === 'act') {
    ctx.io.notify(resume(action === 'stop' ? 'interrupt.stopping' : 'interrupt.starting', { notebook: info.name }));
    await (action === 'stop' ? ctx.notebooks.stop(info.name) : ctx.notebooks.start(info.name));
    ctx.io.notify(message(action === 'stop' ? 'power.stopping' : 'power.starting', { notebook: info.name }));
  }
  const final = wait
    ? await waitForStatus(ctx, info.name, (s) => s === SETTLED[action] || s === 'Failed')
    : await ctx.notebooks.describe(info.name);
  if (final?.status === 'Failed')
    throw new AppError('error.notebookFailed', { notebook: info.name, reason: final.failureReason ?? '' });
  return { notebookName: info.name, action, changed: step === 'act', status: final?.status ?? '' };
}
