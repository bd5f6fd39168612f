import type { MessageKey, MessageParams } from './i18n/messages.js';

/** Every event an operation can emit; printers match on `type`, never on text. */
export type AppEvent =
  | {
      readonly type: 'message';
      readonly level: 'info' | 'warn';
      readonly key: MessageKey;
      readonly params?: MessageParams;
    }
  | {
      /** One stack event: a resource changed status. */
      readonly type: 'resource';
      /** The root stack being watched. */
      readonly stackName?: string;
      readonly nestedStack?: string;
      readonly logicalId: string;
      readonly resourceType: string;
      readonly status: string;
      readonly reason?: string;
      readonly at: Date;
    }
  | {
      /** A stack operation began; `expectedSeconds` comes from the plan of the template. */
      readonly type: 'operation';
      readonly stackName: string;
      readonly expectedSeconds?: number;
      readonly at: Date;
      /** Whose clock `at` is read from: AWS's (a start found in the stack's events), or this machine's (default). */
      readonly clock?: 'aws' | 'local';
    }
  | {
      /**
       * What to tell the user if they press Ctrl-C from now on: what is left running in AWS and the exact command that
       * continues or cleans up. Not printed otherwise; the latest one wins.
       */
      readonly type: 'resume';
      readonly key: MessageKey;
      readonly params?: MessageParams;
    }
  | {
      /** A check before a deploy could not ask AWS: the deploy goes on, and says so once. */
      readonly type: 'checkUnknown';
      readonly titleKey: MessageKey;
      readonly detailKey: MessageKey;
      readonly params?: MessageParams;
    }
  | {
      /** Emitted every 30 s while resources are still in progress. */
      readonly type: 'heartbeat';
      readonly elapsedSeconds: number;
      readonly waitingFor: readonly { readonly logicalId: string; readonly typicalSeconds: number }[];
    }
  | {
      /**
       * A wait with a limit (notebooks writing a backup): what is awaited and how long it may still take. A terminal
       * shows each one in place; the event log only now and then.
       */
      readonly type: 'countdown';
      readonly key: MessageKey;
      readonly params?: MessageParams;
      readonly remainingSeconds: number;
      readonly totalSeconds: number;
    };

/** Says what Ctrl-C would leave behind from this point on. */
export const resume = (key: MessageKey, params?: MessageParams): AppEvent => ({ type: 'resume', key, params });

export const message = (key: MessageKey, params?: MessageParams, level: 'info' | 'warn' = 'info'): AppEvent => ({
  type: 'message',
  level,
  key,
  params,
});
