import { architecture, type DiagramNode } from './diagram.js';
import type { DeployOptions } from './deploy-options.js';
import { NESTED_STACK_OVERHEAD_SECONDS, typicalSeconds } from './durations.js';
import { GROUPS, groupOf, type ResourceGroup } from './resource-groups.js';
import { schedule } from './schedule.js';
import { effectiveParameters, resourceGraph, type TemplateDocument } from './template-model.js';
import { paramFlags, shellQuote } from './shell-quote.js';

export interface PlannedResource {
  readonly id: string;
  readonly type: string;
  /** The nested stack that holds it, for the nested layout. */
  readonly stack?: string;
  readonly start: number;
  readonly finish: number;
}

export interface PlanStep {
  readonly group: ResourceGroup;
  readonly resources: readonly PlannedResource[];
  readonly start: number;
  readonly finish: number;
}

export interface Plan {
  readonly stackName: string;
  readonly notebookName: string;
  readonly region: string;
  readonly templateFile: string;
  readonly nested: boolean;
  readonly parameters: Readonly<Record<string, string>>;
  readonly resourceCount: number;
  readonly steps: readonly PlanStep[];
  readonly totalSeconds: number;
  readonly longestChain: readonly string[];
  readonly diagram: DiagramNode;
  readonly deployCommands: { readonly smnb: string; readonly awsCli: string };
}

export interface PlanInput {
  readonly options: DeployOptions;
  readonly region: string;
  readonly templateFile: string;
  readonly template: TemplateDocument;
  /** Child templates by the logical ID of their AWS::CloudFormation::Stack (nested layout only). */
  readonly children?: Readonly<Record<string, TemplateDocument>>;
}

/** Everything `smnb plan` shows, decided from the templates alone. */
export function buildPlan(input: PlanInput): Plan {
  const parameters = effectiveParameters(input.template, input.options.parameters);
  const children = input.children ?? {};
  const childSchedules = Object.fromEntries(
    Object.entries(children).map(([id, doc]) => [id, schedule(resourceGraph(doc), (n) => typicalSeconds(n.type))]),
  );
  const top = schedule(resourceGraph(input.template), (n) =>
    n.type === 'AWS::CloudFormation::Stack'
      ? (childSchedules[n.id]?.totalSeconds ?? 0) + NESTED_STACK_OVERHEAD_SECONDS
      : typicalSeconds(n.type),
  );
  const types = new Map(Object.entries(input.template.Resources).map(([id, r]) => [id, r.Type]));

  const resources: PlannedResource[] = [];
  const longestChain: string[] = [];
  for (const r of top.resources) {
    const child = childSchedules[r.id];
    if (!child) {
      resources.push({ id: r.id, type: types.get(r.id)!, start: r.start, finish: r.finish });
      continue;
    }
    const offset = r.start + NESTED_STACK_OVERHEAD_SECONDS / 2;
    const childTypes = children[r.id]!.Resources;
    for (const c of child.resources) {
      resources.push({
        id: c.id,
        type: childTypes[c.id]!.Type,
        stack: r.id,
        start: c.start + offset,
        finish: c.finish + offset,
      });
    }
  }
  for (const id of top.longestChain) {
    const child = childSchedules[id];
    if (child) longestChain.push(...child.longestChain.map((c) => `${id}/${c}`));
    else longestChain.push(id);
  }

  const steps = GROUPS.map((group) => {
    const members = resources.filter((r) => groupOf(r.id, r.type) === group);
    return {
      group,
      resources: members,
      start: Math.min(...members.map((m) => m.start)),
      finish: Math.max(...members.map((m) => m.finish)),
    };
  }).filter((s) => s.resources.length > 0);

  const allTypes = new Set(resources.map((r) => r.type));
  return {
    stackName: input.options.stackName,
    notebookName: input.options.notebookName,
    region: input.region,
    templateFile: input.templateFile,
    nested: input.options.nested,
    parameters,
    resourceCount: resources.length,
    steps,
    totalSeconds: top.totalSeconds,
    longestChain,
    diagram: architecture({ types: allTypes, parameters, region: input.region }),
    deployCommands: deployCommands(input.options, input.templateFile, input.region),
  };
}

function deployCommands(options: DeployOptions, templateFile: string, region: string) {
  const smnb = `npx smnb deploy${options.nested ? ' --nested' : ''} --stack-name ${options.stackName}${paramFlags(options.parameters)} --region ${region}`;
  const parameterArgs = Object.entries(options.parameters).length
    ? Object.entries(options.parameters)
        .map(([k, v]) => `ParameterKey=${k},ParameterValue=${shellQuote(v)}`)
        .join(' ')
    : 'file://simple-parameters.json';
  const awsCli = [
    'aws cloudformation create-stack',
    `  --stack-name ${options.stackName}`,
    `  --template-body file://${templateFile}`,
    `  --parameters ${options.nested && parameterArgs.startsWith('file://') ? 'ParameterKey=NotebookInstanceName,ParameterValue=' + options.notebookName : parameterArgs}`,
    '  --capabilities CAPABILITY_NAMED_IAM',
    `  --region ${region}`,
  ].join(' \\\n');
  return { smnb, awsCli };
}
