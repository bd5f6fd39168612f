import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/events.js';
import { ConsoleHost } from '../../src/io/console-host.js';
import { translator } from '../../src/i18n/messages.js';

const t = translator('en');

function host(live: boolean) {
  const writes: string[] = [];
  const stderr = new Writable({
    write(chunk: Buffer, _enc, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  const console = new ConsoleHost({
    t,
    interactive: false,
    assumeYes: true,
    stderr,
    stdin: new PassThrough(),
    colour: false,
    live,
  });
  return { console, writes };
}

const countdown = (remainingSeconds: number): AppEvent => ({
  type: 'countdown',
  key: 'backup.countdown',
  params: { notebooks: 'a-notebook', count: 1, acked: 0 },
  remainingSeconds,
  totalSeconds: 150,
});

describe('the backup countdown, as the printers show it', () => {
  it('a terminal redraws one line in place', () => {
    const { console, writes } = host(true);
    for (const s of [150, 140]) console.notify(countdown(s));
    expect(writes[0]).toBe(
      'Waiting for the backup of a-notebook (0 of 1 acknowledged the request): at most 2:30 more\n',
    );
    // The second draw erases the first line (ECMA-48 CPL 1, ED) and writes the new one.
    expect(writes[1]).toBe(
      '\x1b[1F\x1b[J' + 'Waiting for the backup of a-notebook (0 of 1 acknowledged the request): at most 2:20 more\n',
    );
  });

  it('the event log prints it sparsely: at the start, then about once a minute', () => {
    const { console, writes } = host(false);
    for (let s = 150; s > 0; s -= 10) console.notify(countdown(s));
    expect(writes.map((w) => /at most (\S+) more/.exec(w)?.[1])).toEqual(['2:30', '1:30', '0:30']);
  });
});
