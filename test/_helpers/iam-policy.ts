import { DEPLOYER_STATEMENTS, type PolicyStatement } from '../../shared/deployer-policy.js';

/**
 * An evaluator of IAM identity policies and permissions boundaries, written from the IAM User Guide ("Policy
 * evaluation logic", "IAM JSON policy elements: Condition operators", "…: Variables and tags", read 2026-12-01),
 * enough for the policies smnb ships and the stand-in. No npm or Debian package with a permissive licence evaluates
 * conditions and boundaries (the well-known one, @cloud-copilot/iam-simulate, is AGPL), hence our own.
 *
 * - A request is one action on one resource (a call that touches several resources is several requests, all of
 *   which must be allowed, as IAM authorises each resource of the call).
 * - Decision: an explicit Deny in any policy wins; else the identity policies must allow it; and when the principal
 *   has a permissions boundary, the boundary must allow it too (the intersection).
 * - Action: `*` and `?` wildcards, case-insensitive; Resource: wildcards, case-sensitive, after filling in policy
 *   variables (`${aws:PrincipalAccount}`) from the context; a request with no resource matches on action alone.
 * - Condition: every operator and every key must hold (AND), any of a key's values may match (OR); operators
 *   StringEquals/NotEquals/EqualsIgnoreCase/Like/NotLike, ArnEquals/ArnLike/ArnNotEquals/ArnNotLike, Bool, Null, each
 *   with `…IfExists`, and the `ForAllValues:` / `ForAnyValue:` set prefixes. A key missing from the context makes a
 *   positive operator fail, a negated one hold, `…IfExists` hold, ForAllValues hold and ForAnyValue fail.
 */
export interface PolicyRequest {
  readonly action: string;
  readonly resource?: string;
  readonly context?: Readonly<Record<string, string | readonly string[]>>;
}

/** IAM's three outcomes: allowed, denied by a Deny statement, or denied because nothing allows it. */
export type Decision = 'allowed' | 'explicitDeny' | 'implicitDeny';

const glob = (pattern: string, flags = '') => {
  const key = `${flags}/${pattern}`;
  let compiled = compiledGlobs.get(key);
  if (!compiled) {
    compiled = new RegExp(
      `^${pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      flags,
    );
    compiledGlobs.set(key, compiled);
  }
  return compiled;
};
/** Every pattern's expression, built once: a deploy asks for a few thousand decisions over the same few hundred. */
const compiledGlobs = new Map<string, RegExp>();

const list = <T>(v: T | readonly T[]): readonly T[] => (Array.isArray(v) ? v : [v as T]);

/** Fills `${key}` policy variables from the context (a missing one leaves the text unmatched, as IAM does). */
const fill = (text: string, context: PolicyRequest['context']) =>
  text.replace(/\$\{([^}]+)\}/g, (whole, key: string) => {
    const value = context?.[key];
    return typeof value === 'string' ? value : `\u0000${whole}`;
  });

type Test = (actual: string, wanted: string) => boolean;
const OPERATORS: Record<string, Test> = {
  StringEquals: (a, w) => a === w,
  StringNotEquals: (a, w) => a !== w,
  StringEqualsIgnoreCase: (a, w) => a.toLowerCase() === w.toLowerCase(),
  StringLike: (a, w) => glob(w).test(a),
  StringNotLike: (a, w) => !glob(w).test(a),
  ArnEquals: (a, w) => a === w,
  ArnNotEquals: (a, w) => a !== w,
  ArnLike: (a, w) => glob(w).test(a),
  ArnNotLike: (a, w) => !glob(w).test(a),
  Bool: (a, w) => a.toLowerCase() === w.toLowerCase(),
};
const NEGATED = new Set(['StringNotEquals', 'StringNotLike', 'ArnNotEquals', 'ArnNotLike']);

function keyHolds(operator: string, key: string, wanted: readonly string[], request: PolicyRequest): boolean {
  const [set, rest] = operator.includes(':') ? (operator.split(':') as [string, string]) : [undefined, operator];
  const ifExists = rest.endsWith('IfExists');
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const actual = request.context?.[key];
  const values = wanted.map((w) => fill(w, request.context));
  if (base === 'Null') {
    const absent = actual === undefined;
    return values.some((w) => (w === 'true') === absent);
  }
  const test = OPERATORS[base];
  if (!test) throw new Error(`unsupported condition operator ${operator}`);
  const negated = NEGATED.has(base);
  if (actual === undefined) {
    if (set === 'ForAllValues') return true;
    if (set === 'ForAnyValue') return false;
    return ifExists || negated;
  }
  // Negated operators hold when no value matches the negation's positive form (IAM's "not any of").
  const matches = (a: string) => (negated ? values.every((w) => test(a, w)) : values.some((w) => test(a, w)));
  const actuals = list(actual);
  if (set === 'ForAllValues') return actuals.every(matches);
  if (set === 'ForAnyValue') return actuals.some(matches);
  return actuals.length === 1 && matches(actuals[0]!);
}

function conditionHolds(statement: PolicyStatement, request: PolicyRequest): boolean {
  return Object.entries(statement.Condition ?? {}).every(([operator, entries]) =>
    Object.entries(entries).every(([key, wanted]) => keyHolds(operator, key, list(wanted), request)),
  );
}

/** Whether one statement applies to the request (its Effect aside). */
export function statementMatches(statement: PolicyStatement, request: PolicyRequest): boolean {
  if (!statement.Action.some((a) => glob(a, 'i').test(request.action))) return false;
  if (
    request.resource !== undefined &&
    !list(statement.Resource).some((r) => glob(fill(r, request.context)).test(request.resource!))
  )
    return false;
  return conditionHolds(statement, request);
}

/** Whether one Allow statement allows the request. */
export function statementAllows(statement: PolicyStatement, request: PolicyRequest): boolean {
  return statement.Effect === 'Allow' && statementMatches(statement, request);
}

/** One policy on its own: explicit deny, allow, or nothing said (implicit deny). */
export function evaluate(statements: readonly PolicyStatement[], request: PolicyRequest): Decision {
  if (statements.some((s) => s.Effect === 'Deny' && statementMatches(s, request))) return 'explicitDeny';
  return statements.some((s) => statementAllows(s, request)) ? 'allowed' : 'implicitDeny';
}

/** Whether the identity policy allows the request (no explicit deny, some allow). */
export function policyAllows(statements: readonly PolicyStatement[], request: PolicyRequest): boolean {
  return evaluate(statements, request) === 'allowed';
}

/** A principal: its identity policies and, if it has one, its permissions boundary. */
export interface Principal {
  readonly policies: readonly (readonly PolicyStatement[])[];
  readonly boundary?: readonly PolicyStatement[];
}

/** IAM's decision for a principal: explicit deny anywhere wins, then identity allow ∩ boundary allow. */
export function principalDecision(principal: Principal, request: PolicyRequest): Decision {
  const all = [...principal.policies.flat(), ...(principal.boundary ?? [])];
  if (all.some((s) => s.Effect === 'Deny' && statementMatches(s, request))) return 'explicitDeny';
  const identity = principal.policies.some((p) => policyAllows(p, request));
  const bounded = principal.boundary === undefined || policyAllows(principal.boundary, request);
  return identity && bounded ? 'allowed' : 'implicitDeny';
}

/** The deployer policy without some of its actions, for tests of a deployer who lacks them. */
export function deployerPolicyWithout(...actions: string[]): PolicyStatement[] {
  return DEPLOYER_STATEMENTS.map((s) => ({ ...s, Action: s.Action.filter((a) => !actions.includes(a)) }));
}
