import type { Translate } from '../i18n/messages.js';
import { awsNow, failures, summarise, type ProgressState } from '../monitor/progress-model.js';
import { padEnd } from '../plan/text-width.js';
import { formatDuration } from './duration.js';

const clockTime = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * The block redrawn in a terminal: one line per step of the guide with its count and what is in progress, the
 * elapsed time with an estimate of what remains, and failures pinned at the bottom.
 */
export function formatLiveBlock(state: ProgressState, t: Translate, now: number, final = false): string[] {
  // Resource times are AWS's; `now` is this machine's: compare like with like.
  const onAws = awsNow(state, now);
  const elapsed = state.startedAt === undefined ? 0 : (state.startedOnAwsClock ? onAws : now) - state.startedAt;
  const remaining =
    state.expectedSeconds === undefined ? undefined : Math.max(0, state.expectedSeconds - Math.floor(elapsed / 1000));
  const head = t('live.header', { stack: state.stackName ?? '', elapsed: clockTime(elapsed) });
  const lines = [
    !final && remaining && remaining > 0
      ? `${head}  ${t('live.remaining', { duration: formatDuration(remaining, t) })}`
      : head,
  ];
  for (const g of summarise(state)) {
    const mark = g.failed ? '✗' : g.done === g.total ? '✓' : '…';
    const active = g.active.map((r) => `${r.name} ${clockTime(onAws - r.since)}`).join(', ');
    lines.push(
      `  ${mark} ${padEnd(g.line.kind === 'group' ? t(`plan.group.${g.line.group}`) : g.line.name, 46)} ${String(g.done).padStart(2)}/${g.total}  ${active}`.trimEnd(),
    );
  }
  for (const f of failures(state)) lines.push(`  ✗ ${f.name}: ${f.reason}`);
  return lines;
}
