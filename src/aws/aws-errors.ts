import { AwsCallError, isAppError, PreconditionError, type AppError } from '../errors.js';

/** Turns an SDK or network error into one of ours, with a message that says what to do. */
export function toAppError(error: unknown, operation: string): AppError {
  if (isAppError(error)) return error;
  const e = error instanceof Error ? error : new Error(String(error));
  const code = (e as { code?: string }).code ?? '';
  const name = e.name;
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
  if (/Throttl|TooManyRequests|RequestLimitExceeded/.test(name)) {
    return new AwsCallError('error.throttled', { operation }, undefined, { cause: e });
  }
  // The SDK's request timeout (throwOnRequestTimeout) and its connection timeout, after every retry.
  if (name === 'TimeoutError' || /ETIMEDOUT/.test(code) || /timed? ?out/i.test(e.message)) {
    return new AwsCallError('error.timeout', { operation }, 'hint.timeout', { cause: e });
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
