import { DEPLOYER_STATEMENTS, type PolicyStatement } from '../../shared/deployer-policy.js';

/**
 * A small evaluator of identity policies, enough for the deployer policy and for the IAM stand-in: Allow statements,
 * `*` and `?` wildcards (actions case-insensitive, resources case-sensitive), and StringEquals conditions. A request
 * that omits the resource matches a statement on its action alone; a condition key missing from the context fails.
 */
export interface PolicyRequest {
  readonly action: string;
  readonly resource?: string;
  readonly context?: Readonly<Record<string, string>>;
}

const glob = (pattern: string, flags = '') =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    flags,
  );

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T]);

function conditionHolds(statement: PolicyStatement, context: Readonly<Record<string, string>>): boolean {
  for (const [operator, entries] of Object.entries(statement.Condition ?? {})) {
    if (operator !== 'StringEquals') throw new Error(`unsupported condition operator ${operator}`);
    for (const [key, wanted] of Object.entries(entries)) {
      const actual = context[key];
      if (actual === undefined || !list(wanted).includes(actual)) return false;
    }
  }
  return true;
}

/** Whether one statement allows the request. */
export function statementAllows(statement: PolicyStatement, request: PolicyRequest): boolean {
  if (!statement.Action.some((a) => glob(a, 'i').test(request.action))) return false;
  if (request.resource !== undefined && !list(statement.Resource).some((r) => glob(r).test(request.resource!)))
    return false;
  return conditionHolds(statement, request.context ?? {});
}

/** The deployer policy without some of its actions, for tests of a deployer who lacks them. */
export function deployerPolicyWithout(...actions: string[]): PolicyStatement[] {
  return DEPLOYER_STATEMENTS.map((s) => ({ ...s, Action: s.Action.filter((a) => !actions.includes(a)) }));
}

/** Whether any statement of the policy allows the request. */
export function policyAllows(statements: readonly PolicyStatement[], request: PolicyRequest): boolean {
  return statements.some((s) => statementAllows(s, request));
}
