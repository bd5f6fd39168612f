import type { ParsedArgs } from '../args.js';
import type { CallAs } from '../aws/class/stack-set-api.js';
import { callTimeouts, ClientFactory, type AwsSettings } from '../aws/client-factory.js';
import type { ClassContext, MemberScope } from '../operations/class/class-context.js';
import type { CommandContext } from './command.js';
import { withOperation } from './aws-context.js';

/**
 * The class operations' context: StackSets and STS in the administrator account (the command's region and profile),
 * and each member account's reads through its reader role, assumed once per account and region with fresh clients
 * that carry only those short-term credentials. Prices come from the same place as `smnb status` (Price List with a
 * dated cache, else the dated table).
 */
export async function withClassOperation<T>(
  ctx: CommandContext,
  args: ParsedArgs,
  operation: string,
  run: (cls: ClassContext) => Promise<T>,
): Promise<T> {
  return withOperation(ctx, args, operation, async (op) => {
    const settings: AwsSettings = {
      region: op.region,
      profile: args.flags.profile as string | undefined,
      timeouts: callTimeouts(ctx.env),
    };
    const factory = new ClientFactory(settings);
    const [cfn, { SdkStackSetApi }] = await Promise.all([
      factory.cloudFormation(),
      import('../aws/class/stack-set-api.js'),
    ]);
    const members = new Map<string, Promise<MemberScope>>();
    const member = (account: string, region: string, externalId: string) => {
      const key = `${account}/${region}`;
      let scope = members.get(key);
      if (!scope) {
        scope = memberScope(ctx, factory, settings, account, region, externalId);
        members.set(key, scope);
      }
      return scope;
    };
    return run({
      io: op.io,
      clock: op.clock,
      pollIntervalMs: op.pollIntervalMs,
      region: op.region,
      stackSets: new SdkStackSetApi(cfn, ((args.flags['call-as'] as string | undefined) ?? 'SELF') as CallAs),
      administratorAccount: async () => (await op.identity()).account,
      member,
      price: async (region, instanceType) => (await op.inRegion(region)).price?.(instanceType),
    });
  });
}

async function memberScope(
  ctx: CommandContext,
  factory: ClientFactory,
  settings: AwsSettings,
  account: string,
  region: string,
  externalId: string,
): Promise<MemberScope> {
  const [sts, { assumeReader }] = await Promise.all([factory.sts(), import('../aws/class/member-reader.js')]);
  const credentials = await assumeReader(sts, account, externalId);
  const reader = new ClientFactory({ ...settings, region, credentials });
  const [cfn, sm, s3, { SdkStackApi }, { SdkNotebookApi }, { SdkDataBucketApi }] = await Promise.all([
    reader.cloudFormation(),
    reader.sageMaker(),
    reader.s3(ctx.env),
    import('../aws/stack-api.js'),
    import('../aws/notebook-api.js'),
    import('../aws/data-bucket-api.js'),
  ]);
  return {
    stacks: new SdkStackApi(cfn),
    notebooks: new SdkNotebookApi(sm),
    dataBuckets: new SdkDataBucketApi(s3, account),
  };
}
