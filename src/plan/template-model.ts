/** The parts of a CloudFormation template the plan reads. */
export interface TemplateDocument {
  readonly Parameters?: Record<string, { Default?: string | number; AllowedValues?: string[] }>;
  readonly Resources: Record<string, { Type: string; Properties?: unknown; DependsOn?: string | string[] }>;
}

export interface ResourceNode {
  readonly id: string;
  readonly type: string;
  /** Logical IDs of resources this one waits for (Ref, Fn::GetAtt, Fn::Sub references and DependsOn). */
  readonly dependsOn: readonly string[];
}

/** Resources with their dependencies, in template order. */
export function resourceGraph(template: TemplateDocument): ResourceNode[] {
  const ids = new Set(Object.keys(template.Resources));
  return Object.entries(template.Resources).map(([id, resource]) => {
    const deps = new Set<string>();
    collectReferences(resource.Properties, deps);
    for (const d of ([] as string[]).concat(resource.DependsOn ?? [])) deps.add(d);
    return { id, type: resource.Type, dependsOn: [...deps].filter((d) => ids.has(d) && d !== id) };
  });
}

function collectReferences(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectReferences(v, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') into.add(inner);
    else if (key === 'Fn::GetAtt') into.add(Array.isArray(inner) ? String(inner[0]) : String(inner).split('.')[0]!);
    else if (key === 'Fn::Sub') {
      const text = Array.isArray(inner) ? inner[0] : inner;
      for (const m of String(text).matchAll(/\$\{([A-Za-z0-9]+)(\.[A-Za-z.]+)?\}/g)) into.add(m[1]!);
      if (Array.isArray(inner)) collectReferences(inner[1], into);
    } else collectReferences(inner, into);
  }
}

/** The template's parameter defaults as strings, overlaid with the given values. */
export function effectiveParameters(
  template: TemplateDocument,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, def] of Object.entries(template.Parameters ?? {})) {
    result[name] = values[name] ?? (def.Default === undefined ? '' : String(def.Default));
  }
  return result;
}
