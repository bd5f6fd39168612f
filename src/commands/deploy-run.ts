import { exitCodeFor } from './exit-codes.js';
import { UsageError } from '../errors.js';
import { deployChecked, deployFleetChecked } from '../operations/deploy/deploy-checked.js';
import { readParameterFile } from '../io/parameter-file.js';
import { resolveDeployOptions } from '../plan/deploy-options.js';
import { typicalSeconds } from '../plan/durations.js';
import { schedule } from '../plan/schedule.js';
import { resourceGraph } from '../plan/template-model.js';
import { formatDeployResult, formatFleetResult } from '../render/results.js';
import { childTemplateFiles, parseTemplate, readTemplateText } from '../templates.js';
import type { CommandContext, CommandResult } from './command.js';
import type { ParsedArgs } from '../args.js';
import type { FleetTemplate } from '../operations/deploy/fleet.js';
import { readFleetConfig } from './fleet-config-file.js';
import { concurrencyOf } from './concurrency.js';
import { deployRequest } from './deploy-flags.js';
import { suggestBudgetOnce } from '../operations/budget/budget-hint.js';
import { HintMemoryFile } from '../io/hint-memory-file.js';
import { systemClock, today } from '../context/clock.js';
import { paramFlags } from '../plan/shell-quote.js';
import { defaultTemplateBucket } from '../operations/deploy/package-templates.js';
import { templateBucketNameUsable, templateBucketPattern } from '../../shared/deployer-policy.js';

/** A template as deploy sends it: its text (read once), its parameter names and its typical duration. */
function deployTemplate(file: string, args: ParsedArgs) {
  const templateBody = readTemplateText(file);
  const document = parseTemplate(templateBody);
  const input: FleetTemplate = {
    templateBody,
    templateParameters: Object.keys(document.Parameters ?? {}),
    allowReplacement: args.flags['allow-replacement'] === true,
    expectedSeconds: schedule(resourceGraph(document), (n) => typicalSeconds(n.type)).totalSeconds,
  };
  return { document, input };
}

/** --config: every notebook of the file, at most --concurrency at once, then one summary. */
async function deployFleetCommand(ctx: CommandContext, args: ParsedArgs, path: string): Promise<CommandResult> {
  const config = await readFleetConfig(path);
  const { input } = deployTemplate('simple-stack.yaml', args);
  const result = await ctx.withOperation('deploy', (op) =>
    deployFleetChecked(op, {
      template: input,
      gate: args.flags['skip-checks'] !== true,
      config,
      concurrency: concurrencyOf(args),
    }),
  );
  return { data: result, text: formatFleetResult(result, ctx.t), exitCode: exitCodeFor.fleet(result) };
}

/** Runs smnb deploy: the template, its parameters, the checks, the change set and the progress. */
export async function runDeploy(ctx: CommandContext, args: ParsedArgs): Promise<CommandResult> {
  if (typeof args.flags.config === 'string') return deployFleetCommand(ctx, args, args.flags.config);
  const request = deployRequest(args);
  const file = args.flags.parameters as string | undefined;
  const { document, input } = deployTemplate(request.nested ? 'main-stack.yaml' : 'simple-stack.yaml', args);
  const { templateParameters } = input;
  const bucketFlag = args.flags['template-bucket'] as string | undefined;
  const prefixFlag = args.flags['template-prefix'] as string | undefined;
  if ((bucketFlag || prefixFlag) && !request.nested) throw new UsageError('error.templateFlagsNeedNested');
  if (bucketFlag && !templateBucketNameUsable(bucketFlag))
    throw new UsageError('error.templateBucketNotCovered', {
      bucket: bucketFlag,
      pattern: templateBucketPattern('ACCOUNT_ID'),
      example: defaultTemplateBucket('ACCOUNT_ID'),
    });
  const options = resolveDeployOptions(
    {
      ...request,
      fileParameters: file ? readParameterFile(file) : undefined,
      params: [
        ...(request.params ?? []),
        ...(bucketFlag ? [`TemplateBucketName=${bucketFlag}`] : []),
        ...(prefixFlag ? [`TemplatePrefix=${prefixFlag}`] : []),
      ],
    },
    templateParameters,
  );
  const result = await ctx.withOperation('deploy', async (op) => {
    const deployed = await deployChecked(op, {
      template: input,
      gate: args.flags['skip-checks'] !== true,
      options,
      noWait: args.flags['no-wait'] === true,
      nested: request.nested
        ? { document, bucket: bucketFlag, prefix: prefixFlag, files: childTemplateFiles() }
        : undefined,
    });
    if (deployed.outcome !== 'failed') await suggestBudgetOnce(op, new HintMemoryFile(ctx.env, today(systemClock)));
    return deployed;
  });
  const retryFlags = `${options.nested ? '--nested ' : ''}--stack-name ${options.stackName}${paramFlags(options.parameters)}`;
  return {
    data: result,
    text: formatDeployResult(result, ctx.t, retryFlags),
    exitCode: exitCodeFor.deploy(result),
  };
}
