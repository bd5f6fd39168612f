import { createHash } from 'node:crypto';
import type { TemplateBucketApi } from '../aws/template-bucket-api.js';
import { PreconditionError } from '../errors.js';
import { message } from '../events.js';
import type { OperationContext } from './operation-context.js';

export interface PackageInput {
  readonly bucket: string;
  /** Key prefix ending with a slash, e.g. sagemaker/templates/. */
  readonly prefix: string;
  /** Child templates: file name and content. */
  readonly files: readonly { readonly name: string; readonly body: string }[];
}

export interface PackageResult {
  readonly bucket: string;
  readonly created: boolean;
  readonly uploaded: readonly string[];
  readonly unchanged: readonly string[];
}

/** The guide's bucket for child templates. */
export const defaultTemplateBucket = (account: string) => `${account}-cfn-templates`;

/**
 * Stages the nested layout's child templates where main-stack.yaml expects them: creates the bucket (private,
 * encrypted, TLS-only) when it is missing, and uploads only files whose content differs from what is there.
 */
export async function packageTemplates(
  ctx: OperationContext,
  s3: TemplateBucketApi,
  input: PackageInput,
): Promise<PackageResult> {
  const state = await s3.bucketState(input.bucket);
  if (state === 'forbidden')
    throw new PreconditionError('error.bucketForbidden', { bucket: input.bucket }, 'hint.templateBucket');
  if (state === 'missing') {
    ctx.io.notify(message('package.creatingBucket', { bucket: input.bucket }));
    await s3.createSecureBucket(input.bucket, ctx.region);
  }
  const uploaded: string[] = [];
  const unchanged: string[] = [];
  for (const file of input.files) {
    const key = input.prefix + file.name;
    const md5 = createHash('md5').update(file.body).digest('hex');
    if ((await s3.objectEtag(input.bucket, key)) === md5) {
      unchanged.push(file.name);
      continue;
    }
    await s3.putObject(input.bucket, key, file.body);
    uploaded.push(file.name);
  }
  ctx.io.notify(
    message('package.done', { bucket: input.bucket, uploaded: uploaded.length, unchanged: unchanged.length }),
  );
  return { bucket: input.bucket, created: state === 'missing', uploaded, unchanged };
}
