import type { ParsedArgs } from '../args.js';
import { toAppError } from '../aws/aws-errors.js';
import { callTimeouts, checkEndpointVariables, ClientFactory } from '../aws/client-factory.js';
import { CommandDeadline, deadlineSetting } from '../aws/deadline.js';
import { PriceCacheFile } from '../io/price-cache-file.js';
import { StoragePriceCacheFile } from '../io/storage-price-cache-file.js';
import { FailedLookupsFile } from '../io/failed-lookups-file.js';
import { rememberingFailures, sharedByKey } from '../pricing/failed-lookups.js';
import { mlStoragePrice } from '../pricing/volume-price.js';
import { USAGE_TYPE_PREFIX } from '../pricing/price-table.js';
import { hourlyPrice } from '../pricing/hourly-price.js';
import { systemClock, today } from '../context/clock.js';
import type { OperationContext } from '../context/operation-context.js';
import type { CostPriceSources } from '../operations/cost.js';
import type { CommandContext } from './command.js';

/** Pause between polls: about 2 s, as the CDK CLI does; SMNB_POLL_INTERVAL_MS overrides it (tests use a few ms). */
function pollInterval(env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.SMNB_POLL_INTERVAL_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 && env.SMNB_POLL_INTERVAL_MS !== undefined ? fromEnv : 2000;
}

/** Attempts per call when every region is asked at once (the command's own region keeps the factory's MAX_ATTEMPTS). */
const REGION_SCAN_ATTEMPTS = 3;

/** The first call's promise, shared by every later call. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/**
 * The operation context of one command. The SDK clients and our wrappers load here, not when the command module
 * loads (so --help and flag errors load no SDK), each in parallel with the others, and S3, Price List, STS, IAM and
 * Service Quotas only when an operation first asks for them.
 */
async function operationContext(
  ctx: CommandContext,
  args: ParsedArgs,
  deadline: CommandDeadline | undefined,
): Promise<OperationContext> {
  const factory = new ClientFactory({
    deadline,
    // AWS_REGION wins over the profile for the SDK too; taking it here spares a client made only to look it up.
    region: (args.flags.region as string | undefined) ?? (ctx.env.AWS_REGION || undefined),
    profile: args.flags.profile as string | undefined,
    timeouts: callTimeouts(ctx.env),
  });
  const [cfn, sm, { SdkStackApi }, { SdkNotebookApi }] = await Promise.all([
    factory.cloudFormation(),
    factory.sageMaker(),
    import('../aws/stack-api.js'),
    import('../aws/notebook-api.js'),
  ]);
  const region = await factory.region();
  // The account of a stack described by name is the caller's own: DescribeStacks describes the stacks of the calling
  // account, and a stack ID is an ARN arn:aws:cloudformation:REGION:ACCOUNT:stack/NAME/ID (CloudFormation API
  // reference, DescribeStacks, read 2026-12-07). Once a stack is known, the data bucket's owner check needs no STS
  // call: `smnb status` makes one call fewer.
  let stackAccount: string | undefined;
  const learnAccount = (stack: { id: string }) =>
    (stackAccount ??= /^arn:[\w-]+:cloudformation:[\w-]*:(\d{12}):stack\//.exec(stack.id)?.[1]);
  const cache = new PriceCacheFile(ctx.env);
  const storageCache = new StoragePriceCacheFile(ctx.env);
  // Asked once per command: several checks, and the template bucket's owner condition, want to know who calls.
  const identity = once(async () => {
    const [{ callerIdentity }, client] = await Promise.all([import('../aws/identity-api.js'), factory.sts()]);
    return callerIdentity(client);
  });
  // The Price List client loads only when the cache has no fresh answer; a usage type that gave no price less than
  // an hour ago is not asked again (failed-lookups.ts).
  const priceLookup = rememberingFailures(
    once(async () => new (await import('../aws/price-api.js')).SdkPriceLookup(await factory.pricing())),
    new FailedLookupsFile(ctx.env),
    () => systemClock.now(),
  );
  // One look-up per region and type, and per region's storage, for the whole run: a fleet of 100 notebooks of one
  // type asks once, not 100 times at once.
  const sharedPrice = sharedByKey((key) => {
    const [where, instanceType] = key.split(' ') as [string, string];
    return hourlyPrice(where, instanceType, { cache, lookup: priceLookup, today: today(systemClock) });
  });
  const priceIn = (where: string) => (instanceType: string) => sharedPrice(`${where} ${instanceType}`);
  const sharedStoragePrice = sharedByKey((where) =>
    mlStoragePrice(where, {
      cache: storageCache,
      lookup: priceLookup,
      usageTypePrefix: USAGE_TYPE_PREFIX[where],
      today: today(systemClock),
    }),
  );
  return {
    price: priceIn(region),
    io: ctx.io,
    stacks: new SdkStackApi(cfn, learnAccount),
    notebooks: new SdkNotebookApi(sm),
    region,
    templateBucket: async () => {
      const { SdkTemplateBucketApi } = await import('../aws/template-bucket-api.js');
      return new SdkTemplateBucketApi(await factory.s3(ctx.env), (await identity()).account);
    },
    dataBuckets: once(async () => {
      const { SdkDataBucketApi } = await import('../aws/data-bucket-api.js');
      return new SdkDataBucketApi(await factory.s3(ctx.env), stackAccount ?? (await identity()).account);
    }),
    identity,
    permissions: once(async () => {
      const { SdkPermissionApi } = await import('../aws/permission-api.js');
      return new SdkPermissionApi(await factory.iam());
    }),
    notebookQuota: async (instanceType) => {
      const [client, { notebookQuota }] = await Promise.all([factory.serviceQuotas(), import('../aws/quota-api.js')]);
      return notebookQuota(client, instanceType);
    },
    clock: systemClock,
    pollIntervalMs: pollInterval(ctx.env),
    enabledRegions: async () => {
      const [client, { enabledRegions }] = await Promise.all([factory.ec2(), import('../aws/region-api.js')]);
      return enabledRegions(client);
    },
    inRegion: async (where) => {
      // Fewer attempts than the command's own region: one region that does not answer must not hold up the others
      // for the full retry budget; it is named as unanswered instead.
      const [regionCfn, regionSm] = await Promise.all([
        factory.cloudFormation(where, REGION_SCAN_ATTEMPTS),
        factory.sageMaker(where, REGION_SCAN_ATTEMPTS),
      ]);
      return {
        region: where,
        stacks: new SdkStackApi(regionCfn),
        notebooks: new SdkNotebookApi(regionSm),
        price: priceIn(where),
      };
    },
    budgets: async (purpose) => {
      const [client, { SdkBudgetApi }, who] = await Promise.all([
        factory.budgets(purpose === 'hint' ? 1 : undefined),
        import('../aws/budget-api.js'),
        identity(),
      ]);
      return new SdkBudgetApi(client, who.account);
    },
    storagePrice: sharedStoragePrice,
    stagedTemplates: once(async () => {
      const { SdkStagedTemplatesApi } = await import('../aws/staged-templates-api.js');
      return new SdkStagedTemplatesApi(await factory.s3(ctx.env), (await identity()).account);
    }),
  };
}

/**
 * Where smnb cost takes its prices: the dated caches, and with --live the Price List API. --live is a short command
 * too, so a silent Price List endpoint is given up on at the deadline (deadline.ts). Without --live nothing loads the
 * SDK, so cost works with no AWS account.
 */
export async function costPriceSources(
  env: NodeJS.ProcessEnv,
  request: { readonly region: string; readonly profile?: string; readonly live: boolean },
): Promise<CostPriceSources> {
  const sources = { cache: new PriceCacheFile(env), storageCache: new StoragePriceCacheFile(env) };
  if (!request.live) return sources;
  checkEndpointVariables(env);
  const factory = new ClientFactory({
    region: request.region,
    profile: request.profile,
    timeouts: callTimeouts(env),
    deadline: new CommandDeadline(deadlineSetting(env)),
  });
  const { SdkPriceLookup } = await import('../aws/price-api.js');
  return { ...sources, lookup: new SdkPriceLookup(await factory.pricing()) };
}

/** Builds the operation context, runs the operation, and turns any AWS failure into one of our errors. */
export async function withOperation<T>(
  ctx: CommandContext,
  args: ParsedArgs,
  operation: string,
  run: (op: OperationContext) => Promise<T>,
): Promise<T> {
  // A malformed endpoint variable is the user's to fix (exit 2), before any call.
  checkEndpointVariables(ctx.env);
  const deadline = ctx.deadlineMs === undefined ? undefined : new CommandDeadline(ctx.deadlineMs);
  try {
    return await run(await operationContext(ctx, args, deadline));
  } catch (error) {
    throw toAppError(error, operation);
  } finally {
    deadline?.dispose();
  }
}
