import type { MessageKey } from '../i18n/messages.js';
import type { CommandDefinition } from './command.js';

/** How a command is found and loaded, before any of its code runs. */
export interface CommandEntry {
  readonly summaryKey: MessageKey;
  /**
   * A short command (it asks and answers; stop and start may then poll until the notebook settles): its AWS calls
   * stop once AWS has been silent for the deadline (src/aws/deadline.ts). Deploy, delete, backup and restore keep
   * their own documented limits.
   */
  readonly short?: true;
  readonly load: () => Promise<CommandDefinition>;
}

/**
 * Commands load lazily, so `smnb --help` and `smnb plan` never pay for AWS SDK clients they do not use.
 * The summary key is here too, so the command list needs no module loaded.
 */
export const COMMANDS: Record<string, CommandEntry> = {
  plan: { summaryKey: 'cmd.plan.summary', load: async () => (await import('./plan.js')).planCommand },
  cost: { summaryKey: 'cmd.cost.summary', load: async () => (await import('./cost.js')).costCommand },
  deploy: { summaryKey: 'cmd.deploy.summary', load: async () => (await import('./deploy.js')).deployCommand },
  watch: { summaryKey: 'cmd.watch.summary', load: async () => (await import('./watch.js')).watchCommand },
  outputs: {
    summaryKey: 'cmd.outputs.summary',
    short: true,
    load: async () => (await import('./outputs.js')).outputsCommand,
  },
  status: {
    summaryKey: 'cmd.status.summary',
    short: true,
    load: async () => (await import('./status.js')).statusCommand,
  },
  open: { summaryKey: 'cmd.open.summary', short: true, load: async () => (await import('./open.js')).openCommand },
  stop: { summaryKey: 'cmd.stop.summary', short: true, load: async () => (await import('./power.js')).stopCommand },
  start: { summaryKey: 'cmd.start.summary', short: true, load: async () => (await import('./power.js')).startCommand },
  upgrade: {
    summaryKey: 'cmd.upgrade.summary',
    load: async () => (await import('./upgrade.js')).upgradeCommand,
  },
  delete: {
    summaryKey: 'cmd.delete.summary',
    load: async () => (await import('./delete.js')).deleteCommand,
  },
  doctor: {
    summaryKey: 'cmd.doctor.summary',
    short: true,
    load: async () => (await import('./doctor.js')).doctorCommand,
  },
  list: { summaryKey: 'cmd.list.summary', short: true, load: async () => (await import('./list.js')).listCommand },
  backup: { summaryKey: 'cmd.backup.summary', load: async () => (await import('./backup.js')).backupCommand },
  restore: {
    summaryKey: 'cmd.restore.summary',
    load: async () => (await import('./restore.js')).restoreCommand,
  },
  budget: { summaryKey: 'cmd.budget.summary', load: async () => (await import('./budget.js')).budgetCommand },
  setup: { summaryKey: 'cmd.setup.summary', load: async () => (await import('./setup.js')).setupCommand },
  class: { summaryKey: 'cmd.class.summary', load: async () => (await import('./class.js')).classCommand },
};
