import { GetCallerIdentityCommand, type STSClient } from './clients/sts.js';

/** Who the caller is: STS GetCallerIdentity, which needs no permission. */
export async function callerIdentity(client: STSClient): Promise<{ arn: string; account: string }> {
  const who = await client.send(new GetCallerIdentityCommand({}));
  return { arn: who.Arn ?? '', account: who.Account ?? '' };
}
