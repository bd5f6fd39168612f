import type { StackSummary } from '../../aws/stack-api.js';
import { holdsNotebook, platformToKeep, recordedPlatform, withPlatform } from '../../plan/recorded-platform.js';
import type { OperationContext } from '../../context/operation-context.js';

/** What `templateForUpdate` uses of the operation context. */
export type TemplateForUpdateContext = Pick<OperationContext, 'stacks'>;

/**
 * The template body to update a stack with. For a stack made when these templates asked for AL2, the notebook keeps
 * the platform CloudFormation has on record (see platformToKeep), so the update does not replace it. The nested
 * layout's notebook lives in a child template shared by every stack of the bucket, so its platform cannot be kept
 * this way: deploy creates that change set with nested stacks included and reads the child's change set too, so a
 * replacement there is named and needs the same typed confirmation; smnb upgrade moves the notebook itself.
 */
export async function templateForUpdate(
  ctx: TemplateForUpdateContext,
  stack: StackSummary,
  templateBody: string,
): Promise<string> {
  if (!holdsNotebook(templateBody)) return templateBody;
  const keep = platformToKeep(recordedPlatform(await ctx.stacks.templateBody(stack.id), stack.parameters));
  return keep ? withPlatform(templateBody, keep) : templateBody;
}
