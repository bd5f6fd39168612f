import { SETUP_TEMPLATE_FILE } from '../../shared/setup-contract.js';
import { runSetup } from '../operations/setup.js';
import { formatSetupResult } from '../render/setup.js';
import { readTemplateText } from '../templates.js';
import { AWS_FLAGS } from './aws-flags.js';
import type { CommandDefinition } from './command.js';
import { exitCodeFor } from './exit-codes.js';

/** `smnb setup`: an administrator deploys the account set-up (setup-stack.yaml) once per account and region. */
export const setupCommand: CommandDefinition = {
  name: 'setup',
  summaryKey: 'cmd.setup.summary',
  usage: '',
  maxPositionals: 0,
  examples: ['smnb setup', 'smnb setup --yes', 'smnb setup --region us-east-1 --yes --output json'],
  flags: [{ name: 'yes', type: 'boolean', descKey: 'flag.yes' }, ...AWS_FLAGS],
  async run(ctx, args) {
    const templateBody = readTemplateText(SETUP_TEMPLATE_FILE);
    const result = await ctx.withOperation('setup', (op) =>
      runSetup(op, { templateBody, yes: args.flags.yes === true }),
    );
    return { data: result, text: formatSetupResult(result, ctx.t), exitCode: exitCodeFor.setup(result) };
  },
};
