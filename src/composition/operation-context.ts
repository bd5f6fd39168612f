import type { CommandDeadline } from '../aws/deadline.js';
import { systemClock } from '../context/clock.js';
import type { OperationContext } from '../context/operation-context.js';
import { accountApis } from './account-apis.js';
import { accountIdentity } from './account.js';
import { otherRegions } from './other-regions.js';
import { notebookPrices } from './prices.js';
import { s3Capabilities } from './s3-capabilities.js';
import { awsSession, clientFactory } from './session.js';
import type { RootSettings } from './settings.js';

/** Pause between polls: about 2 s, as the CDK CLI does; SMNB_POLL_INTERVAL_MS overrides it (tests use a few ms). */
export function pollInterval(env: NodeJS.ProcessEnv): number {
  const fromEnv = Number(env.SMNB_POLL_INTERVAL_MS);
  return Number.isFinite(fromEnv) && fromEnv >= 0 && env.SMNB_POLL_INTERVAL_MS !== undefined ? fromEnv : 2000;
}

/**
 * The operation context of one command, from the builders of this folder. CloudFormation and SageMaker load at once
 * (every AWS command uses them); S3, Price List, STS, IAM, Service Quotas, EC2 and Budgets only when an operation
 * first asks for them.
 */
export async function operationContext(
  settings: RootSettings,
  deadline: CommandDeadline | undefined,
): Promise<OperationContext> {
  const factory = clientFactory(settings, deadline);
  const who = accountIdentity(factory);
  const session = await awsSession(factory, who.learnAccount);
  const prices = notebookPrices(settings.env, factory);
  return {
    io: settings.io,
    clock: systemClock,
    pollIntervalMs: pollInterval(settings.env),
    region: session.region,
    stacks: session.stacks,
    notebooks: session.notebooks,
    identity: who.identity,
    price: prices.priceIn(session.region),
    storagePrice: prices.storagePrice,
    ...s3Capabilities(factory, settings.env, who),
    ...accountApis(factory, who),
    ...otherRegions(factory, prices),
  };
}
