import type { ClientFactory } from '../aws/client-factory.js';
import type { OperationContext } from '../context/operation-context.js';
import type { NotebookPrices } from './prices.js';

/** Attempts per call when every region is asked at once (the command's own region keeps the factory's MAX_ATTEMPTS). */
const REGION_SCAN_ATTEMPTS = 3;

/** Looking at every enabled region at once (`smnb list --all-regions`, doctor's billing checks). */
export type OtherRegions = Pick<OperationContext, 'enabledRegions' | 'inRegion'>;

/**
 * Fewer attempts than the command's own region: one region that does not answer must not hold up the others for the
 * full retry budget; it is named as unanswered instead. Prices are the command's shared look-ups (prices.ts).
 */
export function otherRegions(factory: ClientFactory, prices: NotebookPrices): OtherRegions {
  return {
    enabledRegions: async () => {
      const [client, { enabledRegions }] = await Promise.all([factory.ec2(), import('../aws/region-api.js')]);
      return enabledRegions(client);
    },
    inRegion: async (where) => {
      const [cfn, sm, { SdkStackApi }, { SdkNotebookApi }] = await Promise.all([
        factory.cloudFormation(where, REGION_SCAN_ATTEMPTS),
        factory.sageMaker(where, REGION_SCAN_ATTEMPTS),
        import('../aws/stack-api.js'),
        import('../aws/notebook-api.js'),
      ]);
      return {
        region: where,
        stacks: new SdkStackApi(cfn),
        notebooks: new SdkNotebookApi(sm),
        price: prices.priceIn(where),
      };
    },
  };
}
