import type { Translate } from '../i18n/messages.js';
import type { Plan } from '../plan/build-plan.js';
import { drawBoxes } from '../plan/diagram.js';
import { padEnd } from '../plan/text-width.js';
import type { CostEstimate } from '../plan/cost-model.js';
import type { HourlyPrice } from '../pricing/hourly-price.js';
import { formatPaused } from './cost.js';
import { formatDuration } from './duration.js';

/** The plan as people read it: what, in what order, how long, how safe, and how to deploy. */
export function formatPlan(
  plan: Plan,
  t: Translate,
  cost?: { readonly estimate: CostEstimate; readonly price: HourlyPrice; readonly reference?: boolean },
): string {
  const out: string[] = [];
  const p = plan.parameters;
  out.push(t('plan.title'), '');
  out.push(
    t('plan.target', {
      stack: plan.stackName,
      notebook: plan.notebookName,
      instanceType: p.InstanceType ?? '',
      volume: p.VolumeSizeInGB ?? '',
      region: plan.region,
    }),
  );
  out.push(t('plan.template', { template: plan.templateFile, count: plan.resourceCount }), '');
  out.push(t('plan.groups'));
  plan.steps.forEach((step, i) => {
    const span = formatDuration(step.finish - step.start, t);
    out.push(`  ${i + 1}. ${padEnd(t(`plan.group.${step.group}`), 46)} ${t('plan.typical', { duration: span })}`);
    for (const r of step.resources) {
      const where = r.stack ? `${r.stack}/` : '';
      out.push(`       ${padEnd(where + r.id, 48)} ${r.type}`);
    }
  });
  out.push('', t('plan.longestChain', { chain: plan.longestChain.map((c) => c.split('/').pop()).join(' -> ') }));
  out.push(t('plan.total', { duration: formatDuration(plan.totalSeconds, t) }), '');
  out.push(t('plan.security'));
  const idle = Number(p.IdleTimeoutMinutes ?? 0);
  for (const line of [
    t('plan.security.inbound'),
    t('plan.security.vpcHttps', { cidr: p.VpcCidr ?? '' }),
    t('plan.security.root', { value: p.RootAccess ?? '' }),
    t('plan.security.imds'),
    t('plan.security.bucket'),
    idle > 0 ? t('plan.security.autostop', { minutes: idle }) : t('plan.security.autostopOff'),
  ]) {
    out.push(`  - ${line}`);
  }
  out.push('', t('plan.cost'));
  if (cost?.reference) {
    out.push(`  ${t('plan.costUnknown', { region: plan.region, type: p.InstanceType ?? '' })}`);
    out.push(
      `  ${t('plan.costReference', {
        refRegion: cost.price.region,
        asOf: cost.price.asOf,
        alwaysOn: cost.estimate.alwaysOn.total.toFixed(2),
        autoStop: cost.estimate.withAutoStop.total.toFixed(2),
      })}`,
    );
  } else if (cost) {
    const { price, estimate } = cost;
    out.push(
      `  ${t(`status.cost.${price.source}`, { usd: price.usdPerHour, asOf: price.asOf, region: price.region })}`,
    );
    out.push(
      `  ${t('plan.costMonth', { alwaysOn: estimate.alwaysOn.total.toFixed(2), autoStop: estimate.withAutoStop.total.toFixed(2) })}`,
    );
  } else {
    out.push(`  ${t('plan.costUnknown', { region: plan.region, type: p.InstanceType ?? '' })}`);
  }
  out.push(`  ${formatPaused(Number(p.VolumeSizeInGB ?? 0), plan.region, t)}`);
  out.push(
    '',
    t('plan.diagram'),
    drawBoxes(plan.diagram, (l) => t(l.key, l.params)),
    '',
  );
  out.push(t('plan.deploy'), `  ${t('plan.deploy.smnb')}`, `    ${plan.deployCommands.smnb}`);
  out.push(`  ${t('plan.deploy.awscli')}`);
  if (plan.nested) out.push(`    (${t('plan.nestedUpload')})`);
  out.push(...plan.deployCommands.awsCli.split('\n').map((l) => `    ${l}`));
  return out.join('\n');
}
