import { ListServiceQuotasCommand, type ServiceQuotasClient } from '@aws-sdk/client-service-quotas';

/** The quota "<type> for notebook instance usage" (Service Quotas, service code sagemaker), or undefined. */
export async function notebookQuota(
  client: ServiceQuotasClient,
  instanceType: string,
): Promise<{ value: number; code: string } | undefined> {
  const wanted = `${instanceType} for notebook instance usage`;
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new ListServiceQuotasCommand({ ServiceCode: 'sagemaker', NextToken, MaxResults: 100 }),
    );
    const hit = page.Quotas?.find((q) => q.QuotaName === wanted);
    if (hit?.Value !== undefined) return { value: hit.Value, code: hit.QuotaCode ?? '' };
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}
