import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/args.js';
import { CONCURRENCY_FLAG, concurrencyOf } from '../../src/commands/concurrency.js';
import { PreconditionError } from '../../src/errors.js';
import { translator } from '../../src/i18n/messages.js';
import { DEFAULT_CONCURRENCY, fanOut } from '../../src/operations/fan-out.js';
import { formatCommandHelp } from '../../src/render/help.js';
import { COMMANDS } from '../../src/commands/registry.js';

describe('fan-out: one helper, one default', () => {
  it('keeps order, bounds what runs at once, and makes each failure its own row', async () => {
    let inFlight = 0;
    let peak = 0;
    const rows = await fanOut([1, 2, 3, 4, 5, 6, 7, 8, 9], 'status', async (n) => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      if (n === 2) throw new PreconditionError('error.notebookMissing', { name: 'two' });
      return n * 10;
    });
    expect(peak).toBe(DEFAULT_CONCURRENCY);
    expect(rows.map((r) => r.result ?? r.error?.key)).toEqual([
      10,
      'error.notebookMissing',
      30,
      40,
      50,
      60,
      70,
      80,
      90,
    ]);
    expect(rows[1]!.error?.exitCode).toBe(3);
  });

  it.each(['delete', 'deploy'])('--concurrency defaults to it, and smnb %s --help says so', async (name) => {
    expect(concurrencyOf(parseArgs(name, [], [CONCURRENCY_FLAG]))).toBe(DEFAULT_CONCURRENCY);
    const help = formatCommandHelp(await COMMANDS[name]!.load(), translator('en'));
    expect(help).toMatch(
      new RegExp(
        `--concurrency N +(with --config, )?how many (stacks|notebooks) to (delete|deploy) at once \\(default ${DEFAULT_CONCURRENCY}\\)`,
      ),
    );
  });
});
