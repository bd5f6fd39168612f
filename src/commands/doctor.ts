import { exitCodeFor } from './exit-codes.js';
import { CHECKS } from '../checks/notebook-checks.js';

import { checkContext, fleetCheckContext, runChecks } from '../operations/doctor.js';
import { checksJson, formatChecks } from '../render/checks.js';
import { withOperation } from './aws-context.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG, readFleetConfig } from './fleet-config-file.js';
import { deployFlags, deployRequest } from './deploy-flags.js';
import { resolveDeployOptions } from '../plan/deploy-options.js';
import { loadTemplate } from '../templates.js';

export const doctorCommand: CommandDefinition = {
  name: 'doctor',
  summaryKey: 'cmd.doctor.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb doctor',
    'smnb doctor --name dev-notebook --instance-type ml.g4dn.xlarge',
    'smnb doctor --config smnb.config.yaml',
    'smnb doctor --output json',
  ],
  flags: [...deployFlags('name', 'stack-name', 'instance-type', 'region', 'profile'), CONFIG_FLAG],
  async run(ctx, args) {
    const path = args.flags.config;
    // A fleet is read (and rejected when wrong) before any AWS call, as deploy does.
    const config = typeof path === 'string' ? await readFleetConfig(path) : undefined;
    const template = loadTemplate('simple-stack.yaml');
    const options = resolveDeployOptions(deployRequest(args), Object.keys(template.Parameters ?? {}));
    const results = await withOperation(ctx, args, 'doctor', (op) =>
      runChecks(config ? fleetCheckContext(op, config) : checkContext(op, options), CHECKS),
    );
    return {
      data: checksJson(results, ctx.t),
      text: formatChecks(results, ctx.t),
      exitCode: exitCodeFor.doctor(results),
    };
  },
};
