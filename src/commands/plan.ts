import { buildPlan } from '../plan/build-plan.js';
import { resolveDeployOptions } from '../plan/deploy-options.js';
import { toMermaid } from '../plan/diagram.js';
import { formatPlan } from '../render/plan.js';
import { loadChildTemplates, loadTemplate } from '../templates.js';
import type { CommandDefinition } from './command.js';
import { DEPLOY_FLAGS, deployRequest, offlineRegion } from './deploy-flags.js';

export const planCommand: CommandDefinition = {
  name: 'plan',
  summaryKey: 'cmd.plan.summary',
  usage: '',
  maxPositionals: 0,
  examples: [
    'smnb plan',
    'smnb plan --name dev-notebook --instance-type ml.t3.large',
    'smnb plan --nested --format mermaid',
    'smnb plan --output json',
  ],
  flags: [...DEPLOY_FLAGS, { name: 'format', type: 'string', values: ['text', 'mermaid'], descKey: 'flag.format' }],
  async run(ctx, args) {
    const request = deployRequest(args);
    const templateFile = request.nested ? 'main-stack.yaml' : 'simple-stack.yaml';
    const template = loadTemplate(templateFile);
    const options = resolveDeployOptions(request, Object.keys(template.Parameters ?? {}));
    const plan = buildPlan({
      options,
      region: offlineRegion(args.flags.region, ctx.env),
      templateFile,
      template,
      children: request.nested ? loadChildTemplates(template) : undefined,
    });
    const text =
      args.flags.format === 'mermaid'
        ? toMermaid(plan.diagram, (l) => ctx.t(l.key, l.params))
        : formatPlan(plan, ctx.t);
    return { data: plan, text };
  },
};
