import { readTemplateText } from '../templates.js';
import { accountSetup } from './account-setup.js';
import { MIN_SETUP_VERSION, SETUP_TEMPLATE_FILE, SETUP_VERSION } from '../../shared/setup-contract.js';
import type { Check } from './check.js';

/**
 * The account set-up in this region: missing (people then need rights of their own), older than this CLI needs, or
 * deployed from a template other than the one this CLI ships (drift): each names `smnb setup` as the fix.
 */
export const SETUP_CHECK: Check = {
  id: 'setup',
  titleKey: 'check.setup',
  gate: false,
  async run(ctx) {
    const setup = await accountSetup(ctx.op);
    if (!setup) return { status: 'warn', detailKey: 'check.setup.missing', hintKey: 'check.setup.hint' };
    const params = { version: setup.version, min: MIN_SETUP_VERSION, current: SETUP_VERSION };
    if (setup.version < MIN_SETUP_VERSION)
      return { status: 'fail', detailKey: 'check.setup.tooOld', params, hintKey: 'check.setup.hint' };
    const deployed = await ctx.op.stacks.templateBody(setup.stackId);
    if (deployed !== readTemplateText(SETUP_TEMPLATE_FILE))
      return { status: 'warn', detailKey: 'check.setup.drift', params, hintKey: 'check.setup.hint' };
    return { status: 'pass', detailKey: 'check.setup.ok', params: { ...params, region: ctx.op.region } };
  },
};
