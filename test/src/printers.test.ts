import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../src/events.js';
import { translator } from '../../src/i18n/messages.js';
import { eventLogLine } from '../../src/io/event-log.js';
import { eraseLines, LivePrinter } from '../../src/io/live-printer.js';
import { outputPolicy } from '../../src/io/output-policy.js';
import { answerAgrees } from '../../src/io/prompt.js';
import { applyEvent, emptyProgress } from '../../src/monitor/progress-model.js';

const t = translator('en');
const at = new Date(Date.UTC(2026, 11, 1, 10, 0, 0));
const resource = (stackName: string, logicalId: string, status: string): AppEvent => ({
  type: 'resource',
  stackName,
  logicalId,
  resourceType: 'AWS::EC2::VPC',
  status,
  at,
});

/** A stream that keeps what was written, write by write. */
function recorder() {
  const writes: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      writes.push(chunk.toString());
      done();
    },
  });
  return { stream, writes };
}

describe('the output policy, chosen once', () => {
  const tty = { stdinIsTTY: true, stderrIsTTY: true, env: {}, noColor: false };
  it.each([
    ['a terminal', tty, { interactive: true, colour: true, live: true }],
    ['CI', { ...tty, env: { CI: 'true' } }, { interactive: false, colour: false, live: false }],
    ['NO_COLOR (even empty)', { ...tty, env: { NO_COLOR: '' } }, { interactive: true, colour: false, live: false }],
    ['--no-color', { ...tty, noColor: true }, { interactive: true, colour: false, live: false }],
    ['stderr piped', { ...tty, stderrIsTTY: false }, { interactive: false, colour: false, live: false }],
    ['stdin piped', { ...tty, stdinIsTTY: false }, { interactive: false, colour: true, live: false }],
  ])('%s', (_, terminal, policy) => expect(outputPolicy(terminal)).toEqual(policy));
});

describe('printers, as data', () => {
  it('the event log: no line for operations and hints, stack names once several stacks share it', () => {
    const seen = new Set<string>();
    expect(eventLogLine({ type: 'operation', stackName: 'a', at }, seen, t, false)).toBe(undefined);
    expect(eventLogLine({ type: 'resume', key: 'interrupt.stopped' }, seen, t, false)).toBe(undefined);
    expect(eventLogLine(resource('a', 'Vpc', 'CREATE_IN_PROGRESS'), seen, t, false)).toMatch(
      /^10:00:00 +CREATE_IN_PROGRESS +Vpc/,
    );
    eventLogLine({ type: 'operation', stackName: 'b', at }, seen, t, false);
    expect(eventLogLine(resource('b', 'Vpc', 'CREATE_COMPLETE'), seen, t, false)).toMatch(/^\[b\] 10:00:00/);
    expect(eventLogLine(resource('b', 'Vpc', 'CREATE_FAILED'), seen, t, true)).toContain('\x1b[');
  });

  it.each([
    [{ questionKey: 'confirm.recreate', defaultAnswer: false }, 'y', true],
    [{ questionKey: 'confirm.recreate', defaultAnswer: false }, ' はい ', true],
    [{ questionKey: 'confirm.recreate', defaultAnswer: true }, 'n', false],
    [{ questionKey: 'confirm.delete', defaultAnswer: false, typeToConfirm: 'dev' }, 'yes', false],
    [{ questionKey: 'confirm.delete', defaultAnswer: false, typeToConfirm: 'dev' }, 'dev\n', true],
  ] as const)('a prompt: %j answered %j agrees: %s', (request, typed, agrees) => {
    expect(answerAgrees(request, typed)).toBe(agrees);
  });

  it('the live block erases the block it drew before drawing the next, and can be left on screen', () => {
    const { stream, writes } = recorder();
    const printer = new LivePrinter(stream, t);
    printer.draw(emptyProgress(), at.getTime());
    expect(writes).toEqual([]); // nothing to show yet
    const state = applyEvent(emptyProgress(), { type: 'operation', stackName: 'dev', at });
    printer.draw(state, at.getTime() + 5000);
    printer.draw(state, at.getTime() + 6000);
    expect(writes[0]).toBe('dev  0:05 elapsed\n');
    expect(writes[1]).toBe(`${eraseLines(1)}dev  0:06 elapsed\n`);
    printer.release();
    printer.draw(state, at.getTime() + 7000);
    expect(writes[2]).toBe('dev  0:07 elapsed\n');
    printer.clear();
    expect(writes[3]).toBe('\x1b[1F\x1b[J');
  });
});
