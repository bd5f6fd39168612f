import type { CostPriceSources } from '../operations/cost.js';
import { priceCaches, priceList } from './prices.js';
import type { RootSettings } from './settings.js';

/**
 * Where smnb cost takes its prices: the dated caches, and with --live the Price List API (the same builders as every
 * other command's prices). --live is a short command too, so a silent Price List endpoint is given up on at the
 * deadline (deadline.ts). Without --live not even the client factory loads, so cost works with no AWS account.
 */
export async function costPriceSources(
  settings: RootSettings,
  request: { readonly region: string; readonly live: boolean },
): Promise<CostPriceSources> {
  const sources = priceCaches(settings.env);
  if (!request.live) return sources;
  const [{ callTimeouts, checkEndpointVariables, ClientFactory }, { CommandDeadline, deadlineSetting }] =
    await Promise.all([import('../aws/client-factory.js'), import('../aws/deadline.js')]);
  checkEndpointVariables(settings.env);
  const factory = new ClientFactory({
    region: request.region,
    profile: settings.profile,
    timeouts: callTimeouts(settings.env),
    deadline: new CommandDeadline(deadlineSetting(settings.env)),
  });
  return { ...sources, lookup: await priceList(factory)() };
}
