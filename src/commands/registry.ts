import type { MessageKey } from '../i18n/messages.js';
import type { CommandDefinition } from './command.js';

/**
 * Commands load lazily, so `smnb --help` and `smnb plan` never pay for AWS SDK clients they do not use.
 * The summary key is here too, so the command list needs no module loaded.
 */
export const COMMANDS: Record<string, { summaryKey: MessageKey; load: () => Promise<CommandDefinition> }> = {
  plan: { summaryKey: 'cmd.plan.summary', load: async () => (await import('./plan.js')).planCommand },
};
