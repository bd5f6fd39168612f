import type { FlagSpec } from '../args.js';

/** The positional part of the usage line of commands that act on one notebook. */
export const NAME_USAGE = '[NAME]';

/** --yes: take every default answer (a question's default, never a typed confirmation's). */
export const YES_FLAG: FlagSpec = { name: 'yes', type: 'boolean', descKey: 'flag.yes' };
