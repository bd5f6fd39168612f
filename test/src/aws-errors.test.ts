import { describe, expect, it } from 'vitest';
import { bodilessS3Error, bucketRegionOf, toAppError } from '../../src/aws/aws-errors.js';
import { EXIT, UsageError } from '../../src/errors.js';

const sdkError = (name: string, message: string, extra: object = {}) =>
  Object.assign(new Error(message), { name, ...extra });

describe('SDK internals never reach the user', () => {
  it.each([
    [
      Object.assign(
        new Error(
          'Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.',
        ),
        { name: 'Error' },
      ),
    ],
    [Object.assign(new Error('Unexpected token \'<\', "<html>" is not valid JSON'), { name: 'SyntaxError' })],
    [new Error('@aws-sdk XML parse error: mismatched tags <html> and </title>')],
  ])('%s', (error) => {
    const e = toAppError(error, 'status');
    expect(e.key).toBe('error.unreadableAnswer');
    expect(JSON.stringify(e.params)).not.toMatch(/Deserialization|\$response|SyntaxError|XML parse/);
  });
});

describe('toAppError', () => {
  it.each([
    [
      sdkError('CredentialsProviderError', 'Could not load credentials from any providers'),
      'error.noCredentials',
      EXIT.precondition,
    ],
    [
      sdkError('ExpiredTokenException', 'The security token included in the request is expired'),
      'error.expiredToken',
      EXIT.precondition,
    ],
    [
      sdkError(
        'AccessDenied',
        'User: arn:aws:iam::123456789012:user/learner is not authorized to perform: cloudformation:CreateChangeSet',
      ),
      'error.accessDenied',
      EXIT.aws,
    ],
    [sdkError('ThrottlingException', 'Rate exceeded'), 'error.throttled', EXIT.aws],
    [
      sdkError('OptInRequired', 'The AWS access key ID needs a subscription for the service'),
      'error.accountPlan',
      EXIT.aws,
    ],
    [
      sdkError('SubscriptionRequiredException', 'The AWS Access Key Id needs a subscription for the service'),
      'error.accountPlan',
      EXIT.aws,
    ],
    [sdkError('Error', 'connect ECONNREFUSED 127.0.0.1:9', { code: 'ECONNREFUSED' }), 'error.unreachable', EXIT.aws],
    [sdkError('ValidationError', 'Template format error'), 'error.awsCall', EXIT.aws],
  ])('%s -> %s', (error, key, exitCode) => {
    const mapped = toAppError(error, 'deploy');
    expect(mapped.key).toBe(key);
    expect(mapped.exitCode).toBe(exitCode);
    expect(mapped.cause).toBe(error);
  });

  it('names the refused action and the principal for AccessDenied', () => {
    const mapped = toAppError(
      sdkError(
        'AccessDenied',
        'User: arn:aws:iam::123456789012:user/learner is not authorized to perform: iam:PassRole',
      ),
      'deploy',
    );
    expect(mapped.params.message).toContain('arn:aws:iam::123456789012:user/learner');
    expect(mapped.params.message).toContain('iam:PassRole');
    expect(mapped.hintKey).toBe('hint.accessDenied');
  });

  it('keeps our own errors as they are', () => {
    const own = new UsageError('error.flagNeedsValue', { flag: '--name' });
    expect(toAppError(own, 'x')).toBe(own);
  });
});

describe('answers without a body (a HEAD that S3 refused) are worded by their HTTP status', () => {
  const bodiless = (status: number, headers: Record<string, string> = {}) =>
    sdkError('Unknown', 'UnknownError', { $metadata: { httpStatusCode: status }, $response: { headers } });

  it.each([
    [403, 'error.accessDenied', EXIT.aws],
    [503, 'error.throttled', EXIT.aws],
  ])('HTTP %s -> %s', (status, key, exitCode) => {
    const mapped = toAppError(bodiless(status), 'deploy');
    expect(mapped.key).toBe(key);
    expect(mapped.exitCode).toBe(exitCode);
  });

  it.each([
    [403, {}, 'error.bucketForbidden', {}],
    [301, { 'x-amz-bucket-region': 'eu-west-1' }, 'error.templateBucketRegion', { bucketRegion: 'eu-west-1' }],
    [404, {}, 'error.templateBucketMissing', {}],
  ])('about a bucket, HTTP %s -> %s, naming the bucket', (status, headers, key, params) => {
    const mapped = bodilessS3Error(bodiless(status, headers), 'my-templates');
    expect(mapped?.key).toBe(key);
    expect(mapped?.params).toMatchObject({ bucket: 'my-templates', ...params });
    expect(mapped?.exitCode).toBe(EXIT.precondition);
  });

  it('leaves an answer that had a body to toAppError', () => {
    const withCode = sdkError('AccessDenied', 'Access Denied', { $metadata: { httpStatusCode: 403 } });
    expect(bodilessS3Error(withCode, 'b')).toBeUndefined();
    expect(bucketRegionOf(bodiless(301, { 'x-amz-bucket-region': 'us-west-2' }))).toBe('us-west-2');
  });
});
