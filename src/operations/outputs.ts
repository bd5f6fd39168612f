import { stackNotFound } from '../errors.js';
import type { OperationContext } from '../context/operation-context.js';
import { resolveTarget } from './resolve-target.js';

export interface OutputsResult {
  readonly stackName: string;
  readonly status: string;
  readonly outputs: Readonly<Record<string, string>>;
}

/** What `outputs` uses of the operation context. */
export type OutputsContext = Pick<OperationContext, 'notebooks' | 'region' | 'stacks'>;

export async function outputs(ctx: OutputsContext, name: string | undefined): Promise<OutputsResult> {
  const { stack } = await resolveTarget(ctx, name, false);
  if (!stack) throw stackNotFound(name ?? '', ctx.region);
  return { stackName: stack.name, status: stack.status, outputs: stack.outputs };
}
