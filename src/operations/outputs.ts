import { PreconditionError } from '../errors.js';
import type { OperationContext } from './operation-context.js';
import { resolveTarget } from './resolve-target.js';

export interface OutputsResult {
  readonly stackName: string;
  readonly status: string;
  readonly outputs: Readonly<Record<string, string>>;
}

export async function outputs(ctx: OperationContext, name: string | undefined): Promise<OutputsResult> {
  const { stack } = await resolveTarget(ctx, name, false);
  if (!stack) throw new PreconditionError('error.notFound', { name: name ?? '', region: ctx.region }, 'hint.list');
  return { stackName: stack.name, status: stack.status, outputs: stack.outputs };
}
