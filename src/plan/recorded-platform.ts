import { parse } from 'yaml';
import { KEPT_PLATFORMS, NOTEBOOK_PLATFORM } from '../../shared/notebook-rules.js';

interface TemplateShape {
  Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }>;
}

const notebookOf = (template: TemplateShape) =>
  Object.values(template.Resources ?? {}).find((r) => r.Type === 'AWS::SageMaker::NotebookInstance');

function parsed(templateBody: string): TemplateShape | undefined {
  try {
    return (parse(templateBody) ?? {}) as TemplateShape;
  } catch {
    return undefined;
  }
}

/**
 * The PlatformIdentifier CloudFormation has on record for a stack's notebook: the template's literal, or the value
 * of the parameter it refers to. Undefined when the template has no notebook (a nested root) or sets no platform.
 */
export function recordedPlatform(
  templateBody: string,
  parameters: Readonly<Record<string, string>>,
): string | undefined {
  const template = parsed(templateBody);
  const value = template && notebookOf(template)?.Properties?.PlatformIdentifier;
  if (typeof value === 'string') return value;
  const ref = (value as { Ref?: unknown } | undefined)?.Ref;
  return typeof ref === 'string' ? parameters[ref] : undefined;
}

/** Whether a template holds the notebook itself (a nested root holds only child stacks). */
export function holdsNotebook(templateBody: string): boolean {
  return /AWS::SageMaker::NotebookInstance/.test(templateBody);
}

/**
 * The platform to keep writing into an old stack's template: the value an earlier version of these templates
 * recorded (AL2), so that CloudFormation sees no PlatformIdentifier change and does not replace the notebook (a new,
 * empty volume); smnb switches the notebook itself in place. Undefined when the current value is right, or when the
 * recorded one is none of ours (then the change set shows the replacement, and deploy asks).
 */
export function platformToKeep(recorded: string | undefined): string | undefined {
  if (recorded === undefined || recorded === NOTEBOOK_PLATFORM) return undefined;
  return (KEPT_PLATFORMS as readonly string[]).includes(recorded) ? recorded : undefined;
}

/**
 * The template to send for such a stack: the committed one with the notebook's PlatformIdentifier set to the kept
 * value, as JSON (CloudFormation takes JSON and YAML alike). The committed templates never name AL2.
 */
export function withPlatform(templateBody: string, platform: string): string {
  const template = parsed(templateBody);
  const notebook = template && notebookOf(template);
  if (!notebook) return templateBody;
  notebook.Properties = { ...notebook.Properties, PlatformIdentifier: platform };
  return JSON.stringify(template);
}
