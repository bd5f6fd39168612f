import type { Translate } from '../i18n/messages.js';
import type { ProgressState } from '../monitor/progress-model.js';
import { formatLiveBlock } from '../render/live-block.js';

/** Moves the cursor up `lines` lines to their start and erases to the end of the screen (ECMA-48 CPL and ED). */
export const eraseLines = (lines: number): string => (lines > 0 ? `\x1b[${lines}F\x1b[J` : '');

/**
 * The live block on a terminal: each draw erases the previous block and writes the new one, so the block stays in
 * place below whatever was printed before it. The block itself is the pure formatLiveBlock.
 */
export class LivePrinter {
  private drawnLines = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly t: Translate,
  ) {}

  /** Draws the block for `state` as of `now` (this machine's clock), replacing the one on screen. */
  draw(state: ProgressState, now: number, final = false): void {
    if (state.startedAt === undefined && state.resources.size === 0) return;
    const lines = formatLiveBlock(state, this.t, now, final);
    this.stream.write(eraseLines(this.drawnLines) + lines.join('\n') + '\n');
    this.drawnLines = lines.length;
  }

  /** Draws one line in place of what this printer drew last (a countdown, while no stack is in progress). */
  drawLine(line: string): void {
    this.stream.write(eraseLines(this.drawnLines) + line + '\n');
    this.drawnLines = 1;
  }

  /** Removes the block, so a line can be printed where it was (it is drawn again below). */
  clear(): void {
    this.stream.write(eraseLines(this.drawnLines));
    this.drawnLines = 0;
  }

  /** Leaves the block on screen as it is: what is printed next goes below it. */
  release(): void {
    this.drawnLines = 0;
  }

  get drawn(): boolean {
    return this.drawnLines > 0;
  }
}
