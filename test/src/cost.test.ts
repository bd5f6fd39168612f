import { describe, expect, it } from 'vitest';
import { estimateCost } from '../../src/plan/cost-model.js';

const base = {
  instanceType: 'ml.t3.medium',
  usdPerHour: 0.05,
  storageUsdPerGbMonth: 0.14,
  volumeGb: 20,
  hoursPerDay: 8,
  days: 30,
  idleTimeoutMinutes: 60,
};

describe('estimateCost', () => {
  it('always-on for 30 days in us-east-1 is 0.05 x 720 h plus storage', () => {
    const e = estimateCost(base);
    expect(e.alwaysOn).toEqual({ runningHours: 720, compute: 36, storage: 2.8, total: 38.8 });
  });

  it.each([
    [{}, 270, 16.3],
    [{ hoursPerDay: 2, idleTimeoutMinutes: 30 }, 75, 6.55],
    [{ hoursPerDay: 23.5, idleTimeoutMinutes: 60 }, 720, 38.8],
    [{ idleTimeoutMinutes: 0 }, 720, 38.8],
    [{ days: 15 }, 135, 8.15],
  ])('with auto-stop %j: %d running hours, USD %d', (over, hours, total) => {
    const e = estimateCost({ ...base, ...over });
    expect(e.withAutoStop.runningHours).toBe(hours);
    expect(e.total).toBe(total);
  });

  it('says when auto-stop is off, and counts the free tier apart for ml.t3.medium only', () => {
    expect(estimateCost({ ...base, idleTimeoutMinutes: 0 }).autoStopOff).toBe(true);
    expect(estimateCost(base).freeTierSaving).toBe(12.5);
    expect(estimateCost({ ...base, hoursPerDay: 2, idleTimeoutMinutes: 30 }).freeTierSaving).toBe(3.75);
    expect(estimateCost({ ...base, instanceType: 'ml.t3.large', usdPerHour: 0.1 }).freeTierSaving).toBe(0);
  });

  it('leaves storage out when its price is unknown', () => {
    expect(estimateCost({ ...base, storageUsdPerGbMonth: undefined }).alwaysOn.storage).toBe(0);
  });
});
