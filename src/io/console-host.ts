import { createInterface } from 'node:readline/promises';
import type { AppEvent } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import type { ConfirmRequest, IoHost } from './io-host.js';

export interface ConsoleHostOptions {
  readonly t: Translate;
  readonly interactive: boolean;
  /** --yes: take every default answer without asking. */
  readonly assumeYes: boolean;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
}

/** The terminal: progress and warnings on stderr (stdout is for results), questions on the terminal only. */
export class ConsoleHost implements IoHost {
  constructor(private readonly options: ConsoleHostOptions) {}

  notify(event: AppEvent): void {
    const { t, stderr } = this.options;
    const prefix = event.level === 'warn' ? '! ' : '';
    stderr.write(`${prefix}${t(event.key, event.params)}\n`);
  }

  async confirm(request: ConfirmRequest): Promise<boolean> {
    if (this.options.assumeYes) return request.defaultAnswer;
    if (!this.options.interactive) return false;
    const rl = createInterface({ input: this.options.stdin, output: this.options.stderr });
    try {
      const answer = (await rl.question(`${request.question} `)).trim();
      return request.typeToConfirm ? answer === request.typeToConfirm : /^(y|yes|はい)$/i.test(answer);
    } finally {
      rl.close();
    }
  }
}
