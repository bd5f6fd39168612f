import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/messages.js';
import { formatList } from '../../src/render/results.js';

describe('smnb list as text', () => {
  it('shows each notebook’s hourly price and what the running ones cost together', () => {
    const text = formatList(
      [
        {
          name: 'a',
          region: 'ap-northeast-1',
          status: 'InService',
          instanceType: 'ml.t3.medium',
          managed: true,
          usdPerHour: 0.05,
        },
        {
          name: 'b',
          region: 'ap-northeast-1',
          status: 'Pending',
          instanceType: 'ml.t3.large',
          managed: true,
          usdPerHour: 0.1,
        },
        {
          name: 'c',
          region: 'ap-northeast-1',
          status: 'Stopped',
          instanceType: 'ml.t3.medium',
          managed: true,
          usdPerHour: 0.05,
        },
        { name: 'd', region: 'ap-northeast-1', status: 'InService', instanceType: 'ml.x', managed: false },
      ],
      translator('en'),
      'ap-northeast-1',
    );
    expect(text).toMatch(/^NOTEBOOK\s+STATUS\s+TYPE\s+USD\/H/);
    expect(text).toMatch(/^a\s+InService\s+ml\.t3\.medium\s+0\.050/m);
    expect(text).toMatch(/^d\s+InService\s+ml\.x\s+-/m);
    // d has no known price: the sum is a lower bound naming it, never d counted as zero.
    expect(text).toContain('3 running: at least USD 0.150 per hour together; no price known for d');
    // A stopped notebook is not billed by the hour: its price is shown as what it costs once started.
    expect(text).toMatch(/^c\s+Stopped\s+ml\.t3\.medium\s+\(0\.050 when running\)/m);
  });
});
