import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exitCodeFor } from '../../src/commands/exit-codes.js';
import { AwsCallError, PreconditionError } from '../../src/errors.js';

describe('exit codes, chosen in one place', () => {
  it.each([
    ['deploy created', exitCodeFor.deploy({ outcome: 'created' }), 0],
    ['deploy unchanged', exitCodeFor.deploy({ outcome: 'no-changes' }), 0],
    ['deploy rolled back', exitCodeFor.deploy({ outcome: 'failed' }), 1],
    ['fleet with a failure', exitCodeFor.fleet({ failed: 1 }), 1],
    [
      'delete failed beats refused and skipped',
      exitCodeFor.delete({ failed: 1, refused: 1, skipped: [{}], held: [] }),
      1,
    ],
    ['delete refused beats skipped', exitCodeFor.delete({ failed: 0, refused: 1, skipped: [{}], held: [{}] }), 4],
    ['delete skipped a busy stack', exitCodeFor.delete({ failed: 0, refused: 0, skipped: [{}], held: [] }), 3],
    [
      'delete kept a stack for want of a backup',
      exitCodeFor.delete({ failed: 0, refused: 0, skipped: [], held: [{}] }),
      3,
    ],
    ['delete done', exitCodeFor.delete({ failed: 0, refused: 0, skipped: [], held: [] }), 0],
    [
      'doctor: no answer beats a failed check',
      exitCodeFor.doctor([
        { status: 'fail', detailKey: 'check.quota.full' },
        { status: 'unknown', detailKey: 'check.unknown.unreachable' },
      ]),
      4,
    ],
    ['doctor: a failed check', exitCodeFor.doctor([{ status: 'fail', detailKey: 'check.quota.full' }]), 3],
    ['doctor: warnings pass', exitCodeFor.doctor([{ status: 'warn', detailKey: 'check.platform.found' }]), 0],
    ['watch ends in success', exitCodeFor.watch('UPDATE_COMPLETE'), 0],
    ['watch ends rolled back', exitCodeFor.watch('UPDATE_ROLLBACK_COMPLETE'), 1],
    [
      'batch: the first failure',
      exitCodeFor.batch([undefined, new AwsCallError('error.throttled'), new PreconditionError('error.stackBusy')]),
      4,
    ],
    ['batch: none failed', exitCodeFor.batch([undefined]), 0],
  ] as const)('%s -> %i', (_, code, expected) => expect(code).toBe(expected));

  it('no command picks an exit code of its own', () => {
    const dir = new URL('../../src/commands/', import.meta.url);
    const choosing = readdirSync(dir).filter(
      (f) =>
        f !== 'exit-codes.ts' &&
        /EXIT\.(failed|usage|precondition|aws|aborted)/.test(readFileSync(new URL(f, dir), 'utf8')),
    );
    expect(choosing).toEqual([]);
  });
});
