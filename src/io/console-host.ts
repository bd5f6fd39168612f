import { createInterface } from 'node:readline/promises';
import type { AppEvent } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import { formatEventLine } from '../render/event-line.js';
import type { ConfirmRequest, IoHost } from './io-host.js';

export interface ConsoleHostOptions {
  readonly t: Translate;
  readonly interactive: boolean;
  /** --yes: take every default answer without asking. */
  readonly assumeYes: boolean;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly colour: boolean;
}

/** The terminal: progress and warnings on stderr (stdout is for results), questions on the terminal only. */
export class ConsoleHost implements IoHost {
  constructor(private readonly options: ConsoleHostOptions) {}

  notify(event: AppEvent): void {
    this.options.stderr.write(formatEventLine(event, this.options.t, this.options.colour) + '\n');
  }

  async confirm(request: ConfirmRequest): Promise<boolean> {
    if (this.options.assumeYes) return request.defaultAnswer;
    if (!this.options.interactive) return false;
    const rl = createInterface({ input: this.options.stdin, output: this.options.stderr });
    try {
      const answer = (await rl.question(`${this.options.t(request.questionKey, request.questionParams)} `)).trim();
      return request.typeToConfirm ? answer === request.typeToConfirm : /^(y|yes|はい)$/i.test(answer);
    } finally {
      rl.close();
    }
  }
}
