import { describe, expect, it } from 'vitest';
import { notebookQuota, quotaHolders, type QuotaPage } from '../../shared/notebook-quota.js';

const pages =
  (names: [string, number][], size = 2) =>
  async (token: string | undefined): Promise<QuotaPage> => {
    const start = Number(token ?? 0);
    const Quotas = names
      .slice(start, start + size)
      .map(([QuotaName, Value]) => ({ QuotaName, Value, QuotaCode: 'L-1' }));
    return { Quotas, NextToken: start + size < names.length ? String(start + size) : undefined };
  };
const row = (type: string, value: number): [string, number] => [`${type} for notebook instance usage`, value];

describe('notebook quota: applied value, else AWS default, else unknown', () => {
  it.each([
    ['applied wins', [row('ml.t3.medium', 4)], [row('ml.t3.medium', 2)], { value: 4, source: 'applied' }],
    [
      'default when none is applied',
      [row('ml.m5.xlarge', 1)],
      [row('ml.t3.medium', 2)],
      { value: 2, source: 'default' },
    ],
    ['unknown when neither has it', [], [], undefined],
  ])('%s', async (_, applied, defaults, expected) => {
    const found = await notebookQuota({ applied: pages(applied), default: pages(defaults) }, 'ml.t3.medium');
    expect(found === undefined ? undefined : { value: found.value, source: found.source }).toEqual(expected);
  });

  it('reads every page of both lists', async () => {
    const many = Array.from({ length: 7 }, (_, i) => row(`ml.x${i}.large`, i));
    const found = await notebookQuota(
      { applied: pages([...many, row('ml.t3.medium', 9)]), default: pages([]) },
      'ml.t3.medium',
    );
    expect(found?.value).toBe(9);
  });

  it('counts running and changing notebooks of the type, never stopped, failed or the ones being deployed', () => {
    const n = (name: string, status: string, instanceType = 'ml.t3.medium') => ({ name, status, instanceType });
    const notebooks = [
      n('a', 'InService'),
      n('b', 'Stopped'),
      n('c', 'Pending'),
      n('d', 'Failed'),
      n('e', 'InService', 'ml.g5.xlarge'),
      n('f', 'Updating'),
    ];
    expect(quotaHolders(notebooks, 'ml.t3.medium', new Set(['f'])).map((x) => x.name)).toEqual(['a', 'c']);
  });
});
