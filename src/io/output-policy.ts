/** What the terminal smnb runs in allows, decided once per run (the entry point reads the process; this is pure). */
export interface OutputPolicy {
  /** Questions can be asked: a person is at a terminal, and this is not CI. */
  readonly interactive: boolean;
  /** Colour on stderr: a terminal, not CI, neither NO_COLOR (https://no-color.org) nor --no-color. */
  readonly colour: boolean;
  /** Redraw one progress block in place; otherwise an append-only event log. */
  readonly live: boolean;
}

export interface Terminal {
  readonly stdinIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** --no-color was given. */
  readonly noColor: boolean;
}

/** Chooses the output policy: redraw only where colour is allowed and a person is watching. */
export function outputPolicy(terminal: Terminal): OutputPolicy {
  const ci = Boolean(terminal.env.CI);
  const interactive = terminal.stdinIsTTY && terminal.stderrIsTTY && !ci;
  const colour = !terminal.noColor && !('NO_COLOR' in terminal.env) && !ci && terminal.stderrIsTTY;
  return { interactive, colour, live: colour && interactive };
}
