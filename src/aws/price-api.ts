import { GetProductsCommand, type PricingClient } from '@aws-sdk/client-pricing';
import { hourlyPriceFrom } from '../pricing/price-list.js';
import type { PriceLookup } from '../pricing/hourly-price.js';

/** The Price List API's GetProducts for SageMaker notebook usage types. */
export class SdkPriceLookup implements PriceLookup {
  constructor(private readonly client: PricingClient) {}

  async notebookPrice(usageType: string): Promise<number | undefined> {
    const out = await this.client.send(
      new GetProductsCommand({
        ServiceCode: 'AmazonSageMaker',
        FormatVersion: 'aws_v1',
        Filters: [{ Type: 'TERM_MATCH', Field: 'usagetype', Value: usageType }],
        MaxResults: 10,
      }),
    );
    return hourlyPriceFrom(out.PriceList ?? [], usageType);
  }
}
