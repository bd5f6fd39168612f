import type { Translate } from '../i18n/messages.js';

/** "45 s" under two minutes, else whole minutes rounded up. */
export function formatDuration(seconds: number, t: Translate): string {
  if (seconds < 120) return t('duration.seconds', { n: Math.round(seconds) });
  return t('duration.minutes', { n: Math.ceil(seconds / 60) });
}

/** A countdown as a clock shows it: minutes and seconds, "2:30". */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** How old something is, in the largest unit that reads naturally: seconds, minutes, hours, then days. */
export function formatAge(seconds: number, t: Translate): string {
  if (seconds < 2 * 3600) return formatDuration(seconds, t);
  if (seconds < 2 * 86_400) return t('duration.hours', { n: Math.floor(seconds / 3600) });
  return t('duration.days', { n: Math.floor(seconds / 86_400) });
}
