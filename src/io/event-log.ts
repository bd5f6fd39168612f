import type { AppEvent } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import { formatEventLine } from '../render/event-line.js';

/**
 * The append-only event log (no terminal, CI, NO_COLOR): one line per event, or none. With several stacks in one log
 * (a fleet), each resource line says which stack it is about. Pure: the caller keeps `stacksSeen` and writes.
 */
export function eventLogLine(
  event: AppEvent,
  stacksSeen: Set<string>,
  t: Translate,
  colour: boolean,
): string | undefined {
  if (event.type === 'resume') return undefined;
  if (event.type === 'operation') {
    stacksSeen.add(event.stackName);
    return undefined;
  }
  const prefix = event.type === 'resource' && stacksSeen.size > 1 ? `[${event.stackName}] ` : '';
  return prefix + formatEventLine(event, t, colour);
}

/**
 * Whether the event log prints a countdown: the first of a wait (or of a longer limit that follows), then about once
 * a minute, so a log without a terminal does not get a line every few seconds.
 */
export function countdownWorthLogging(remainingSeconds: number, lastLogged: number | undefined): boolean {
  return lastLogged === undefined || remainingSeconds > lastLogged || lastLogged - remainingSeconds >= 60;
}
