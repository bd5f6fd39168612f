import type { PolicyStatement } from '../../shared/deployer-policy.js';
import type { SimulationRequest } from '../aws/permission-api.js';

export type { SimulationRequest };

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
  const [arn, partition, service, reg, acct, ...rest] = pattern.replace(ACCOUNT_VARIABLE, account).split(':');
  const fill = (value: string | undefined, actual: string) => (value === '*' ? actual : (value ?? ''));
  return [arn, partition, service, fill(reg, region), fill(acct, account), ...rest]
    .join(':')
    .replace(/\*/g, 'smnb-doctor-probe');
}

const ACCOUNT_VARIABLE = '${aws:PrincipalAccount}';
const PROBE = 'smnb-doctor-probe';

/**
 * A context value that meets one condition of a statement the way a real deployment does: a tag that must exist
 * and a wildcard get a probe value, the account variable the caller's account.
 */
function contextValue(operator: string, value: string, account: string): string | undefined {
  if (operator === 'Null') return value === 'false' ? PROBE : undefined;
  return value.replace(ACCOUNT_VARIABLE, account).replace(/\*/g, PROBE);
}

/**
 * The simulator questions that together ask "does the caller hold the deployer policy?": one per Allow statement,
 * with the statement's first resource made concrete and a context that meets its conditions, and one more per further
 * value of a condition that lists several (e.g. each service a role may be passed to).
 */
export function simulationRequests(
  statements: readonly PolicyStatement[],
  account: string,
  region: string,
): SimulationRequest[] {
  return statements
    .filter((s) => s.Effect === 'Allow')
    .flatMap((statement) => {
      const first = typeof statement.Resource === 'string' ? statement.Resource : statement.Resource[0]!;
      const resourceArn = first === '*' ? undefined : probeArn(first, account, region);
      // A ForAllValues condition holds when the request lacks its key (e.g. cloudformation:ResourceTypes on a call
      // that names no template): the question leaves it out rather than guess a value.
      const conditions = Object.entries(statement.Condition ?? {}).filter(([op]) => !op.startsWith('ForAllValues:'));
      const entries = conditions.flatMap(([operator, keys]) =>
        Object.entries(keys).map(([key, values]) => ({
          operator,
          key,
          values: typeof values === 'string' ? [values] : values,
        })),
      );
      if (entries.length === 0)
        return [{ actions: statement.Action, resourceArn, context: { 'aws:PrincipalAccount': account } }];
      const many = entries.find((e) => e.values.length > 1);
      const variants = many ? many.values : [undefined];
      return variants.map((variant) => {
        const context: Record<string, string> = { 'aws:PrincipalAccount': account };
        for (const { operator, key, values } of entries) {
          const chosen = many?.key === key && variant !== undefined ? variant : values[0]!;
          const value = contextValue(operator, chosen, account);
          if (value !== undefined) context[key] = value;
        }
        return { actions: statement.Action, resourceArn, context };
      });
    });
}
