import type { MessageKey } from '../i18n/messages.js';
import type { CommandDefinition } from './command.js';

/**
 * Commands load lazily, so `smnb --help` and `smnb plan` never pay for AWS SDK clients they do not use.
 * The summary key is here too, so the command list needs no module loaded.
 */
export const COMMANDS: Record<string, { summaryKey: MessageKey; load: () => Promise<CommandDefinition> }> = {
  plan: { summaryKey: 'cmd.plan.summary', load: async () => (await import('./plan.js')).planCommand },
  cost: { summaryKey: 'cmd.cost.summary', load: async () => (await import('./cost.js')).costCommand },
  deploy: { summaryKey: 'cmd.deploy.summary', load: async () => (await import('./deploy.js')).deployCommand },
  watch: { summaryKey: 'cmd.watch.summary', load: async () => (await import('./watch.js')).watchCommand },
  outputs: {
    summaryKey: 'cmd.outputs.summary',
    load: async () => (await import('./outputs.js')).outputsCommand,
  },
  status: {
    summaryKey: 'cmd.status.summary',
    load: async () => (await import('./status.js')).statusCommand,
  },
  open: { summaryKey: 'cmd.open.summary', load: async () => (await import('./open.js')).openCommand },
  stop: { summaryKey: 'cmd.stop.summary', load: async () => (await import('./power.js')).stopCommand },
  start: { summaryKey: 'cmd.start.summary', load: async () => (await import('./power.js')).startCommand },
  upgrade: {
    summaryKey: 'cmd.upgrade.summary',
    load: async () => (await import('./upgrade.js')).upgradeCommand,
  },
  delete: {
    summaryKey: 'cmd.delete.summary',
    load: async () => (await import('./delete.js')).deleteCommand,
  },
  doctor: { summaryKey: 'cmd.doctor.summary', load: async () => (await import('./doctor.js')).doctorCommand },
  list: { summaryKey: 'cmd.list.summary', load: async () => (await import('./list.js')).listCommand },
  backup: { summaryKey: 'cmd.backup.summary', load: async () => (await import('./backup.js')).backupCommand },
  restore: {
    summaryKey: 'cmd.restore.summary',
    load: async () => (await import('./restore.js')).restoreCommand,
  },
  budget: { summaryKey: 'cmd.budget.summary', load: async () => (await import('./budget.js')).budgetCommand },
  class: { summaryKey: 'cmd.class.summary', load: async () => (await import('./class.js')).classCommand },
};
