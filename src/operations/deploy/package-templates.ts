import { createHash } from 'node:crypto';
import type { TemplateBucketApi } from '../../aws/template-bucket-api.js';
import {
  TEMPLATE_BUCKET_SUFFIX,
  templateBucketCovered,
  templateBucketPattern,
} from '../../../shared/deployer-policy.js';
import { PreconditionError, UsageError } from '../../errors.js';
import { message } from '../../events.js';
import { accountSetup } from '../../checks/account-setup.js';
import type { OperationContext } from '../../context/operation-context.js';

export interface PackageInput {
  /** The bucket the user named (--template-bucket); without it, the default bucket for this account and region. */
  readonly bucket?: string;
  /** This account, for the default bucket's name. */
  readonly account: string;
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

/** The guide's bucket for child templates (it makes it in ap-northeast-1, its region). */
export const defaultTemplateBucket = (account: string) => `${account}-${TEMPLATE_BUCKET_SUFFIX}`;

/**
 * The default bucket in a region other than the one that holds the guide's bucket (bucket names are global). It
 * still starts with the account and ends in cfn-templates, so the deployer policy's Templates statement covers it.
 */
export const regionalTemplateBucket = (account: string, region: string) =>
  `${account}-${region}-${TEMPLATE_BUCKET_SUFFIX}`;

/**
 * Which bucket holds this region's child templates. A TemplateURL names the stack's region
 * (https://BUCKET.s3.REGION.amazonaws.com/KEY), so the bucket must live in that region. The guide's bucket,
 * ACCOUNT-cfn-templates, is used wherever it lives in this region or does not exist yet (so the guide's own commands
 * keep working); when it lives in another region, this region gets ACCOUNT-REGION-cfn-templates. A bucket the user
 * named in another region is refused with the region it is in.
 */
async function chooseBucket(
  ctx: Pick<OperationContext, 'identity' | 'io' | 'region' | 'stacks'>,
  s3: TemplateBucketApi,
  input: PackageInput,
): Promise<{ bucket: string; missing: boolean }> {
  // A bucket the deployer policy does not name would fail later, half-way, with AccessDenied: refuse it first.
  if (input.bucket !== undefined && !templateBucketCovered(input.bucket, input.account))
    throw new UsageError('error.templateBucketNotCovered', {
      bucket: input.bucket,
      pattern: templateBucketPattern(input.account),
      example: defaultTemplateBucket(input.account),
    });
  // The account set-up's bucket for this region, when there is one: it exists, and the people policy covers it.
  const setupBucket = input.bucket === undefined ? (await accountSetup(ctx))?.templateBucketName : undefined;
  const first = input.bucket ?? setupBucket ?? defaultTemplateBucket(input.account);
  let bucket = first;
  let state = await s3.bucketState(bucket);
  if (state.kind === 'elsewhere' && input.bucket === undefined) {
    bucket = regionalTemplateBucket(input.account, ctx.region);
    ctx.io.notify(message('package.regionalBucket', { guideBucket: first, bucketRegion: state.region, bucket }));
    state = await s3.bucketState(bucket);
  }
  if (state.kind === 'elsewhere')
    throw new PreconditionError(
      'error.templateBucketRegion',
      { bucket, bucketRegion: state.region, region: ctx.region },
      'hint.templateBucketRegion',
    );
  if (state.kind === 'forbidden')
    throw new PreconditionError('error.bucketForbidden', { bucket }, 'hint.templateBucket');
  return { bucket, missing: state.kind === 'missing' };
}

/** What `packageTemplates` uses of the operation context. */
export type PackageTemplatesContext = Pick<OperationContext, 'identity' | 'io' | 'region' | 'stacks'>;

/**
 * Stages the nested layout's child templates where main-stack.yaml expects them: creates the bucket (private,
 * encrypted, TLS-only) when it is missing, and uploads only files whose content differs from what is there.
 */
export async function packageTemplates(
  ctx: PackageTemplatesContext,
  s3: TemplateBucketApi,
  input: PackageInput,
): Promise<PackageResult> {
  const { bucket, missing } = await chooseBucket(ctx, s3, input);
  if (missing) {
    ctx.io.notify(message('package.creatingBucket', { bucket }));
    await s3.createSecureBucket(bucket, ctx.region);
  }
  const uploaded: string[] = [];
  const unchanged: string[] = [];
  for (const file of input.files) {
    const key = input.prefix + file.name;
    const md5 = createHash('md5').update(file.body).digest('hex');
    if ((await s3.objectEtag(bucket, key)) === md5) {
      unchanged.push(file.name);
      continue;
    }
    await s3.putObject(bucket, key, file.body);
    uploaded.push(file.name);
  }
  ctx.io.notify(message('package.done', { bucket, uploaded: uploaded.length, unchanged: unchanged.length }));
  return { bucket, created: missing, uploaded, unchanged };
}
