import type { AppEvent } from '../events.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';

/** A yes/no (or type-the-name) question; `defaultAnswer` is what --yes takes. */
export interface ConfirmRequest {
  readonly questionKey: MessageKey;
  readonly questionParams?: MessageParams;
  /** When set, the user must type exactly this text to agree. */
  readonly typeToConfirm?: string;
  readonly defaultAnswer: boolean;
}

/** How operations talk to the outside: they emit events and ask questions, and never print or exit themselves. */
export interface IoHost {
  notify(event: AppEvent): void;
  confirm(request: ConfirmRequest): Promise<boolean>;
}
