import { TAG_FLEET } from '../../../shared/notebook-rules.js';
import { resume } from '../../events.js';
import type { MessageKey, MessageParams } from '../../i18n/messages.js';
import type { FailureExplanation } from '../../monitor/failure.js';
import { resolveDeployOptions } from '../../plan/deploy-options.js';
import type { FleetConfig } from '../../plan/fleet-config.js';
import { fanOut } from '../fan-out.js';
import { deploy, type DeployInput, type DeployOutcome } from './deploy.js';
import type { OperationContext } from '../../context/operation-context.js';

export interface FleetRow {
  readonly name: string;
  readonly stackName: string;
  readonly outcome: DeployOutcome | 'error';
  readonly failure?: FailureExplanation;
  readonly error?: { readonly key: MessageKey; readonly params: MessageParams };
}

export interface FleetResult {
  readonly fleet: string;
  readonly rows: readonly FleetRow[];
  readonly failed: number;
}

export type FleetTemplate = Pick<
  DeployInput,
  'templateBody' | 'templateParameters' | 'allowReplacement' | 'expectedSeconds'
>;

/** What `deployFleet` uses of the operation context. */
export type DeployFleetContext = Pick<
  OperationContext,
  'clock' | 'dataBuckets' | 'identity' | 'io' | 'notebooks' | 'permissions' | 'pollIntervalMs' | 'region' | 'stacks'
>;

/**
 * Deploys every notebook of a fleet with at most `concurrency` stacks in flight. One notebook failing never stops the
 * others; nobody is asked anything mid-flight (a question takes its safe default answer), and the summary says
 * which succeeded and why the others did not.
 */
export async function deployFleet(
  ctx: DeployFleetContext,
  config: FleetConfig,
  template: FleetTemplate,
  concurrency: number,
): Promise<FleetResult> {
  const quiet: typeof ctx = {
    ...ctx,
    // Each deploy's own Ctrl-C hint would name one stack of many: the fleet's hint below speaks for all.
    io: { notify: (e) => e.type !== 'resume' && ctx.io.notify(e), confirm: async (request) => request.defaultAnswer },
  };
  ctx.io.notify(resume('interrupt.fleet', { fleet: config.fleet }));
  const outcomes = await fanOut(
    config.notebooks,
    'deploy',
    async (nb) => {
      const options = resolveDeployOptions(
        { settings: nb.settings, stackName: nb.stackName },
        template.templateParameters,
      );
      const extraTags = { ...nb.tags, [TAG_FLEET]: config.fleet, ...(nb.owner ? { 'smnb:owner': nb.owner } : {}) };
      return deploy(quiet, { ...template, options, noWait: false, extraTags });
    },
    concurrency,
  );
  // Whatever one notebook meets (a refusal, an AWS error) is its row in the summary; the others go on.
  const rows = outcomes.map(({ item: nb, result, error }): FleetRow => {
    const base = { name: nb.name, stackName: nb.stackName };
    return error
      ? { ...base, outcome: 'error', error: { key: error.key, params: error.params } }
      : { ...base, outcome: result.outcome, failure: result.failure };
  });
  return {
    fleet: config.fleet,
    rows,
    failed: rows.filter((r) => r.outcome === 'failed' || r.outcome === 'error').length,
  };
}
