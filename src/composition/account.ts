import type { ClientFactory } from '../aws/client-factory.js';
import { once } from './once.js';

/** Who calls: the caller's identity, asked at most once, and the account as soon as a stack has shown it. */
export interface AccountIdentity {
  /** STS GetCallerIdentity, asked once per command: several checks and the buckets' owner conditions want it. */
  readonly identity: () => Promise<{ readonly arn: string; readonly account: string }>;
  /** Told of every stack described; remembers the account of the first. */
  readonly learnAccount: (stack: { id: string }) => string | undefined;
  /** The account a stack showed, else the caller's (STS). */
  readonly account: () => Promise<string>;
}

/**
 * The account of a stack described by name is the caller's own: DescribeStacks describes the stacks of the calling
 * account, and a stack ID is an ARN arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/ID (CloudFormation API
 * reference, DescribeStacks, read 2026-12-07). Once a stack is known, the data bucket's owner check needs no STS
 * call: `smnb status` makes one call fewer.
 */
export function accountIdentity(factory: ClientFactory): AccountIdentity {
  let stackAccount: string | undefined;
  const identity = once(async () => {
    const [{ callerIdentity }, client] = await Promise.all([import('../aws/identity-api.js'), factory.sts()]);
    return callerIdentity(client);
  });
  return {
    identity,
    learnAccount: (stack) =>
      (stackAccount ??= /^arn:[\w-]+:cloudformation:[\w-]*:(\d{12}):stack\//.exec(stack.id)?.[1]),
    account: async () => stackAccount ?? (await identity()).account,
  };
}
