/** One answer of the Price List API's GetProducts: a JSON string per product. */
interface PriceListProduct {
  product?: { attributes?: Record<string, string> };
  terms?: {
    OnDemand?: Record<string, { priceDimensions?: Record<string, { unit?: string; pricePerUnit?: { USD?: string } }> }>;
  };
}

/** The hourly on-demand USD price in a GetProducts answer for the wanted usage type, if there is exactly one. */
export function hourlyPriceFrom(priceList: readonly string[], usageType: string): number | undefined {
  return priceFrom(priceList, usageType, 'Hrs');
}

/** The on-demand USD price per GB-month (unit "GB-Mo") for a storage usage type, if there is exactly one. */
export function gbMonthPriceFrom(priceList: readonly string[], usageType: string): number | undefined {
  return priceFrom(priceList, usageType, 'GB-Mo');
}

function priceFrom(priceList: readonly string[], usageType: string, unit: string): number | undefined {
  const prices = priceList
    .map((entry) => JSON.parse(entry) as PriceListProduct)
    .filter((p) => p.product?.attributes?.usagetype === usageType)
    .flatMap((p) => Object.values(p.terms?.OnDemand ?? {}))
    .flatMap((term) => Object.values(term.priceDimensions ?? {}))
    .filter((d) => d.unit === unit && d.pricePerUnit?.USD !== undefined)
    .map((d) => Number(d.pricePerUnit!.USD));
  const distinct = [...new Set(prices.filter((p) => Number.isFinite(p) && p > 0))];
  return distinct.length === 1 ? distinct[0] : undefined;
}
