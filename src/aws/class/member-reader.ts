import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import type { STSClient } from '@aws-sdk/client-sts';
import { classReaderRoleArn } from '../../../shared/class-contract.js';

/** Short-term credentials of the reader role in one member account. */
export interface ReaderCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
}

/**
 * Assumes the member account's read-only role (STS API Reference, AssumeRole: RoleArn, RoleSessionName, ExternalId,
 * DurationSeconds 900 at least; read 2026-12-07). Fifteen minutes, the shortest AWS allows: status and export need
 * no more.
 */
export async function assumeReader(sts: STSClient, account: string, externalId: string): Promise<ReaderCredentials> {
  const out = await sts.send(
    new AssumeRoleCommand({
      RoleArn: classReaderRoleArn(account),
      RoleSessionName: 'smnb-class',
      ExternalId: externalId,
      DurationSeconds: 900,
    }),
  );
  const c = out.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey) throw new Error('AssumeRole returned no credentials');
  return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken };
}
