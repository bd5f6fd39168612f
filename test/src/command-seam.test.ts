import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/args.js';
import type { CommandContext } from '../../src/commands/command.js';
import { statusCommand } from '../../src/commands/status.js';
import { PreconditionError } from '../../src/errors.js';
import { translator } from '../../src/i18n/messages.js';
import { fakeContext } from '../_helpers/operation-context.js';

describe('a command gets its operation context from what it is handed', () => {
  it('so a test hands smnb status the in-memory AWS instead of the composition root', async () => {
    const { ctx: op, aws, host } = fakeContext();
    const asked: string[] = [];
    const ctx: CommandContext = {
      lang: 'en',
      t: translator('en'),
      io: host,
      env: {},
      color: false,
      output: 'json',
      withOperation: async (operation, run) => {
        asked.push(operation);
        return run(op);
      },
      withClassOperation: () => Promise.reject(new Error('status needs no class context')),
      costPriceSources: () => Promise.reject(new Error('status needs no cost prices')),
    };
    const run = statusCommand.run(ctx, parseArgs('status', ['no-such-notebook'], statusCommand.flags));
    await expect(run).rejects.toBeInstanceOf(PreconditionError);
    expect(asked).toEqual(['status']);
    expect(aws.calls.DescribeStacks).toBeGreaterThan(0);
  });
});
