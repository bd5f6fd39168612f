import { readFileSync } from 'node:fs';
import type { S3Client } from '@aws-sdk/client-s3';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { BLOCK_PUBLIC_ACCESS, BUCKET_ENCRYPTION, denyInsecureTransport } from '../../shared/secure-bucket.js';
import { SdkTemplateBucketApi } from '../../src/aws/template-bucket-api.js';

/** The facts of the rule as S3 reads them, whoever wrote the bucket: each is checked against what AWS documents. */
function secureBucketFindings(b: {
  encryption?: string;
  publicAccessBlock?: Record<string, unknown>;
  statements: readonly { Effect?: string; Action?: unknown; Condition?: unknown }[];
}): string[] {
  const findings: string[] = [];
  if (b.encryption !== 'AES256' && b.encryption !== 'aws:kms') findings.push('not encrypted by default');
  for (const key of ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'])
    if (b.publicAccessBlock?.[key] !== true) findings.push(`${key} off`);
  const tls = b.statements.some(
    (s) =>
      s.Effect === 'Deny' &&
      s.Action === 's3:*' &&
      JSON.stringify(s.Condition) === JSON.stringify({ Bool: { 'aws:SecureTransport': 'false' } }),
  );
  if (!tls) findings.push('plain HTTP allowed');
  return findings;
}

describe('one secure-bucket rule for every bucket of ours', () => {
  it('the rule itself passes, and a bucket that drops any part of it does not', () => {
    const rule = {
      encryption: BUCKET_ENCRYPTION,
      publicAccessBlock: BLOCK_PUBLIC_ACCESS,
      statements: [denyInsecureTransport('arn:aws:s3:::b', 'arn:aws:s3:::b/*')],
    };
    expect(secureBucketFindings(rule)).toEqual([]);
    expect(secureBucketFindings({ ...rule, encryption: undefined })).toEqual(['not encrypted by default']);
    expect(
      secureBucketFindings({ ...rule, publicAccessBlock: { ...BLOCK_PUBLIC_ACCESS, BlockPublicPolicy: false } }),
    ).toEqual(['BlockPublicPolicy off']);
    expect(secureBucketFindings({ ...rule, statements: [] })).toEqual(['plain HTTP allowed']);
  });

  it.each(['simple-stack.yaml', 'templates/iam-role-stack.yaml'])('the data bucket in %s follows it', (path) => {
    const resources = (
      parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as {
        Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
      }
    ).Resources;
    const bucket = Object.values(resources).find((r) => r.Type === 'AWS::S3::Bucket')!.Properties as unknown as {
      BucketEncryption: {
        ServerSideEncryptionConfiguration: { ServerSideEncryptionByDefault: { SSEAlgorithm: string } }[];
      };
      PublicAccessBlockConfiguration: Record<string, unknown>;
    };
    const policy = Object.values(resources).find((r) => r.Type === 'AWS::S3::BucketPolicy')!.Properties as unknown as {
      PolicyDocument: { Statement: [] };
    };
    expect(
      secureBucketFindings({
        encryption:
          bucket.BucketEncryption.ServerSideEncryptionConfiguration[0]!.ServerSideEncryptionByDefault.SSEAlgorithm,
        publicAccessBlock: bucket.PublicAccessBlockConfiguration,
        statements: policy.PolicyDocument.Statement,
      }),
    ).toEqual([]);
  });

  it('the template bucket smnb creates follows it, for that bucket and its objects', async () => {
    const sent: { name: string; input: Record<string, unknown> }[] = [];
    const client = {
      send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
        sent.push({ name: command.constructor.name, input: command.input });
        return {};
      },
    } as unknown as S3Client;
    await new SdkTemplateBucketApi(client, '123456789012').createSecureBucket('my-templates', 'ap-northeast-1');
    const input = (name: string) => sent.find((c) => c.name === name)?.input ?? {};
    const encryption = input('PutBucketEncryptionCommand').ServerSideEncryptionConfiguration as {
      Rules: { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: string } }[];
    };
    const policy = JSON.parse(input('PutBucketPolicyCommand').Policy as string) as {
      Statement: { Resource: string[] }[];
    };
    expect(
      secureBucketFindings({
        encryption: encryption.Rules[0]!.ApplyServerSideEncryptionByDefault.SSEAlgorithm,
        publicAccessBlock: input('PutPublicAccessBlockCommand').PublicAccessBlockConfiguration as Record<
          string,
          unknown
        >,
        statements: policy.Statement as never,
      }),
    ).toEqual([]);
    expect(policy.Statement[0]!.Resource).toEqual(['arn:aws:s3:::my-templates', 'arn:aws:s3:::my-templates/*']);
    // Created first, secured before anything is put in it.
    expect(sent.map((c) => c.name)[0]).toBe('CreateBucketCommand');
  });
});
