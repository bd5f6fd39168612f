import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/plan/build-plan.js';
import { resolveDeployOptions } from '../../src/plan/deploy-options.js';
import { schedule } from '../../src/plan/schedule.js';
import { resourceGraph } from '../../src/plan/template-model.js';
import { loadChildTemplates, loadTemplate } from '../../src/templates.js';

describe('resourceGraph and schedule', () => {
  const doc = {
    Resources: {
      A: { Type: 'T' },
      B: { Type: 'T', Properties: { X: { Ref: 'A' }, Y: { Ref: 'SomeParameter' } } },
      C: { Type: 'T', Properties: { Z: { 'Fn::Sub': 'x-${B.Arn}-${AWS::Region}' } }, DependsOn: 'A' },
      D: { Type: 'T', Properties: { W: { 'Fn::GetAtt': ['A', 'Arn'] } } },
    },
  };

  it('finds Ref, GetAtt, Sub and DependsOn edges to resources only', () => {
    expect(resourceGraph(doc).map((n) => [n.id, [...n.dependsOn].sort()])).toEqual([
      ['A', []],
      ['B', ['A']],
      ['C', ['A', 'B']],
      ['D', ['A']],
    ]);
  });

  it('starts each resource when its dependencies finish and reports the longest chain', () => {
    const s = schedule(resourceGraph(doc), (n) => ({ A: 10, B: 20, C: 5, D: 100 })[n.id]!);
    expect(s.totalSeconds).toBe(110);
    expect(s.longestChain).toEqual(['A', 'D']);
    expect(s.resources.find((r) => r.id === 'C')).toEqual({ id: 'C', start: 30, finish: 35 });
  });
});

describe('buildPlan on the committed templates', () => {
  it('simple layout: the guide’s steps in order, the notebook last and longest', () => {
    const template = loadTemplate('simple-stack.yaml');
    const plan = buildPlan({
      options: resolveDeployOptions({}, Object.keys(template.Parameters!)),
      region: 'ap-northeast-1',
      templateFile: 'simple-stack.yaml',
      template,
    });
    expect(plan.steps.map((s) => s.group)).toEqual(['network', 'routing', 'securityGroup', 'role', 'notebook']);
    expect(plan.longestChain.at(-1)).toBe('NotebookInstance');
    expect(plan.totalSeconds).toBeGreaterThan(300);
    expect(plan.totalSeconds).toBeLessThan(600);
    expect(plan.parameters.InstanceType).toBe('ml.t3.medium');
    expect(plan.deployCommands.awsCli).toContain('--template-body file://simple-stack.yaml');
    expect(plan.deployCommands.awsCli).toContain('--parameters file://simple-parameters.json');
  });

  it('nested layout: children expanded, preflight first', () => {
    const template = loadTemplate('main-stack.yaml');
    const plan = buildPlan({
      options: resolveDeployOptions(
        { nested: true, settings: { NotebookInstanceName: 'nested-notebook' } },
        Object.keys(template.Parameters!),
      ),
      region: 'us-east-1',
      templateFile: 'main-stack.yaml',
      template,
      children: loadChildTemplates(template),
    });
    expect(plan.steps[0]!.group).toBe('preflight');
    expect(plan.resourceCount).toBe(18);
    expect(plan.steps.flatMap((s) => s.resources).every((r) => r.stack)).toBe(true);
    expect(plan.deployCommands.awsCli).toContain('ParameterKey=NotebookInstanceName,ParameterValue=nested-notebook');
    expect(JSON.stringify(plan.diagram)).toContain('diagram.preflight');
  });
});
