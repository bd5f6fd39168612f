import { PreconditionError } from '../../errors.js';
import { CLASS_NOTEBOOK_STACK_SET, CLASS_PARAMETERS, CLASS_SETUP_STACK_SET } from '../../../shared/class-contract.js';
import type { StackInstance } from '../../aws/class/stack-set-api.js';
import type { ClassContext, MemberScope } from './class-context.js';

/** A member's notebook as its account shows it to the reader role. */
export interface MemberNotebook {
  readonly instance: StackInstance;
  readonly notebookName?: string;
  readonly bucket?: string;
  readonly scope: MemberScope;
}

/** An account whose notebook could not be read, and why (AWS's error name). */
export interface UnreadableAccount {
  readonly account: string;
  readonly region: string;
  readonly error: string;
}

/** What `readMembers` uses of the class context. */
export type ReadMembersContext = Pick<ClassContext, 'member' | 'stackSets'>;

/**
 * Every notebook instance of the class, each read in its own account through the reader role: the stack's outputs
 * (notebook name, data bucket). An account that refuses (no role yet, or a trust that does not match) is named, not
 * fatal: the others are still read.
 */
export async function readMembers(
  ctx: ReadMembersContext,
): Promise<{ notebooks: MemberNotebook[]; unreadable: UnreadableAccount[] }> {
  const setup = await ctx.stackSets.describe(CLASS_SETUP_STACK_SET);
  if (!setup)
    throw new PreconditionError('error.classMissing', { stackSet: CLASS_SETUP_STACK_SET }, 'hint.classDeploy');
  const externalId = setup.parameters[CLASS_PARAMETERS.readerExternalId] ?? '';
  const instances = await ctx.stackSets.instances(CLASS_NOTEBOOK_STACK_SET);
  const notebooks: MemberNotebook[] = [];
  const unreadable: UnreadableAccount[] = [];
  await Promise.all(
    instances.map(async (instance) => {
      try {
        const scope = await ctx.member(instance.account, instance.region, externalId);
        const stack = instance.stackId ? await scope.stacks.describeStack(instance.stackId) : undefined;
        notebooks.push({
          instance,
          scope,
          notebookName: stack?.outputs.NotebookInstanceName || stack?.parameters.NotebookInstanceName,
          bucket: stack?.outputs.DataBucketName,
        });
      } catch (error) {
        unreadable.push({ account: instance.account, region: instance.region, error: errorName(error) });
      }
    }),
  );
  const order = (a: { account: string; region: string }, b: { account: string; region: string }) =>
    a.account.localeCompare(b.account) || a.region.localeCompare(b.region);
  return { notebooks: notebooks.sort((a, b) => order(a.instance, b.instance)), unreadable: unreadable.sort(order) };
}

export const errorName = (error: unknown): string => (error instanceof Error ? error.name || 'Error' : String(error));
