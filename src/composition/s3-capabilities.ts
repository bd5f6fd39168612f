import type { ClientFactory } from '../aws/client-factory.js';
import type { OperationContext } from '../context/operation-context.js';
import type { AccountIdentity } from './account.js';
import { once } from './once.js';

/** What smnb does in S3: stage templates, read and write notebooks' data buckets, count what it staged. */
export type S3Capabilities = Pick<OperationContext, 'templateBucket' | 'dataBuckets' | 'stagedTemplates'>;

/**
 * The S3 client and each wrapper load on first use only. The template bucket and the staged templates are the
 * caller's own (their owner condition names the caller's account); a data bucket belongs to the stack's account.
 */
export function s3Capabilities(factory: ClientFactory, env: NodeJS.ProcessEnv, who: AccountIdentity): S3Capabilities {
  return {
    templateBucket: async () => {
      const { SdkTemplateBucketApi } = await import('../aws/template-bucket-api.js');
      return new SdkTemplateBucketApi(await factory.s3(env), (await who.identity()).account);
    },
    dataBuckets: once(async () => {
      const { SdkDataBucketApi } = await import('../aws/data-bucket-api.js');
      return new SdkDataBucketApi(await factory.s3(env), await who.account());
    }),
    stagedTemplates: once(async () => {
      const { SdkStagedTemplatesApi } = await import('../aws/staged-templates-api.js');
      return new SdkStagedTemplatesApi(await factory.s3(env), (await who.identity()).account);
    }),
  };
}
