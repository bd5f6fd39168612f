import { describe, expect, it } from 'vitest';
import { billedSummary, dataBucketItem, notebookVolumeItem, templateBucketItem } from '../../src/plan/billed-items.js';
import { mlStoragePrice, volumePrice } from '../../src/pricing/volume-price.js';
import { s3StoragePrice } from '../../src/pricing/s3-price.js';
import { fakeContext } from '../_helpers/operation-context.js';
import { listAccount } from '../../src/operations/list/list-account.js';
import { formatAccountListing } from '../../src/render/list.js';
import { translator } from '../../src/i18n/messages.js';

describe('what is still billed', () => {
  it('prices a stopped volume with its region’s row, or labels another region’s price as a reference', () => {
    expect(volumePrice('eu-west-1')).toMatchObject({ usdPerGbMonth: 0.154, region: 'eu-west-1', reference: false });
    expect(volumePrice('ap-northeast-1')).toMatchObject({ region: 'us-east-1', reference: true });
    for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2']) {
      expect(volumePrice(region).asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(volumePrice(region).source).toMatch(/third-party/);
    }
  });

  it('ends a volume with smnb delete when smnb made the notebook, with SageMaker’s own call otherwise', () => {
    const mine = notebookVolumeItem(
      { name: 'nb', region: 'us-east-1', volumeGb: 20, stackName: 'st' },
      volumePrice('us-east-1'),
    );
    expect(mine).toMatchObject({
      monthlyUsd: expect.closeTo(2.8),
      deletesData: true,
      endCommand: 'smnb delete st --region us-east-1',
    });
    const other = notebookVolumeItem({ name: 'nb', region: 'eu-west-1', volumeGb: 10 }, volumePrice('eu-west-1'));
    expect(other.endCommand).toBe(
      'aws sagemaker delete-notebook-instance --notebook-instance-name nb --region eu-west-1',
    );
    expect(other.monthlyUsd).toBeCloseTo(1.54);
  });

  it('sums per notebook and in total; a kept data bucket counts for its notebook', () => {
    const s3 = s3StoragePrice('ap-northeast-1');
    const summary = billedSummary([
      notebookVolumeItem({ name: 'nb', region: 'us-east-1', volumeGb: 20, stackName: 'st' }, volumePrice('us-east-1')),
      dataBucketItem({ name: 'data-nb', region: 'us-east-1', bytes: 10 * 1024 ** 3, notebook: 'nb' }, s3),
      templateBucketItem({ bucket: 'b', prefix: 'p/', region: 'us-east-1', bytes: 4096 }, s3),
    ]);
    expect(summary.totalMonthlyUsd).toBeCloseTo(2.8 + 0.23, 4);
    expect(summary.byNotebook).toEqual({ nb: expect.closeTo(3.03, 4) });
    expect(summary.items.map((i) => i.endCommand)).toEqual([
      'aws s3 rb s3://data-nb --region us-east-1',
      'smnb delete st --region us-east-1',
      'aws s3 rm s3://b/p/ --recursive --region us-east-1',
    ]);
  });
});

describe('listing every region', () => {
  it('names a region that fails and still lists the others; one region alone fails as the command', async () => {
    const { ctx, aws } = fakeContext();
    aws.otherRegionNotebooks.set('us-east-1', [
      { name: 'far', status: 'Stopped', instanceType: 'ml.t3.medium', volumeSizeInGB: 5 },
    ]);
    const failing = {
      ...ctx,
      inRegion: async (region: string) => {
        const scope = await ctx.inRegion(region);
        if (region !== 'eu-west-1') return scope;
        return {
          ...scope,
          notebooks: {
            ...scope.notebooks,
            list: async () => {
              throw Object.assign(new Error('socket hang up'), { name: 'TimeoutError' });
            },
          },
        };
      },
    };
    const listing = await listAccount(failing, { allRegions: true, templatePrefix: 'x/' });
    expect(listing.unanswered.map((u) => u.region)).toEqual(['eu-west-1']);
    expect(listing.notebooks.map((n) => `${n.region}/${n.name}`)).toEqual(['us-east-1/far']);
    expect(listing.stillBilled.items.map((i) => i.endCommand)).toEqual([
      'aws sagemaker delete-notebook-instance --notebook-instance-name far --region us-east-1',
    ]);

    expect(listing.keptDataBucketsUnchecked).toBe(true);

    const alone = { ...failing, region: 'eu-west-1' };
    await expect(
      listAccount(
        { ...alone, notebooks: (await failing.inRegion('eu-west-1')).notebooks },
        {
          allRegions: false,
          templatePrefix: 'x/',
        },
      ),
    ).rejects.toThrow('socket hang up');
  });
});

describe('the plug-in point for kept data buckets', () => {
  it('adds their rows to the bill, and only with it can "nothing billed" be said', async () => {
    const { ctx } = fakeContext();
    const none = await listAccount(ctx, { allRegions: false, templatePrefix: 'x/', keptDataBuckets: async () => [] });
    expect(none.keptDataBucketsUnchecked).toBe(false);
    expect(formatAccountListing(none, translator('en'))).toContain('Nothing smnb knows of is billed any more');

    const bucket = dataBucketItem(
      { name: 'nb-data', region: 'ap-northeast-1', bytes: 2 * 1024 ** 3, notebook: 'nb' },
      s3StoragePrice('ap-northeast-1'),
    );
    const one = await listAccount(ctx, {
      allRegions: false,
      templatePrefix: 'x/',
      keptDataBuckets: async (_ctx, regions) => (regions.includes('ap-northeast-1') ? [bucket] : []),
    });
    const text = formatAccountListing(one, translator('en'));
    expect(text).toContain('kept data bucket nb-data (ap-northeast-1): 2 GB x USD 0.023/GB-month = USD 0.05 a month');
    expect(text).toContain(
      'to end it on purpose (every file and version in it goes for good): empty it with "Empty" in the S3 console (it is versioned, so --force is not enough), then aws s3 rb s3://nb-data --region ap-northeast-1',
    );
    expect(one.stillBilled.byNotebook).toEqual({ nb: expect.closeTo(0.046) });
  });
});

describe('the ML storage price of a region', () => {
  const memory = () => {
    const data = new Map<string, { usdPerGbMonth: number; asOf: string }>();
    return {
      data,
      get: (k: string) => data.get(k),
      set: (k: string, v: { usdPerGbMonth: number; asOf: string }) => void data.set(k, v),
    };
  };

  it('asks the Price List once and trusts the cached answer for 30 days', async () => {
    const cache = memory();
    let asked = 0;
    const lookup = { storagePrice: async () => (asked++, 0.18) };
    const deps = { cache, lookup, usageTypePrefix: 'APN1', today: '2026-12-01' };
    expect(await mlStoragePrice('ap-northeast-1', deps)).toMatchObject({
      usdPerGbMonth: 0.18,
      asOf: '2026-12-01',
      reference: false,
    });
    expect(await mlStoragePrice('ap-northeast-1', { ...deps, today: '2026-12-31' })).toMatchObject({
      usdPerGbMonth: 0.18,
    });
    expect(asked).toBe(1);
    await mlStoragePrice('ap-northeast-1', { ...deps, today: '2027-01-02' });
    expect(asked).toBe(2);
  });

  it('falls back to an older answer, then the dated row, then the labelled reference, and never throws', async () => {
    const failing = { storagePrice: async () => Promise.reject(new Error('AccessDenied')) };
    const cache = memory();
    cache.set('ap-northeast-1/ml-storage', { usdPerGbMonth: 0.17, asOf: '2026-01-01' });
    expect(
      await mlStoragePrice('ap-northeast-1', { cache, lookup: failing, usageTypePrefix: 'APN1', today: '2026-12-01' }),
    ).toMatchObject({ usdPerGbMonth: 0.17, asOf: '2026-01-01' });
    expect(
      await mlStoragePrice('eu-west-1', {
        cache: memory(),
        lookup: failing,
        usageTypePrefix: 'EU',
        today: '2026-12-01',
      }),
    ).toMatchObject({ usdPerGbMonth: 0.154, reference: false });
    expect(
      await mlStoragePrice('ap-northeast-1', {
        cache: memory(),
        lookup: failing,
        usageTypePrefix: 'APN1',
        today: '2026-12-01',
      }),
    ).toMatchObject({ region: 'us-east-1', reference: true });
  });
});
