/**
 * Every parameter a user-facing template of ours declares: the notebook settings and the network parameters. The CLI
 * checks a value for any of them before any AWS call; a template parameter missing here fails a test.
 *
 * Pure: imports nothing from infra/ or src/.
 */
import { checkNetwork, NETWORK_PARAMETERS } from './network-parameters.js';
import type { RuleViolation } from './notebook-rules.js';
import { checkSetting, NOTEBOOK_SETTINGS, type TemplateParameter } from './notebook-settings.js';

/** The settings first, then the network, as the console lists them. */
export const TEMPLATE_PARAMETERS: readonly TemplateParameter[] = [...NOTEBOOK_SETTINGS, ...NETWORK_PARAMETERS];

/** The declaration of a parameter, or undefined when no template of ours has it. */
export function parameterOf(name: string): TemplateParameter | undefined {
  return TEMPLATE_PARAMETERS.find((p) => p.parameter === name);
}

/**
 * Checks the values a user gave: each against its own rule, then the rules between them. Returns the first broken
 * rule with the value it is about, or undefined when every value is valid.
 */
export function checkParameters(
  values: Readonly<Record<string, string>>,
): { readonly violation: RuleViolation; readonly value: string } | undefined {
  for (const [name, value] of Object.entries(values)) {
    const declared = parameterOf(name);
    const violation = declared && checkSetting(declared, value);
    if (violation) return { violation, value };
  }
  return checkNetwork(values);
}
