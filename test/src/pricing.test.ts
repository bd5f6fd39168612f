import { describe, expect, it } from 'vitest';
import { NOTEBOOK_INSTANCE_TYPES } from '../../shared/notebook-rules.js';
import { REFERENCE_PRICE } from '../../shared/reference-price.js';
import { hourlyPrice, referencePrice, type PriceCache } from '../../src/pricing/hourly-price.js';
import { hourlyPriceFrom } from '../../src/pricing/price-list.js';
import {
  notebookUsageType,
  tablePrice,
  PRICE_TABLES,
  REFERENCE_REGION,
  USAGE_TYPE_PREFIX,
} from '../../src/pricing/price-table.js';

const memoryCache = (
  initial: Record<string, { usdPerHour: number; asOf: string }> = {},
): PriceCache & { data: typeof initial } => ({
  data: initial,
  get(key) {
    return this.data[key];
  },
  set(key, value) {
    this.data[key] = value;
  },
});
const product = (usagetype: string, usd: string, unit = 'Hrs') =>
  JSON.stringify({
    product: { attributes: { usagetype } },
    terms: { OnDemand: { a: { priceDimensions: { b: { unit, pricePerUnit: { USD: usd } } } } } },
  });

describe('price table', () => {
  it.each(Object.entries(PRICE_TABLES))('%s: prices only allowed types, with a date and a source', (region, t) => {
    expect(region in USAGE_TYPE_PREFIX, region).toBe(true);
    for (const [type, usd] of Object.entries(t.notebookUsdPerHour)) {
      expect(NOTEBOOK_INSTANCE_TYPES as readonly string[], type).toContain(type);
      expect(usd, type).toBeGreaterThan(0);
    }
    expect(t.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(t.source.length).toBeGreaterThan(20);
  });

  it('has the reference region, and agrees with the price the templates quote', () => {
    const reference = PRICE_TABLES[REFERENCE_REGION]!;
    expect(reference.notebookUsdPerHour[REFERENCE_PRICE.instanceType]).toBe(Number(REFERENCE_PRICE.usdPerHour));
  });

  it('us-east-1 notebook rows are those of AWS’s bulk price file (2026-09-24), not its Studio or Training rows', () => {
    expect(tablePrice('us-east-1', 'ml.g4dn.xlarge')?.usdPerHour).toBe(0.736);
    expect(tablePrice('us-east-1', 'ml.g5.xlarge')?.usdPerHour).toBe(1.41);
  });

  it.each(['ml.t2.medium', 'ml.r5.large', 'ml.r5.xlarge'])('has no unsourced row for %s', (type) => {
    expect(tablePrice('us-east-1', type)).toBeUndefined();
  });

  it('builds Price List usage types', () => {
    expect(notebookUsageType('ap-northeast-1', 'ml.t3.medium')).toBe('APN1-Notebk:ml.t3.medium');
    expect(notebookUsageType('mars-1', 'ml.t3.medium')).toBeUndefined();
  });
});

describe('hourlyPriceFrom', () => {
  it('reads the one hourly USD price of the usage type', () => {
    expect(
      hourlyPriceFrom(
        [product('APN1-Notebk:ml.t3.medium', '0.0610000000'), product('APN1-Notebk:ml.t3.large', '0.12')],
        'APN1-Notebk:ml.t3.medium',
      ),
    ).toBe(0.061);
  });

  it('refuses to guess between different prices or non-hourly units', () => {
    expect(hourlyPriceFrom([product('X', '0.1'), product('X', '0.2')], 'X')).toBeUndefined();
    expect(hourlyPriceFrom([product('X', '0.1', 'GB-Mo')], 'X')).toBeUndefined();
  });
});

describe('hourlyPrice', () => {
  const today = '2026-11-28';

  it('asks the Price List API and caches the answer with its date', async () => {
    const cache = memoryCache();
    const p = await hourlyPrice('ap-northeast-1', 'ml.t3.medium', {
      cache,
      lookup: { notebookPrice: async () => 0.061 },
      today,
    });
    expect(p).toEqual({ usdPerHour: 0.061, source: 'live', asOf: today, region: 'ap-northeast-1' });
    expect(cache.data['ap-northeast-1/ml.t3.medium']).toEqual({ usdPerHour: 0.061, asOf: today });
  });

  it('uses a fresh cached answer without asking', async () => {
    const cache = memoryCache({ 'ap-northeast-1/ml.t3.medium': { usdPerHour: 0.061, asOf: '2026-11-20' } });
    const lookup = { notebookPrice: async () => Promise.reject(new Error('must not be called')) };
    expect(await hourlyPrice('ap-northeast-1', 'ml.t3.medium', { cache, lookup, today })).toMatchObject({
      source: 'cache',
      usdPerHour: 0.061,
    });
  });

  it('falls back to a stale cache, then to the table for us-east-1, and never throws', async () => {
    const failing = {
      notebookPrice: async () => Promise.reject(Object.assign(new Error('denied'), { name: 'AccessDeniedException' })),
    };
    const stale = memoryCache({ 'ap-northeast-1/ml.t3.medium': { usdPerHour: 0.06, asOf: '2025-01-01' } });
    expect(await hourlyPrice('ap-northeast-1', 'ml.t3.medium', { cache: stale, lookup: failing, today })).toMatchObject(
      { source: 'cache', asOf: '2025-01-01' },
    );
    expect(
      await hourlyPrice('us-east-1', 'ml.t3.medium', { cache: memoryCache(), lookup: failing, today }),
    ).toMatchObject({ source: 'table', usdPerHour: 0.05 });
    expect(
      await hourlyPrice('ap-northeast-1', 'ml.t3.medium', { cache: memoryCache(), lookup: failing, today }),
    ).toBeUndefined();
  });
});

describe('referencePrice', () => {
  it('is the dated table price in the table region, never one for the region asked about', () => {
    expect(referencePrice('ml.t3.medium')).toEqual({
      usdPerHour: 0.05,
      asOf: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      source: 'table',
      region: 'us-east-1',
    });
    expect(referencePrice('ml.unknown')).toBeUndefined();
  });
});
