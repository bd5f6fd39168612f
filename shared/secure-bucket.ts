/**
 * The rule every S3 bucket of ours follows, written once: encrypted at rest, closed to the public, reachable only over
 * TLS. The data bucket construct (CDK) and the template bucket smnb creates itself (S3 API) both build from it.
 * Sources: S3 user guide, "Setting default server-side encryption behavior for Amazon S3 buckets", "Blocking public
 * access to your Amazon S3 storage" and "Security best practices for Amazon S3" (the aws:SecureTransport deny),
 * read 2026-12-01.
 *
 * Pure: imports nothing from infra/ or src/.
 */

/** Default encryption: SSE-S3 (S3-managed keys), which costs nothing extra. */
export const BUCKET_ENCRYPTION = 'AES256';

/** All four Block Public Access settings on, in the S3 API's names. */
export const BLOCK_PUBLIC_ACCESS = {
  BlockPublicAcls: true,
  IgnorePublicAcls: true,
  BlockPublicPolicy: true,
  RestrictPublicBuckets: true,
} as const;

/** The bucket policy statement that refuses every request not made over TLS, for the bucket and its objects. */
export function denyInsecureTransport(bucketArn: string, objectsArn: string) {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Action: 's3:*',
    Resource: [bucketArn, objectsArn],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
  } as const;
}
