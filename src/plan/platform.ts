import { parse } from 'yaml';
import { KEPT_PLATFORMS, NOTEBOOK_PLATFORM } from '../../shared/notebook-rules.js';

interface TemplateShape {
  Resources?: Record<string, { Type?: string; Properties?: Record<string, unknown> }>;
}

/**
 * The PlatformIdentifier CloudFormation has on record for a stack's notebook: the template's literal, or the value
 * of the parameter it refers to. Undefined when the template has no notebook (a nested root) or sets no platform.
 */
export function recordedPlatform(
  templateBody: string,
  parameters: Readonly<Record<string, string>>,
): string | undefined {
  let template: TemplateShape;
  try {
    template = (parse(templateBody) ?? {}) as TemplateShape;
  } catch {
    return undefined;
  }
  const notebook = Object.values(template.Resources ?? {}).find((r) => r.Type === 'AWS::SageMaker::NotebookInstance');
  const value = notebook?.Properties?.PlatformIdentifier;
  if (typeof value === 'string') return value;
  const ref = (value as { Ref?: unknown } | undefined)?.Ref;
  return typeof ref === 'string' ? parameters[ref] : undefined;
}

/** Whether a template resource list holds the notebook itself (a nested root holds only child stacks). */
export function holdsNotebook(templateBody: string): boolean {
  return /AWS::SageMaker::NotebookInstance/.test(templateBody);
}

/**
 * The NotebookPlatform value to send when updating a stack that does not have that parameter yet (made by an
 * earlier version, whose template wrote the platform as a literal). Sending CloudFormation's recorded value keeps
 * the notebook's PlatformIdentifier unchanged in CloudFormation's eyes, so the update does not replace the notebook
 * (a new, empty volume); smnb switches the notebook itself in place. Undefined when the template's default is right
 * or the recorded value is not one the template accepts (then the change set shows the replacement, and deploy asks).
 */
export function platformToKeep(recorded: string | undefined): string | undefined {
  if (recorded === undefined || recorded === NOTEBOOK_PLATFORM) return undefined;
  return (KEPT_PLATFORMS as readonly string[]).includes(recorded) ? recorded : undefined;
}
