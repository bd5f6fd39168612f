import type { IoHost } from '../context/io-host.js';

/**
 * What the entry point resolved for one command, and all the composition root needs to build its context: the
 * command's flags (--region, --profile, --call-as), the environment (timeouts, endpoints, caches), the host that
 * operations talk through, and whether the command is a short one (its calls stop at the deadline, deadline.ts).
 */
export interface RootSettings {
  readonly io: IoHost;
  readonly env: NodeJS.ProcessEnv;
  readonly region?: string;
  readonly profile?: string;
  /** --call-as of smnb class: StackSets as the account itself or as a delegated administrator. */
  readonly callAs?: string;
  readonly short: boolean;
}
