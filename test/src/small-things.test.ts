import { describe, expect, it } from 'vitest';
import { billedSummary, dataBucketItem } from '../../src/plan/billed-items.js';
import { s3StoragePrice } from '../../src/pricing/s3-price.js';
import { formatStillBilled, gb } from '../../src/render/still-billed-text.js';
import { checksJson } from '../../src/render/checks.js';
import { translator } from '../../src/i18n/messages.js';

const t = translator('en');

describe('sizes as people read them', () => {
  it.each([
    [0, '0'],
    [1e-7, '< 0.001'],
    [0.00099, '< 0.001'],
    [0.0012, '0.0012'],
    [0.5, '0.5'],
    [2, '2'],
    [12.345, '12.35'],
  ])('%s GB reads %s', (value, text) => expect(gb(value)).toBe(text));

  it('a kept bucket with a few hundred bytes is not written in exponent notation', () => {
    const item = dataBucketItem(
      { name: 'nb-data', region: 'ap-northeast-1', bytes: 107 },
      s3StoragePrice('ap-northeast-1'),
    );
    const text = formatStillBilled(billedSummary([item]), t, {
      regions: ['ap-northeast-1'],
      complete: true,
      running: 0,
    });
    expect(text.join('\n')).toContain('kept data bucket nb-data (ap-northeast-1): < 0.001 GB x USD');
    expect(text.join('\n')).not.toMatch(/\de-\d/);
  });
});

describe('doctor --output json', () => {
  it('carries the words of each check next to its keys, in the chosen language', () => {
    const results = [
      {
        id: 'quota',
        titleKey: 'check.quota',
        status: 'fail',
        detailKey: 'check.quota.full',
        params: { type: 'ml.t3.medium', quota: 2, inUse: 2 },
        hintKey: 'check.quota.hint',
      },
    ] as const;
    const [row] = checksJson(results as never, translator('ja'));
    expect(row).toMatchObject({ id: 'quota', status: 'fail', detailKey: 'check.quota.full' });
    expect(row!.title).toBe(translator('ja')('check.quota'));
    expect(row!.detail).toBe(translator('ja')('check.quota.full', results[0].params));
    expect(row!.hint).toBe(translator('ja')('check.quota.hint', results[0].params));
    expect(row!.detail).not.toContain('{');
  });
});
