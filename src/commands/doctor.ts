import type { Check } from '../checks/check.js';
import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG, readFleetConfig } from './fleet-config-file.js';
import { deployFlags, deployRequest } from './deploy-flags.js';

/**
 * Doctor's checks: deploy's list, with the credential source right after the credentials (it reads the environment
 * and the shared files this command was given, and asks AWS nothing more).
 */
function doctorChecks(checks: readonly Check[], source: Check): Check[] {
  const at = checks.findIndex((c) => c.id === 'credentials') + 1;
  return [...checks.slice(0, at), source, ...checks.slice(at)];
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
  // The checks, the template (YAML) and the AWS context load only when the command runs, never for --help.
  async run(ctx, args) {
    const [
      { exitCodeFor },
      { CHECKS },
      { checkContext, fleetCheckContext, runChecks },
      { checksJson, formatChecks },
      { resolveDeployOptions },
      { loadTemplate },
      { credentialSourceCheck },
    ] = await Promise.all([
      import('./exit-codes.js'),
      import('../checks/notebook-checks.js'),
      import('../operations/doctor.js'),
      import('../render/checks.js'),
      import('../plan/deploy-options.js'),
      import('../templates.js'),
      import('../checks/credential-source.js'),
    ]);
    const source = credentialSourceCheck({ env: ctx.env, profile: args.flags.profile as string | undefined });
    const path = args.flags.config;
    // A fleet is read (and rejected when wrong) before any AWS call, as deploy does.
    const config = typeof path === 'string' ? await readFleetConfig(path) : undefined;
    const template = loadTemplate('simple-stack.yaml');
    const options = resolveDeployOptions(deployRequest(args), Object.keys(template.Parameters ?? {}));
    const results = await ctx.withOperation('doctor', (op) =>
      runChecks(config ? fleetCheckContext(op, config) : checkContext(op, options), doctorChecks(CHECKS, source)),
    );
    return {
      data: checksJson(results, ctx.t),
      text: formatChecks(results, ctx.t),
      exitCode: exitCodeFor.doctor(results),
    };
  },
};
