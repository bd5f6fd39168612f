import type { NotebookInfo } from '../aws/notebook-api.js';
import type { StackSummary } from '../aws/stack-api.js';
import { stackNotFound, UsageError } from '../errors.js';
import { deriveStackName } from '../plan/deploy-options.js';
import { checkNotebookName, checkStackName, DEFAULT_NOTEBOOK_NAME } from '../../shared/notebook-rules.js';
import type { OperationContext } from '../context/operation-context.js';

export interface Target {
  readonly stack?: StackSummary;
  readonly notebookName: string;
  readonly notebook?: NotebookInfo;
}

/** The notebook a stack made: its output, else its parameter. */
export function notebookOfStack(stack: StackSummary): string | undefined {
  return stack.outputs.NotebookInstanceName || stack.parameters.NotebookInstanceName || undefined;
}

/** What `resolveTarget` uses of the operation context. */
export type ResolveTargetContext = Pick<OperationContext, 'notebooks' | 'region' | 'stacks'>;

/**
 * Finds what NAME means: a stack name, a notebook name (and its stack by the naming rule), or a notebook made
 * elsewhere. Without NAME, the guide's default notebook.
 */
export async function resolveTarget(
  ctx: ResolveTargetContext,
  name: string | undefined,
  needNotebook = true,
): Promise<Target> {
  const wanted = name ?? DEFAULT_NOTEBOOK_NAME;
  // A name that can be neither a notebook nor a stack is a typo: say so before asking AWS about it.
  if (checkNotebookName(wanted) && checkStackName(wanted)) throw new UsageError('error.targetName', { value: wanted });
  // All three readings at once: one round trip in the usual case, whichever kind of name was given.
  const [byStack, byDerived, byNotebook] = await Promise.all([
    ctx.stacks.describeStack(wanted),
    ctx.stacks.describeStack(deriveStackName(wanted)),
    needNotebook ? ctx.notebooks.describe(wanted) : undefined,
  ]);
  const stack = byStack ?? byDerived;
  const notebookName = (byStack && notebookOfStack(byStack)) || wanted;
  const notebook = needNotebook && notebookName !== wanted ? await ctx.notebooks.describe(notebookName) : byNotebook;
  if (!stack && !notebook) throw stackNotFound(wanted, ctx.region);
  return { stack, notebookName, notebook };
}
