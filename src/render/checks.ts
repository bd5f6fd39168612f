import type { Translate } from '../i18n/messages.js';
import type { CheckResult } from '../operations/doctor.js';
import { padEnd } from '../plan/text-width.js';

const MARK = { pass: '✓', warn: '!', fail: '✗', unknown: '?' } as const;

/** doctor's report: one line a check (with its hint when it is not a pass), then the counts. */
export function formatChecks(results: readonly CheckResult[], t: Translate): string {
  const lines = results.flatMap((r) => [
    `${MARK[r.status]} ${padEnd(t(r.titleKey), 28)} ${t(r.detailKey, r.params)}`,
    ...(r.hintKey && r.status !== 'pass' ? [`    ${t(r.hintKey, r.params)}`] : []),
  ]);
  const count = (s: CheckResult['status']) => results.filter((r) => r.status === s).length;
  const summary = { pass: count('pass'), warn: count('warn'), fail: count('fail'), unknown: count('unknown') };
  return [...lines, '', t('doctor.summary', summary)].join('\n');
}

/**
 * doctor --output json: each result as it is (keys and parameters, for scripts that match on them) with its words
 * added in the chosen language, so the JSON says what the table says.
 */
export function checksJson(results: readonly CheckResult[], t: Translate) {
  return results.map((r) => ({
    ...r,
    title: t(r.titleKey),
    detail: t(r.detailKey, r.params),
    ...(r.hintKey ? { hint: t(r.hintKey, r.params) } : {}),
  }));
}
