import type { Translate } from '../i18n/messages.js';
import type { SetupResult } from '../operations/setup.js';
import { PEOPLE_GROUP_NAME } from '../../shared/setup-contract.js';

/** The set-up's outcome, then the next step: people into the group, or a permission set from the people policy. */
export function formatSetupResult(r: SetupResult, t: Translate): string {
  const lines = [
    t(`setup.outcome.${r.outcome}`, {
      stack: r.stackName,
      version: r.version,
      status: r.status,
      reason: r.failure?.reason ?? '',
    }),
  ];
  if (r.outcome === 'failed') return lines.join('\n');
  lines.push(t(r.accountWide ? 'setup.scopeAccountWide' : 'setup.scopeRegional'));
  lines.push('', t('setup.next', { group: PEOPLE_GROUP_NAME }));
  return lines.join('\n');
}
