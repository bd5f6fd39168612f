import { isRetiredPlatform, TAG_FLEET, TAG_MANAGED, TAG_NOTEBOOK } from '../../../shared/notebook-rules.js';
import { notebooksWithPlatform } from '../../aws/notebooks-with-platform.js';
import type { RegionScope } from '../../context/operation-context.js';
import { notebookOfStack } from '../resolve-target.js';

import type { ListedNotebook } from '../../plan/account-listing.js';

/** Stacks made by smnb (by tag) joined with every notebook instance of the region. */
export async function listNotebooks(ctx: RegionScope): Promise<ListedNotebook[]> {
  const [stacks, notebooks] = await Promise.all([ctx.stacks.listStacks(), notebooksWithPlatform(ctx.notebooks)]);
  const managed = stacks.filter((s) => s.tags[TAG_MANAGED] === 'true' && !s.parentId);
  const byNotebook = new Map(managed.map((s) => [s.tags[TAG_NOTEBOOK] ?? notebookOfStack(s) ?? '', s]));
  const prices = new Map<string, number | undefined>();
  for (const type of new Set(notebooks.map((n) => n.instanceType)))
    prices.set(type, (await ctx.price?.(type))?.usdPerHour);
  const rows: ListedNotebook[] = notebooks.map((n) => {
    const stack = byNotebook.get(n.name);
    byNotebook.delete(n.name);
    return {
      name: n.name,
      region: ctx.region,
      volumeSizeInGB: n.volumeSizeInGB,
      status: n.status,
      instanceType: n.instanceType,
      createdAt: n.createdAt?.toISOString(),
      stackName: stack?.name,
      stackStatus: stack?.status,
      managed: Boolean(stack),
      usdPerHour: prices.get(n.instanceType),
      fleet: stack?.tags[TAG_FLEET],
      platform: n.platform,
      retiredPlatform: isRetiredPlatform(n.platform),
    };
  });
  for (const [name, stack] of byNotebook) {
    rows.push({
      name,
      region: ctx.region,
      stackName: stack.name,
      stackStatus: stack.status,
      managed: true,
      fleet: stack.tags[TAG_FLEET],
    });
  }
  // Grouped by fleet (notebooks outside any fleet first), then by name.
  return rows.sort((a, b) => (a.fleet ?? '').localeCompare(b.fleet ?? '') || a.name.localeCompare(b.name));
}
