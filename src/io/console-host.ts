import { createInterface } from 'node:readline/promises';
import type { AppEvent } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import { formatEventLine } from '../render/event-line.js';
import { formatLiveBlock } from '../render/live-block.js';
import { applySeenEvent, emptyProgress } from '../monitor/progress-model.js';
import type { ConfirmRequest, IoHost } from './io-host.js';

export interface ConsoleHostOptions {
  readonly t: Translate;
  readonly interactive: boolean;
  /** --yes: take every default answer without asking. */
  readonly assumeYes: boolean;
  readonly stderr: NodeJS.WritableStream;
  readonly stdin: NodeJS.ReadableStream;
  readonly colour: boolean;
  /** Redraw one progress block in place (a terminal, not CI, colour allowed); otherwise append lines. */
  readonly live: boolean;
}

/** The terminal: progress and warnings on stderr (stdout is for results), questions on the terminal only. */
export class ConsoleHost implements IoHost {
  private progress = emptyProgress();
  private drawnLines = 0;
  private timer?: NodeJS.Timeout;
  private readonly stacksSeen = new Set<string>();

  constructor(private readonly options: ConsoleHostOptions) {}

  /** What Ctrl-C leaves behind, as the running operation last said. */
  resumeHint?: Extract<AppEvent, { type: 'resume' }>;

  notify(event: AppEvent): void {
    if (event.type === 'resume') {
      this.resumeHint = event;
      return;
    }
    if (!this.options.live) {
      if (event.type === 'operation') {
        this.stacksSeen.add(event.stackName);
        return;
      }
      // With several stacks in one log (a fleet), each line says which stack it is about.
      const prefix = event.type === 'resource' && this.stacksSeen.size > 1 ? `[${event.stackName}] ` : '';
      this.options.stderr.write(prefix + formatEventLine(event, this.options.t, this.options.colour) + '\n');
      return;
    }
    if (event.type === 'heartbeat') return;
    if (event.type === 'resource' || event.type === 'operation') {
      this.progress = applySeenEvent(this.progress, event, Date.now());
      this.timer ??= setInterval(() => this.redraw(), 1000).unref();
    } else {
      this.clear();
      this.options.stderr.write(formatEventLine(event, this.options.t, this.options.colour) + '\n');
    }
    this.redraw();
  }

  /** Stops redrawing and leaves the last block on screen, before the result is printed below it. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.drawnLines > 0) this.redraw(true);
    this.drawnLines = 0;
  }

  private clear(): void {
    if (this.drawnLines > 0) this.options.stderr.write(`\x1b[${this.drawnLines}F\x1b[J`);
    this.drawnLines = 0;
  }

  private redraw(final = false): void {
    if (this.progress.startedAt === undefined && this.progress.resources.size === 0) return;
    this.clear();
    const lines = formatLiveBlock(this.progress, this.options.t, Date.now(), final);
    this.options.stderr.write(lines.join('\n') + '\n');
    this.drawnLines = lines.length;
  }

  async confirm(request: ConfirmRequest): Promise<boolean> {
    if (this.options.assumeYes) return request.defaultAnswer;
    if (!this.options.interactive) return false;
    this.finish();
    const rl = createInterface({ input: this.options.stdin, output: this.options.stderr });
    try {
      const answer = (await rl.question(`${this.options.t(request.questionKey, request.questionParams)} `)).trim();
      return request.typeToConfirm ? answer === request.typeToConfirm : /^(y|yes|はい)$/i.test(answer);
    } finally {
      rl.close();
    }
  }
}
