import type { StackSummary } from '../aws/stack-api.js';
import { holdsNotebook, platformToKeep, recordedPlatform } from '../plan/platform.js';
import type { OperationContext } from './operation-context.js';

/** The template of the stack that holds the notebook: the stack itself, or a nested layout's notebook child. */
async function notebookTemplate(ctx: OperationContext, stack: StackSummary) {
  const body = await ctx.stacks.templateBody(stack.id);
  if (holdsNotebook(body)) return { body, parameters: stack.parameters };
  for (const child of (await ctx.stacks.listStacks()).filter((s) => s.parentId === stack.id)) {
    const childBody = await ctx.stacks.templateBody(child.id);
    if (holdsNotebook(childBody)) return { body: childBody, parameters: child.parameters };
  }
  return undefined;
}

/**
 * For a stack made before the templates had a NotebookPlatform parameter: the value that keeps the platform
 * CloudFormation has on record, so that this update does not replace the notebook (see platformToKeep).
 */
export async function keptPlatformParameter(
  ctx: OperationContext,
  stack: StackSummary,
  templateParameters: readonly string[],
): Promise<Record<string, string>> {
  if (!templateParameters.includes('NotebookPlatform') || 'NotebookPlatform' in stack.parameters) return {};
  const found = await notebookTemplate(ctx, stack);
  const keep = found && platformToKeep(recordedPlatform(found.body, found.parameters));
  return keep ? { NotebookPlatform: keep } : {};
}
