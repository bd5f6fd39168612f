import type { RuleViolation } from '../../shared/notebook-rules.js';
import type { MessageKey, MessageParams } from '../i18n/messages.js';

/** A broken rule as a message: `error.<rule>` with the value and the rule's own details (lists joined). */
export function ruleMessage(violation: RuleViolation, value: unknown): { key: MessageKey; params: MessageParams } {
  const { rule, ...rest } = violation;
  const params: Record<string, string | number> = { value: String(value) };
  for (const [k, v] of Object.entries(rest)) params[k] = Array.isArray(v) ? v.join(', ') : (v as string | number);
  return { key: `error.${rule}` as MessageKey, params };
}
