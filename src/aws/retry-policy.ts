import { AdaptiveRetryStrategy } from '@smithy/core/retry';
import type { RetryErrorInfo, RetryToken, StandardRetryToken } from '@smithy/types';
import { isDnsFailure } from './aws-errors.js';

/**
 * Retries after a failed name look-up (ENOTFOUND, EAI_AGAIN): one. The SDK counts them as transient network errors
 * and retries them like a dropped connection, which held a command for about 14.5 s before it said
 * `getaddrinfo ENOTFOUND …`. A host name that did not resolve twice in a row is a typo or no network, not a blip.
 */
export const DNS_MAX_RETRIES = 1;

/**
 * The SDK's adaptive retry mode (standard backoff plus a client-side rate limiter once AWS throttles; AWS SDKs and
 * Tools Reference Guide, "Retry behavior", read 2026-12-01), with a name look-up failure retried at most
 * DNS_MAX_RETRIES times. Loaded with the SDK clients, never by --help.
 */
export class RetryPolicy extends AdaptiveRetryStrategy {
  constructor(maxAttempts: number) {
    super(async () => maxAttempts);
  }

  override async refreshRetryTokenForRetry(token: StandardRetryToken, errorInfo: RetryErrorInfo): Promise<RetryToken> {
    if (isDnsFailure(errorInfo.error) && token.getRetryCount() >= DNS_MAX_RETRIES) throw errorInfo.error;
    return super.refreshRetryTokenForRetry(token, errorInfo);
  }
}
