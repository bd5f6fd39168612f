import { toAppError } from '../../aws/aws-errors.js';
import { message } from '../../events.js';
import type { DeployOptions } from '../../plan/deploy-options.js';
import { backupOf } from '../backup/backup.js';
import type { OperationContext } from '../../context/operation-context.js';

/** The template parameter that makes a new stack use a data bucket kept from an earlier one. */
export const KEPT_BUCKET_PARAMETER = 'ExistingDataBucketName';

/** What `withKeptBucket` uses of the operation context. */
export type KeptBucketContext = Pick<OperationContext, 'dataBuckets' | 'io' | 'region'>;

/**
 * The parameters of a new stack, with the notebook's kept data bucket (found by its smnb:notebook tag) when there
 * is one and the user named none: the new notebook then uses it again and restores its backup at first start. A
 * look-up that fails only means a new bucket, and says so.
 */
export async function withKeptBucket(
  ctx: KeptBucketContext,
  input: { readonly options: DeployOptions; readonly templateParameters: readonly string[] },
): Promise<Readonly<Record<string, string>>> {
  const { options } = input;
  if (!input.templateParameters.includes(KEPT_BUCKET_PARAMETER) || KEPT_BUCKET_PARAMETER in options.parameters)
    return options.parameters;
  try {
    const kept = await backupOf(ctx, options.notebookName);
    if (!kept) return options.parameters;
    ctx.io.notify(
      message('deploy.reusingBucket', {
        notebook: options.notebookName,
        bucket: kept.bucket,
        backup: kept.manifest?.writtenAt ?? '-',
      }),
    );
    return { ...options.parameters, [KEPT_BUCKET_PARAMETER]: kept.bucket };
  } catch (error) {
    const reason = toAppError(error, 'deploy');
    ctx.io.notify(
      message(
        'deploy.keptBucketUnknown',
        { notebook: options.notebookName, reason: String(reason.params?.message ?? reason.key) },
        'warn',
      ),
    );
    return options.parameters;
  }
}
