import { NotebookInstanceStatus } from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { quotaHolders } from '../../shared/notebook-quota.js';
import { holdsQuota, isSettling, isUp, NOTEBOOK_STATUSES, notebookPhase } from '../../shared/notebook-status.js';
import { nextPowerStep } from '../../src/operations/notebook-power.js';

describe('notebook statuses, declared once', () => {
  it('knows every status the SageMaker API can answer, and no other', () => {
    expect(Object.keys(NOTEBOOK_STATUSES).sort()).toEqual(Object.values(NotebookInstanceStatus).sort());
  });

  it('a status AWS adds later is waited on and counted against the quota, never acted on blindly', () => {
    expect(notebookPhase('Hibernating')).toBe('settling');
    expect(holdsQuota('Hibernating')).toBe(true);
    expect(isUp('Hibernating')).toBe(false);
    expect(nextPowerStep('stop', 'Hibernating')).toBe('wait-then-act');
  });

  it('the quota, the bill and the waits read the same table', () => {
    const notebooks = Object.keys(NOTEBOOK_STATUSES).map((status) => ({
      name: status,
      instanceType: 'ml.t3.medium',
      status,
    }));
    expect(quotaHolders(notebooks, 'ml.t3.medium', new Set()).map((n) => n.name)).toEqual(
      Object.keys(NOTEBOOK_STATUSES).filter(holdsQuota),
    );
    expect(Object.keys(NOTEBOOK_STATUSES).filter(isUp)).toEqual([
      'Pending',
      'InService',
      'PendingMaintenance',
      'InMaintenance',
    ]);
    expect(Object.keys(NOTEBOOK_STATUSES).filter(isSettling)).toEqual([
      'Pending',
      'InMaintenance',
      'Updating',
      'Stopping',
    ]);
  });

  it.each([
    ['stop', { InService: 'act', PendingMaintenance: 'act', Pending: 'wait-then-act', Updating: 'wait-then-act' }],
    ['stop', { Stopping: 'done', Stopped: 'done', Failed: 'refuse', Deleting: 'refuse' }],
    ['start', { Stopped: 'act', Failed: 'act', Stopping: 'wait-then-act', Updating: 'wait-then-act' }],
    ['start', { InService: 'done', Pending: 'done', PendingMaintenance: 'done', Deleting: 'refuse' }],
  ] as const)('%s: %j', (action, expected) => {
    for (const [status, step] of Object.entries(expected)) expect(nextPowerStep(action, status), status).toBe(step);
  });
});
