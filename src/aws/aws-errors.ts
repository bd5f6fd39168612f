import { AwsCallError, isAppError, PreconditionError, type AppError } from '../errors.js';
import { deadlineOf } from './deadline.js';

/** The codes Node gives a failed name look-up (getaddrinfo): no such host, or no answer from the resolver. */
const DNS_CODES = /^(ENOTFOUND|EAI_AGAIN)$/;

/** A failed name look-up, here or as the cause of the SDK's error. */
export function isDnsFailure(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (DNS_CODES.test(String((e as { code?: unknown }).code ?? ''))) return true;
  return false;
}

/** The host name a failed look-up was for (Node's getaddrinfo error carries it as `hostname`). */
function dnsHostOf(error: unknown): string {
  for (
    let e = error, depth = 0;
    e && typeof e === 'object' && depth < 5;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const host = (e as { hostname?: unknown }).hostname;
    if (typeof host === 'string' && host) return host;
    const fromMessage = /(?:ENOTFOUND|EAI_AGAIN) (\S+)/.exec(String((e as Error).message ?? ''));
    if (fromMessage) return fromMessage[1]!;
  }
  return '?';
}

interface HttpFacts {
  readonly $metadata?: { readonly httpStatusCode?: number };
  readonly $response?: { readonly headers?: Readonly<Record<string, string | undefined>> };
}

/** The HTTP status of an SDK error, when it came from an answer. */
const httpStatusOf = (error: unknown) => (error as HttpFacts | undefined)?.$metadata?.httpStatusCode;

/** The region S3 says a bucket lives in (x-amz-bucket-region, sent with HeadBucket's answers, errors included). */
export function bucketRegionOf(error: unknown): string | undefined {
  return (error as HttpFacts | undefined)?.$response?.headers?.['x-amz-bucket-region'] || undefined;
}

/**
 * An answer without a body gives the SDK no error code: S3 sends none for HEAD (HeadBucket, HeadObject; S3 API
 * reference, "Error responses": HEAD errors carry no body), and the SDK then names the error Unknown or UnknownError,
 * or after the bare status. Only the HTTP status is left to go by.
 */
function isBodiless(error: Error): boolean {
  return (
    httpStatusOf(error) !== undefined &&
    (/^(Unknown|UnknownError|NotFound|Forbidden|MovedPermanently|\d{3})$/.test(error.name) ||
      error.message === 'UnknownError')
  );
}

/**
 * A bodiless S3 answer about a bucket, in the plain words that already exist for it, naming the bucket:
 * 403 (another account's bucket, or a policy that refuses us), 301 (the bucket is in another region), 404 (no such
 * bucket). Undefined for anything else, which toAppError words.
 */
export function bodilessS3Error(error: unknown, bucket: string): AppError | undefined {
  if (!(error instanceof Error) || !isBodiless(error)) return undefined;
  const status = httpStatusOf(error);
  if (status === 403)
    return new PreconditionError('error.bucketForbidden', { bucket }, 'hint.templateBucket', { cause: error });
  if (status === 301)
    return new PreconditionError(
      'error.templateBucketRegion',
      { bucket, bucketRegion: bucketRegionOf(error) ?? '?' },
      'hint.templateBucketRegion',
      { cause: error },
    );
  if (status === 404)
    return new PreconditionError('error.templateBucketMissing', { bucket }, undefined, { cause: error });
  return undefined;
}

/** Turns an SDK or network error into one of ours, with a message that says what to do. */
export function toAppError(error: unknown, operation: string): AppError {
  if (isAppError(error)) return error;
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: string }).code ?? '';
  const name = e.name;
  // Before the timeout and network rules below: the command's own deadline, and a host name that does not resolve,
  // each have their own plain message (a DNS failure is not "did not answer in time").
  const deadline = deadlineOf(e);
  if (deadline) {
    return new AwsCallError(
      'error.deadline',
      { operation, seconds: Math.round(deadline.ms / 100) / 10, host: deadline.hosts.join(', ') || 'AWS' },
      'hint.deadline',
      { cause: e },
    );
  }
  if (isDnsFailure(e)) {
    return new AwsCallError('error.dns', { operation, host: dnsHostOf(e) }, 'hint.dns', { cause: e });
  }
  if (
    name === 'CredentialsProviderError' ||
    (/Could not load credentials|credential/i.test(e.message) && /load|resolve/i.test(e.message))
  ) {
    return new PreconditionError('error.noCredentials', {}, 'hint.configure', { cause: e });
  }
  if (/ExpiredToken|TokenRefreshRequired|RequestExpired/.test(name)) {
    return new PreconditionError('error.expiredToken', {}, 'hint.configure', { cause: e });
  }
  if (/AccessDenied|UnauthorizedOperation|NotAuthorized/.test(name) || /not authorized to perform/.test(e.message)) {
    return new AwsCallError('error.accessDenied', { operation, message: e.message }, 'hint.accessDenied', { cause: e });
  }
  // The account's plan, not a permission: OptInRequired ("The AWS access key ID needs a subscription for the
  // service", HTTP 403; Common Errors of every AWS API reference, read 2026-12-01) and SubscriptionRequiredException,
  // its name in some services. A Free-plan account meets them for services outside its plan.
  if (name === 'OptInRequired' || name === 'SubscriptionRequiredException') {
    return new AwsCallError('error.accountPlan', { operation, code: name }, 'hint.accountPlan', { cause: e });
  }
  if (/Throttl|TooManyRequests|RequestLimitExceeded/.test(name)) {
    return new AwsCallError('error.throttled', { operation }, undefined, { cause: e });
  }
  // The SDK's request timeout (throwOnRequestTimeout) and its connection timeout, after every retry.
  if (name === 'TimeoutError' || /ETIMEDOUT/.test(code) || /timed? ?out/i.test(e.message)) {
    return new AwsCallError('error.timeout', { operation }, 'hint.timeout', { cause: e });
  }
  // A bodiless refusal (a HEAD that S3 refused): "Unknown: UnknownError" tells nobody anything; the status does.
  if (isBodiless(e) && httpStatusOf(e) === 403) {
    return new AwsCallError('error.accessDenied', { operation, message: 'HTTP 403 Forbidden' }, 'hint.accessDenied', {
      cause: e,
    });
  }
  if (isBodiless(e) && httpStatusOf(e) === 503) {
    return new AwsCallError('error.throttled', { operation }, undefined, { cause: e });
  }
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET/.test(code) ||
    /ECONNREFUSED|ENOTFOUND|getaddrinfo/.test(e.message)
  ) {
    return new AwsCallError('error.unreachable', { operation, message: e.message }, 'hint.unreachable', { cause: e });
  }
  // An answer that is not an AWS API response (an HTML page from a proxy, a wrong endpoint): the SDK's parser
  // message means nothing to a user; --debug still shows it as the cause.
  if (
    name === 'SyntaxError' ||
    /Deserialization error|\$response|XML parse|Unexpected token|not valid JSON/.test(e.message)
  ) {
    return new AwsCallError('error.unreadableAnswer', { operation }, 'hint.unreachable', { cause: e });
  }
  return new AwsCallError('error.awsCall', { operation, code: name, message: e.message }, undefined, { cause: e });
}
