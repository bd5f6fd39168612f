import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CommandDeadline, DeadlineReached, deadlineOf } from '../../src/aws/deadline.js';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("a command's deadline", () => {
  it('fires after its time of silence while a request is out, naming the host waited on', () => {
    const deadline = new CommandDeadline(1000);
    deadline.asking('cloudformation.ap-northeast-1.amazonaws.com');
    vi.advanceTimersByTime(999);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.signal.aborted).toBe(true);
    const reason = deadlineOf(deadline.signal.reason);
    expect(reason).toBeInstanceOf(DeadlineReached);
    expect(reason?.hosts).toEqual(['cloudformation.ap-northeast-1.amazonaws.com']);
  });

  it("the command's own pauses between answered calls are no silence", () => {
    const deadline = new CommandDeadline(1000);
    for (let poll = 0; poll < 10; poll++) {
      deadline.asking('api.sagemaker.ap-northeast-1.amazonaws.com');
      vi.advanceTimersByTime(900);
      deadline.settled('api.sagemaker.ap-northeast-1.amazonaws.com', true);
      vi.advanceTimersByTime(5000);
    }
    expect(deadline.signal.aborted).toBe(false);
  });

  it('a request that ended without an answer keeps the clock running through the backoff', () => {
    const deadline = new CommandDeadline(1000);
    deadline.asking('h');
    vi.advanceTimersByTime(600);
    deadline.settled('h', false);
    vi.advanceTimersByTime(400);
    expect(deadline.signal.aborted).toBe(true);
  });

  it('is never armed before the first request (loading the SDK is no silence)', () => {
    const deadline = new CommandDeadline(1000);
    vi.advanceTimersByTime(60_000);
    expect(deadline.signal.aborted).toBe(false);
  });
});
