import { describe, expect, it } from 'vitest';
import { FAILED_LOOKUP_MS, rememberingFailures, sharedByKey } from '../../src/pricing/failed-lookups.js';

function memory() {
  const data: Record<string, { failedAt: string }> = {};
  return { data, get: (k: string) => data[k], set: (k: string, v: { failedAt: string }) => void (data[k] = v) };
}

describe('remembered failures of the Price List', () => {
  it('a refused usage type is not asked again for an hour, then asked again', async () => {
    let now = Date.parse('2026-12-07T10:00:00Z');
    let asked = 0;
    const failures = memory();
    const lookup = rememberingFailures(
      async () => ({
        notebookPrice: async () => {
          asked++;
          throw Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' });
        },
        storagePrice: async () => undefined,
      }),
      failures,
      () => now,
    );
    await expect(lookup.notebookPrice('APN1-Notebk:ml.t3.medium')).rejects.toThrow('not authorized');
    expect(failures.data).toEqual({ 'APN1-Notebk:ml.t3.medium': { failedAt: '2026-12-07T10:00:00.000Z' } });
    now += FAILED_LOOKUP_MS - 1;
    expect(await lookup.notebookPrice('APN1-Notebk:ml.t3.medium')).toBeUndefined();
    expect(asked).toBe(1);
    now += 2;
    await expect(lookup.notebookPrice('APN1-Notebk:ml.t3.medium')).rejects.toThrow();
    expect(asked).toBe(2);
  });

  it('a usage type without a single price counts as failed too; a price is never remembered as one', async () => {
    const failures = memory();
    const lookup = rememberingFailures(
      async () => ({ notebookPrice: async () => 0.05, storagePrice: async () => undefined }),
      failures,
      () => Date.parse('2026-12-07T10:00:00Z'),
    );
    expect(await lookup.notebookPrice('USE1-Notebk:ml.t3.medium')).toBe(0.05);
    expect(await lookup.storagePrice('USE1-Notebk:VolumeUsage.gp2')).toBeUndefined();
    expect(Object.keys(failures.data)).toEqual(['USE1-Notebk:VolumeUsage.gp2']);
  });

  it('one look-up per key is shared by everyone who asks, at once or later', async () => {
    let made = 0;
    const price = sharedByKey(async (key) => `${key}#${++made}`);
    expect(await Promise.all([price('a'), price('a'), price('b')])).toEqual(['a#1', 'a#1', 'b#2']);
    expect(await price('a')).toBe('a#1');
  });
});
