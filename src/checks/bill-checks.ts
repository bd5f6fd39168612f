import { listAccount, type AccountListing } from '../operations/list-account.js';
import { billListOptions } from '../operations/bill-sources.js';
import { usd, usdHourly } from '../render/money.js';
import { loadTemplate } from '../templates.js';
import type { Check, CheckContext, CheckOutcome } from './check.js';

/** One look at every enabled region per doctor run, shared by the two checks below. */
const listings = new WeakMap<CheckContext, Promise<AccountListing>>();

function accountListing(ctx: CheckContext): Promise<AccountListing> {
  let listing = listings.get(ctx);
  if (!listing) {
    const templatePrefix = String(loadTemplate('main-stack.yaml').Parameters?.TemplatePrefix?.Default ?? '');
    listing = listAccount(ctx.op, billListOptions(true, templatePrefix));
    listings.set(ctx, listing);
  }
  return listing;
}

/** A notebook running in a region other than the one smnb was pointed at is the classic forgotten one. */
export const OTHER_REGIONS_CHECK: Check = {
  id: 'other-regions',
  titleKey: 'check.otherRegions',
  gate: false,
  async run(ctx): Promise<CheckOutcome> {
    const listing = await accountListing(ctx);
    const running = listing.notebooks.filter(
      (n) => n.region !== ctx.op.region && (n.status === 'InService' || n.status === 'Pending'),
    );
    if (running.length > 0)
      return {
        status: 'warn',
        detailKey: 'check.otherRegions.found',
        params: {
          notebooks: running
            .map((n) => `${n.name} (${n.region}, ${n.instanceType}, USD ${n.usdPerHour === undefined ? '?' : usdHourly(n.usdPerHour)}/h)`)
            .join(', '),
        },
        hintKey: 'check.otherRegions.hint',
      };
    if (listing.unanswered.length > 0)
      return {
        status: 'unknown',
        detailKey: 'check.otherRegions.unanswered',
        params: { regions: listing.unanswered.map((u) => u.region).join(', ') },
      };
    return { status: 'pass', detailKey: 'check.otherRegions.ok', params: { count: listing.regions.length } };
  },
};

/** Each thing still billed while nothing runs, with the exact command that ends it (never run by smnb). */
export const STILL_BILLED_CHECK: Check = {
  id: 'still-billed',
  titleKey: 'check.stillBilled',
  gate: false,
  async run(ctx): Promise<CheckOutcome> {
    const { stillBilled, templateBucketUnchecked, keptDataBucketsUnchecked } = await accountListing(ctx);
    if (stillBilled.items.length > 0)
      return {
        status: 'warn',
        detailKey: 'check.stillBilled.found',
        params: {
          usd: usd(stillBilled.totalMonthlyUsd),
          items: stillBilled.items
            .map((i) => `${i.name} (${i.region}): USD ${usd(i.monthlyUsd)} -> ${i.endCommand}`)
            .join('; '),
        },
        hintKey: 'check.stillBilled.hint',
      };
    if (templateBucketUnchecked) return { status: 'unknown', detailKey: 'billed.templateUnchecked' };
    // Until kept data buckets are counted, "nothing" would overstate it: the pass says what was looked at.
    return {
      status: 'pass',
      detailKey: keptDataBucketsUnchecked ? 'check.stillBilled.okButBuckets' : 'check.stillBilled.ok',
    };
  },
};
