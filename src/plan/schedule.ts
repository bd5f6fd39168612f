import type { ResourceNode } from './template-model.js';

export interface ScheduledResource {
  readonly id: string;
  readonly start: number;
  readonly finish: number;
}

export interface Schedule {
  /** In the order CloudFormation can finish them (earliest finish first). */
  readonly resources: readonly ScheduledResource[];
  readonly totalSeconds: number;
  /** The chain of resources that decides the total time, first to last. */
  readonly longestChain: readonly string[];
}

/**
 * Earliest start and finish of every resource when each starts as soon as everything it depends on is done, as
 * CloudFormation does. `duration` gives a resource's own time.
 */
export function schedule(nodes: readonly ResourceNode[], duration: (node: ResourceNode) => number): Schedule {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const finish = new Map<string, number>();
  const via = new Map<string, string | undefined>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = finish.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) throw new Error(`Circular dependency at ${id}`);
    visiting.add(id);
    const node = byId.get(id)!;
    let start = 0;
    let latest: string | undefined;
    for (const dep of node.dependsOn) {
      const f = visit(dep);
      if (f > start) [start, latest] = [f, dep];
    }
    visiting.delete(id);
    finish.set(id, start + duration(node));
    via.set(id, latest);
    return start + duration(node);
  };
  nodes.forEach((n) => visit(n.id));
  const resources = nodes
    .map((n) => ({ id: n.id, start: finish.get(n.id)! - duration(n), finish: finish.get(n.id)! }))
    .sort((a, b) => a.finish - b.finish || a.start - b.start);
  const last = resources.at(-1);
  const longestChain: string[] = [];
  for (let id: string | undefined = last?.id; id; id = via.get(id)) longestChain.unshift(id);
  return { resources, totalSeconds: last?.finish ?? 0, longestChain };
}
