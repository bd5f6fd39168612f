import { systemClock, today } from '../context/clock.js';
import { buildPlan } from '../plan/build-plan.js';
import { resolveDeployOptions } from '../plan/deploy-options.js';
import { toMermaid } from '../plan/diagram.js';
import { formatPlan } from '../render/plan.js';
import { PriceCacheFile } from '../io/price-cache-file.js';
import { estimateCost } from '../plan/cost-model.js';
import { priceOrReference } from '../pricing/hourly-price.js';
import { mlStoragePrice } from '../pricing/volume-price.js';
import { StoragePriceCacheFile } from '../io/storage-price-cache-file.js';
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
    // The cost line uses only what is known offline (the dated table or an earlier Price List answer).
    const instanceType = plan.parameters.InstanceType ?? '';
    // Nothing known for the region (Tokyo, offline): the table's region, labelled as a reference, never as the answer.
    const found = await priceOrReference(plan.region, instanceType, {
      cache: new PriceCacheFile(ctx.env),
      today: today(systemClock),
    });
    const price = found?.price;
    // The region's ML storage price as list and cost use it (an earlier Price List answer, else the dated row).
    const storage = await mlStoragePrice(plan.region, {
      cache: new StoragePriceCacheFile(ctx.env),
      today: today(systemClock),
    });
    const estimate = price
      ? estimateCost({
          instanceType,
          usdPerHour: price.usdPerHour,
          storageUsdPerGbMonth: storage.usdPerGbMonth,
          volumeGb: Number(plan.parameters.VolumeSizeInGB),
          hoursPerDay: 8,
          days: 30,
          idleTimeoutMinutes: Number(plan.parameters.IdleTimeoutMinutes),
        })
      : undefined;
    const cost = estimate && found ? { estimate, ...found } : undefined;
    const text =
      args.flags.format === 'mermaid'
        ? toMermaid(plan.diagram, (l) => ctx.t(l.key, l.params))
        : formatPlan(plan, ctx.t, cost);
    return { data: { ...plan, cost }, text };
  },
};
