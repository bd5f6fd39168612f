import { isUp } from '../../shared/notebook-status.js';
import type { Translate } from '../i18n/messages.js';
import type { AccountListing } from '../plan/account-listing.js';
import { formatList, runningLine } from './results.js';
import { formatStillBilled } from './still-billed-text.js';

/**
 * `smnb list`: the notebooks (grouped by region when several were asked), what the running ones cost an hour, every
 * region that gave no answer, and what stays billed while nothing runs.
 */
export function formatAccountListing(listing: AccountListing, t: Translate): string {
  const lines: string[] = [];
  const several = listing.regions.length > 1;
  const running = listing.notebooks.filter((n) => n.status !== undefined && isUp(n.status)).length;
  const answered = listing.regions.filter((r) => !listing.unanswered.some((u) => u.region === r));
  for (const region of several ? answered : listing.regions) {
    const rows = listing.notebooks.filter((n) => n.region === region);
    if (several && rows.length === 0) continue;
    if (several) lines.push(t('list.regionHeading', { region }));
    lines.push(formatList(rows, t, region), '');
  }
  if (several && listing.notebooks.length === 0) lines.push(t('list.emptyEverywhere', { count: answered.length }), '');
  if (several && running > 0)
    lines.push(
      runningLine(
        { count: running, usdPerHourKnown: listing.runningUsdPerHourKnown, unpriced: listing.runningUnpriced },
        t,
        true,
      ),
      '',
    );
  for (const u of listing.unanswered)
    lines.push(t('list.unanswered', { region: u.region, reason: t(u.key, u.params) }));
  if (listing.unanswered.length > 0) lines.push('');
  if (listing.templateBucketUnchecked) lines.push(t('billed.templateUnchecked'), '');
  if (listing.keptDataBucketsUnchecked) lines.push(t('billed.keptBucketsUnchecked'), '');
  lines.push(
    ...formatStillBilled(listing.stillBilled, t, {
      regions: answered,
      complete:
        listing.unanswered.length === 0 && !listing.templateBucketUnchecked && !listing.keptDataBucketsUnchecked,
      running,
    }),
  );
  return lines.join('\n').trimEnd();
}
