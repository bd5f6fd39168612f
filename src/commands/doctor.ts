import { exitCodeFor } from './exit-codes.js';
import { CHECKS } from '../checks/notebook-checks.js';
import { credentialSourceCheck } from '../checks/credential-source.js';
import type { Check } from '../checks/check.js';

import { checkContext, fleetCheckContext, runChecks } from '../operations/doctor.js';
import { checksJson, formatChecks } from '../render/checks.js';
import { withOperation } from './aws-context.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG, readFleetConfig } from './fleet-config-file.js';
import { deployFlags, deployRequest } from './deploy-flags.js';
import { resolveDeployOptions } from '../plan/deploy-options.js';
import { loadTemplate } from '../templates.js';

/**
 * Doctor's checks: deploy's list, with the credential source right after the credentials (it reads the environment
 * and the shared files this command was given, and asks AWS nothing more).
 */
function doctorChecks(env: NodeJS.ProcessEnv, args: { readonly flags: Record<string, unknown> }): Check[] {
  const source = credentialSourceCheck({ env, profile: args.flags.profile as string | undefined });
  const at = CHECKS.findIndex((c) => c.id === 'credentials') + 1;
  return [...CHECKS.slice(0, at), source, ...CHECKS.slice(at)];
}

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
      runChecks(config ? fleetCheckContext(op, config) : checkContext(op, options), doctorChecks(ctx.env, args)),
    );
    return {
      data: checksJson(results, ctx.t),
      text: formatChecks(results, ctx.t),
      exitCode: exitCodeFor.doctor(results),
    };
  },
};
