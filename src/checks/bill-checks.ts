import { isUp } from '../../shared/notebook-status.js';
import type { AccountListing } from '../plan/account-listing.js';
import { usd, usdHourly } from '../plan/money-text.js';
import type { Check, CheckOutcome } from './check.js';

const NO_ANSWER = new Set(['error.unreachable', 'error.timeout', 'error.deadline', 'error.dns']);

/**
 * Why the regions not counted were not: a silent region is said to be silent, one whose AWS refused the listing is
 * named with the refusal's code (OptInRequired), since "no answer" would send the learner after their network.
 */
function uncounted(listing: AccountListing): CheckOutcome {
  const silent = listing.unanswered.filter((u) => NO_ANSWER.has(u.key)).map((u) => u.region);
  const refused = listing.unanswered
    .filter((u) => !NO_ANSWER.has(u.key))
    .map((u) => (u.params?.code ? `${u.region} (${String(u.params.code)})` : u.region));
  const params = { silent: silent.join(', '), refused: refused.join(', ') };
  const detailKey =
    refused.length === 0
      ? 'check.bill.silent'
      : silent.length === 0
        ? 'check.bill.refused'
        : 'check.bill.refusedAndSilent';
  return { status: 'unknown', detailKey, params };
}

const regionsOf = (listing: AccountListing) => listing.unanswered.map((u) => u.region).join(', ');

/** A notebook running in a region other than the one smnb was pointed at is the classic forgotten one. */
export const OTHER_REGIONS_CHECK: Check = {
  id: 'other-regions',
  titleKey: 'check.otherRegions',
  gate: false,
  async run(ctx): Promise<CheckOutcome> {
    const listing = await ctx.accountListing();
    const running = listing.notebooks.filter(
      (n) => n.region !== ctx.op.region && n.status !== undefined && isUp(n.status),
    );
    if (running.length > 0)
      return {
        status: 'warn',
        detailKey: listing.unanswered.length > 0 ? 'check.otherRegions.foundPartial' : 'check.otherRegions.found',
        params: {
          notebooks: running
            .map(
              (n) =>
                `${n.name} (${n.region}, ${n.instanceType}, USD ${n.usdPerHour === undefined ? '?' : usdHourly(n.usdPerHour)}/h)`,
            )
            .join(', '),
          regions: regionsOf(listing),
        },
        hintKey: 'check.otherRegions.hint',
      };
    if (listing.unanswered.length > 0) return uncounted(listing);
    return {
      status: 'pass',
      detailKey: 'check.otherRegions.ok',
      params: { count: listing.regions.filter((r) => r !== ctx.op.region).length },
    };
  },
};

/** Each thing still billed while nothing runs, with the exact command that ends it (never run by smnb). */
export const STILL_BILLED_CHECK: Check = {
  id: 'still-billed',
  titleKey: 'check.stillBilled',
  gate: false,
  async run(ctx): Promise<CheckOutcome> {
    const listing = await ctx.accountListing();
    const { stillBilled, templateBucketUnchecked, keptDataBucketsUnchecked } = listing;
    if (stillBilled.items.length > 0)
      return {
        status: 'warn',
        detailKey: listing.unanswered.length > 0 ? 'check.stillBilled.foundPartial' : 'check.stillBilled.found',
        params: {
          regions: regionsOf(listing),
          usd: usd(stillBilled.totalMonthlyUsd),
          items: stillBilled.items
            .map((i) => `${i.name} (${i.region}): USD ${usd(i.monthlyUsd)} -> ${i.endCommand}`)
            .join('; '),
        },
        hintKey: 'check.stillBilled.hint',
      };
    // A region whose notebooks were not listed may hold a stopped one: never an all-clear then.
    if (listing.unanswered.length > 0) return uncounted(listing);
    if (templateBucketUnchecked) return { status: 'unknown', detailKey: 'billed.templateUnchecked' };
    // Until kept data buckets are counted, "nothing" would overstate it: the pass says what was looked at.
    return {
      status: 'pass',
      detailKey: keptDataBucketsUnchecked ? 'check.stillBilled.okButBuckets' : 'check.stillBilled.ok',
    };
  },
};
