import type { CommandDefinition } from './command.js';
import { CONFIG_FLAG } from './fleet-config-file.js';
import { DEPLOY_CONCURRENCY_FLAG } from './concurrency.js';
import { DEPLOY_FLAGS } from './deploy-flags.js';

/** smnb deploy's help and flags; what it runs loads only when it runs (deploy-run.ts), never for --help. */
export const deployCommand: CommandDefinition = {
  name: 'deploy',
  summaryKey: 'cmd.deploy.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb deploy',
    'smnb deploy --name dev-notebook',
    'smnb deploy --name prod-notebook --instance-type ml.t3.large --volume-size 50',
    'smnb deploy --parameters simple-parameters.json --yes',
    'smnb deploy --idle-timeout 30 --no-wait',
    'smnb deploy --nested --name nested-notebook',
    'smnb deploy --config smnb.config.yaml --concurrency 5',
  ],
  flags: [
    ...DEPLOY_FLAGS,
    { name: 'parameters', type: 'string', descKey: 'flag.parametersFile', valueName: 'FILE' },
    { name: 'yes', type: 'boolean', descKey: 'flag.yes' },
    { name: 'no-wait', type: 'boolean', descKey: 'flag.noWait' },
    { name: 'allow-replacement', type: 'boolean', descKey: 'flag.allowReplacement' },
    { name: 'template-bucket', type: 'string', descKey: 'flag.templateBucket', valueName: 'BUCKET' },
    { name: 'template-prefix', type: 'string', descKey: 'flag.templatePrefix', valueName: 'PREFIX' },
    CONFIG_FLAG,
    DEPLOY_CONCURRENCY_FLAG,
    { name: 'skip-checks', type: 'boolean', descKey: 'flag.skipChecks' },
  ],
  run: async (ctx, args) => (await import('./deploy-run.js')).runDeploy(ctx, args),
};
