import type { CallAs } from '../aws/class/stack-set-api.js';
import { callTimeouts, ClientFactory, type AwsSettings } from '../aws/client-factory.js';
import type { ClassContext, MemberScope } from '../operations/class/class-context.js';
import type { RootSettings } from './settings.js';
import { withOperation } from './with-operation.js';

/**
 * The class operations' context: StackSets and STS in the administrator account (the command's region and profile),
 * and each member account's reads through its reader role, assumed once per account and region with fresh clients
 * that carry only those short-term credentials. Prices come from the same place as `smnb status` (Price List with a
 * dated cache, else the dated table).
 */
export async function withClassOperation<T>(
  settings: RootSettings,
  operation: string,
  run: (cls: ClassContext) => Promise<T>,
): Promise<T> {
  return withOperation(settings, operation, async (op) => {
    const aws: AwsSettings = { region: op.region, profile: settings.profile, timeouts: callTimeouts(settings.env) };
    const factory = new ClientFactory(aws);
    const [cfn, { SdkStackSetApi }] = await Promise.all([
      factory.cloudFormation(),
      import('../aws/class/stack-set-api.js'),
    ]);
    const members = new Map<string, Promise<MemberScope>>();
    const member = (account: string, region: string, externalId: string) => {
      const key = `${account}/${region}`;
      let scope = members.get(key);
      if (!scope) {
        scope = memberScope(settings.env, factory, { ...aws, region }, account, externalId);
        members.set(key, scope);
      }
      return scope;
    };
    return run({
      io: op.io,
      clock: op.clock,
      pollIntervalMs: op.pollIntervalMs,
      region: op.region,
      stackSets: new SdkStackSetApi(cfn, (settings.callAs ?? 'SELF') as CallAs),
      administratorAccount: async () => (await op.identity()).account,
      member,
      price: async (region, instanceType) => (await op.inRegion(region)).price?.(instanceType),
    });
  });
}

/** A member account's reads, with clients that carry only its reader role's short-term credentials. */
async function memberScope(
  env: NodeJS.ProcessEnv,
  factory: ClientFactory,
  aws: AwsSettings,
  account: string,
  externalId: string,
): Promise<MemberScope> {
  const [sts, { assumeReader }] = await Promise.all([factory.sts(), import('../aws/class/member-reader.js')]);
  const credentials = await assumeReader(sts, account, externalId);
  const reader = new ClientFactory({ ...aws, credentials });
  const [cfn, sm, s3, { SdkStackApi }, { SdkNotebookApi }, { SdkDataBucketApi }] = await Promise.all([
    reader.cloudFormation(),
    reader.sageMaker(),
    reader.s3(env),
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
