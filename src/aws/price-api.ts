import { GetProductsCommand, type PricingClient } from '@aws-sdk/client-pricing';
import { gbMonthPriceFrom, hourlyPriceFrom } from '../pricing/price-list.js';
import type { PriceLookup } from '../pricing/hourly-price.js';

/** The Price List API's GetProducts for SageMaker notebook usage types. */
export class SdkPriceLookup implements PriceLookup {
  constructor(private readonly client: PricingClient) {}

  async notebookPrice(usageType: string): Promise<number | undefined> {
    return hourlyPriceFrom(await this.priceList(usageType), usageType);
  }

  /** The ML storage price per GB-month, for a usage type like APN1-Notebk:VolumeUsage.gp2. */
  async storagePrice(usageType: string): Promise<number | undefined> {
    return gbMonthPriceFrom(await this.priceList(usageType), usageType);
  }

  private async priceList(usageType: string): Promise<string[]> {
    const out = await this.client.send(
      new GetProductsCommand({
        ServiceCode: 'AmazonSageMaker',
        FormatVersion: 'aws_v1',
        Filters: [{ Type: 'TERM_MATCH', Field: 'usagetype', Value: usageType }],
        MaxResults: 10,
      }),
    );
    return out.PriceList ?? [];
  }
}
