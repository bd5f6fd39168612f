import { GROUPS, resourceType, type ResourceGroup } from '../../shared/resource-types.js';

export { GROUPS, type ResourceGroup };

/** Which step a resource belongs to; the preflight's own role counts as preflight. */
export function groupOf(id: string, type: string): ResourceGroup {
  if (id.startsWith('Preflight')) return 'preflight';
  return resourceType(type).group;
}
