import type { PolicyStatement } from '../../shared/deployer-policy.js';

/** One question for IAM's policy simulator: may the principal do these actions on this resource, in this context? */
export interface SimulationRequest {
  readonly actions: readonly string[];
  /** Omitted for actions that support no resource-level permissions. */
  readonly resourceArn?: string;
  readonly context?: Readonly<Record<string, string>>;
}

/** Who IAM can simulate for a caller: users and roles (by name, since STS drops a role's path), not root or federation. */
export type SimulationPrincipal =
  | { readonly kind: 'user'; readonly arn: string }
  | { readonly kind: 'role'; readonly name: string }
  | { readonly kind: 'root' }
  | { readonly kind: 'unsupported' };

/** Reads an STS caller ARN: `…:user/path/name`, `…:assumed-role/name/session`, `…:root`, `…:federated-user/…`. */
export function simulationPrincipal(callerArn: string): SimulationPrincipal {
  const resource = /^arn:[^:]+:(?:iam|sts)::\d{12}:(.+)$/.exec(callerArn)?.[1];
  if (!resource) return { kind: 'unsupported' };
  if (resource === 'root') return { kind: 'root' };
  if (resource.startsWith('user/')) return { kind: 'user', arn: callerArn };
  const role = /^assumed-role\/([^/]+)\//.exec(resource)?.[1];
  return role ? { kind: 'role', name: role } : { kind: 'unsupported' };
}

/** A concrete ARN for a policy resource pattern: this account and region, and a probe name for the rest. */
export function probeArn(pattern: string, account: string, region: string): string {
  const [arn, partition, service, reg, acct, ...rest] = pattern.split(':');
  const fill = (value: string | undefined, actual: string) => (value === '*' ? actual : (value ?? ''));
  return [arn, partition, service, fill(reg, region), fill(acct, account), ...rest]
    .join(':')
    .replace(/\*/g, 'smnb-doctor-probe');
}

/**
 * The simulator questions that together ask "does the caller hold the deployer policy?": one per statement, with the
 * statement's first resource made concrete, and one per service for PassRole's iam:PassedToService condition.
 */
export function simulationRequests(
  statements: readonly PolicyStatement[],
  account: string,
  region: string,
): SimulationRequest[] {
  return statements.flatMap((statement) => {
    const first = typeof statement.Resource === 'string' ? statement.Resource : statement.Resource[0]!;
    const resourceArn = first === '*' ? undefined : probeArn(first, account, region);
    const conditions = Object.values(statement.Condition ?? {}).flatMap((c) => Object.entries(c));
    if (conditions.length === 0) return [{ actions: statement.Action, resourceArn }];
    return conditions.flatMap(([key, values]) =>
      (typeof values === 'string' ? [values] : values).map((value) => ({
        actions: statement.Action,
        resourceArn,
        context: { [key]: value },
      })),
    );
  });
}
