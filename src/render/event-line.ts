import type { AppEvent } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import { padEnd } from '../plan/text-width.js';
import { formatCountdown, formatDuration } from './duration.js';

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', dim: '\x1b[2m', reset: '\x1b[0m' };

/** Colour of a resource status: failures red, rollbacks yellow, completions green; deletes are never red. */
export function statusColour(status: string): keyof typeof ANSI | undefined {
  if (status.startsWith('DELETE_') && !status.endsWith('_FAILED')) return 'dim';
  if (status.includes('ROLLBACK')) return 'yellow';
  if (status.endsWith('_FAILED')) return 'red';
  if (status.endsWith('_COMPLETE')) return 'green';
  return undefined;
}

/** One line of the append-only progress log (also what CI and pipes see). */
export function formatEventLine(event: AppEvent, t: Translate, colour: boolean): string {
  switch (event.type) {
    case 'message':
      return `${event.level === 'warn' ? '! ' : ''}${t(event.key, event.params)}`;
    case 'heartbeat':
      return t('progress.waiting', {
        elapsed: formatDuration(event.elapsedSeconds, t),
        resources: event.waitingFor
          .map((w) => t('progress.typical', { name: w.logicalId, duration: formatDuration(w.typicalSeconds, t) }))
          .join(', '),
      });
    case 'operation':
      return event.stackName;
    case 'resume':
      return '';
    case 'checkUnknown':
      return `! ${t('check.gateUnknown', { check: t(event.titleKey), detail: t(event.detailKey, event.params) })}`;
    case 'countdown':
      return t(event.key, { ...event.params, remaining: formatCountdown(event.remainingSeconds) });
    case 'resource': {
      const time = event.at.toISOString().slice(11, 19);
      const name = (event.nestedStack ? `${event.nestedStack}/` : '') + event.logicalId;
      const c = colour ? statusColour(event.status) : undefined;
      const status = c ? `${ANSI[c]}${padEnd(event.status, 20)}${ANSI.reset}` : padEnd(event.status, 20);
      const reason = event.reason ? `  ${event.reason}` : '';
      return `${time}  ${status}  ${padEnd(name, 40)} ${event.resourceType}${reason}`;
    }
  }
}
