import type { AppEvent } from '../events.js';
import type { Translate } from '../i18n/messages.js';
import { formatEventLine } from '../render/event-line.js';
import { countdownWorthLogging, eventLogLine } from './event-log.js';
import { LivePrinter } from './live-printer.js';
import { askOnTerminal } from './prompt.js';
import { applySeenEvent, emptyProgress } from '../monitor/progress-model.js';
import type { ConfirmRequest, IoHost } from '../context/io-host.js';

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

/**
 * The terminal: progress and warnings on stderr (stdout is for results), questions on the terminal only. It only
 * routes: the live block, the event log and the prompt are printers of their own.
 */
export class ConsoleHost implements IoHost {
  private progress = emptyProgress();
  private timer?: NodeJS.Timeout;
  private readonly stacksSeen = new Set<string>();
  private readonly live: LivePrinter;

  constructor(private readonly options: ConsoleHostOptions) {
    this.live = new LivePrinter(options.stderr, options.t);
  }

  /** What Ctrl-C leaves behind, as the running operation last said. */
  resumeHint?: Extract<AppEvent, { type: 'resume' }>;

  notify(event: AppEvent): void {
    if (event.type === 'resume') {
      this.resumeHint = event;
      return;
    }
    if (event.type === 'countdown') return this.countdown(event);
    if (!this.options.live) {
      const line = eventLogLine(event, this.stacksSeen, this.options.t, this.options.colour);
      if (line !== undefined) this.options.stderr.write(line + '\n');
      return;
    }
    if (event.type === 'heartbeat') return;
    if (event.type === 'resource' || event.type === 'operation') {
      this.progress = applySeenEvent(this.progress, event, Date.now());
      this.timer ??= setInterval(() => this.live.draw(this.progress, Date.now()), 1000).unref();
    } else {
      this.live.clear();
      this.options.stderr.write(formatEventLine(event, this.options.t, this.options.colour) + '\n');
    }
    this.live.draw(this.progress, Date.now());
  }

  private countdownLogged?: number;

  /** A terminal redraws the countdown in place; the event log prints it now and then. */
  private countdown(event: Extract<AppEvent, { type: 'countdown' }>): void {
    const line = formatEventLine(event, this.options.t, this.options.colour);
    if (this.options.live) return this.live.drawLine(line);
    if (!countdownWorthLogging(event.remainingSeconds, this.countdownLogged)) return;
    this.countdownLogged = event.remainingSeconds;
    this.options.stderr.write(line + '\n');
  }

  /** Stops redrawing and leaves the last block on screen, before the result is printed below it. */
  finish(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.live.drawn) this.live.draw(this.progress, Date.now(), true);
    this.live.release();
  }

  async confirm(request: ConfirmRequest): Promise<boolean> {
    if (this.options.assumeYes) return request.defaultAnswer;
    if (!this.options.interactive) return false;
    this.finish();
    return askOnTerminal(request, this.options.t, this.options.stdin, this.options.stderr);
  }
}
