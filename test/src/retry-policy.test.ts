import { describe, expect, it } from 'vitest';
import { DNS_MAX_RETRIES, RetryPolicy } from '../../src/aws/retry-policy.js';

const dnsFailure = () =>
  Object.assign(new Error('getaddrinfo ENOTFOUND cloudformation.ap-northeast-1.amazonaws.com'), {
    code: 'ENOTFOUND',
    hostname: 'cloudformation.ap-northeast-1.amazonaws.com',
  });
const reset = () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });

/** How many retries the policy grants for an error that keeps coming back. */
async function retriesFor(error: () => Error, maxAttempts = 10): Promise<number> {
  const policy = new RetryPolicy(maxAttempts);
  let token = await policy.acquireInitialRetryToken('');
  for (;;) {
    try {
      token = await policy.refreshRetryTokenForRetry(token as never, {
        error: error() as never,
        errorType: 'TRANSIENT',
      });
    } catch {
      return token.getRetryCount();
    }
  }
}

describe('the retry policy', () => {
  it('retries a failed name look-up once at most', async () => {
    expect(DNS_MAX_RETRIES).toBe(1);
    expect(await retriesFor(dnsFailure, 3)).toBe(1);
  });

  it('keeps the full attempts for a dropped connection', async () => {
    expect(await retriesFor(reset, 3)).toBe(2);
  });
});
