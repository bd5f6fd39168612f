import type { Translate } from '../i18n/messages.js';

/** "45 s" under two minutes, else whole minutes rounded up. */
export function formatDuration(seconds: number, t: Translate): string {
  if (seconds < 120) return t('duration.seconds', { n: Math.round(seconds) });
  return t('duration.minutes', { n: Math.ceil(seconds / 60) });
}
