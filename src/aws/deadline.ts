import { UsageError } from '../errors.js';

/**
 * How long a short command (status, list, open, outputs, doctor, cost --live, stop/start's first call) waits with no
 * answer at all from AWS before it gives up: 25 s. AWS answers these read calls in about a second, so 25 s of silence
 * is a stalled endpoint, proxy or network, not a slow answer. Without it, the retry mode's 10 attempts of up to 8 s
 * each, with backoff between them, held `smnb status` for 96–98 s on a silent endpoint. The clock runs only while
 * smnb waits for AWS and starts again with every answer (an error answer too, such as throttling), so a fleet of 100
 * notebooks that keeps being answered, or `stop --wait` polling every 2 s, is never cut short. SMNB_DEADLINE_MS overrides it (a slow proxy; tests use a few hundred ms).
 */
export const SHORT_COMMAND_DEADLINE_MS = 25_000;

/** SMNB_DEADLINE_MS, else the default; refused before any call when it is not whole milliseconds. */
export function deadlineSetting(env: NodeJS.ProcessEnv): number {
  const raw = env.SMNB_DEADLINE_MS;
  if (raw === undefined || raw === '') return SHORT_COMMAND_DEADLINE_MS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 3_600_000)
    throw new UsageError('error.deadlineSetting', { name: 'SMNB_DEADLINE_MS', value: raw });
  return Number(raw);
}

/** Why a command's AWS calls were stopped: the reason its abort signal carries, named after the hosts it waited on. */
export class DeadlineReached extends Error {
  override readonly name: string = 'DeadlineReached';
  constructor(
    readonly ms: number,
    readonly hosts: readonly string[],
  ) {
    super(`no answer from ${hosts.join(', ') || 'AWS'} for ${ms} ms`);
  }
}

/**
 * One command's deadline: an abort signal that every AWS call of the command carries (the SDK's retry loop and its
 * HTTP handler both stop on it, backoff included), fired once AWS has not answered for `ms` milliseconds while smnb
 * waited for it (since a request went out, or since the last answer while others are still out).
 */
export class CommandDeadline {
  private readonly controller = new AbortController();
  private timer?: NodeJS.Timeout;
  /** Hosts with a request on the wire now, and the last host asked (named when nothing is in flight). */
  private readonly waiting = new Map<string, number>();
  private lastHost?: string;

  constructor(readonly ms: number) {}

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** A request to `host` goes out. */
  asking(host: string): void {
    // The clock starts with the first request: loading the SDK is no silence of AWS.
    if (!this.timer) this.arm();
    this.lastHost = host;
    this.waiting.set(host, (this.waiting.get(host) ?? 0) + 1);
  }

  /**
   * The request to `host` ended; `answered` when AWS sent an answer (an error answer included). An answer restarts the
   * clock, or stops it when nothing else is on the wire: the command's own pauses (between the polls of a wait) are
   * no silence of AWS. A request that ended without an answer leaves it running through the retry's backoff.
   */
  settled(host: string, answered: boolean): void {
    const left = (this.waiting.get(host) ?? 1) - 1;
    if (left > 0) this.waiting.set(host, left);
    else this.waiting.delete(host);
    if (!answered || this.signal.aborted) return;
    if (this.waiting.size > 0) this.arm();
    else this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const hosts = this.waiting.size > 0 ? [...this.waiting.keys()] : this.lastHost ? [this.lastHost] : [];
      this.controller.abort(new DeadlineReached(this.ms, hosts));
    }, this.ms);
    // The deadline never keeps a finished command alive.
    this.timer.unref();
  }

  /** The command is over: no abort after it. */
  dispose(): void {
    this.stop();
  }
}

/** The deadline an error was stopped by, when it was (the SDK wraps the signal's reason in an AbortError). */
export function deadlineOf(error: unknown): DeadlineReached | undefined {
  for (let e = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++)
    if (e instanceof DeadlineReached || (e as Error).name === 'DeadlineReached') return e as DeadlineReached;
  return undefined;
}
