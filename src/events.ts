import type { MessageKey, MessageParams } from './i18n/messages.js';

/** Every event an operation can emit; printers match on `type`, never on text. */
export type AppEvent = {
  readonly type: 'message';
  readonly level: 'info' | 'warn';
  readonly key: MessageKey;
  readonly params?: MessageParams;
};
