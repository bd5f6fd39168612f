/**
 * The notebook quota, written once for the CLI (doctor and the deploy gate) and the preflight Lambda (bundled into
 * its inline code at synth time). Pure: the Service Quotas calls come in through a narrow interface.
 */

import { holdsQuota } from './notebook-status.js';

/** One page of ListServiceQuotas or ListAWSDefaultServiceQuotas, as both SDK client styles return it. */
export interface QuotaPage {
  readonly Quotas?: readonly { readonly QuotaName?: string; readonly QuotaCode?: string; readonly Value?: number }[];
  readonly NextToken?: string;
}

/** The two Service Quotas lists, for service code sagemaker, one page at a time. */
export interface QuotaLists {
  /** ListServiceQuotas: only quotas with an applied value. */
  applied(nextToken: string | undefined): Promise<QuotaPage>;
  /** ListAWSDefaultServiceQuotas: AWS's default values. */
  default(nextToken: string | undefined): Promise<QuotaPage>;
}

export interface NotebookQuota {
  readonly value: number;
  readonly code: string;
  /** Where the value came from: the account's applied value, or AWS's default when none is applied. */
  readonly source: 'applied' | 'default';
}

/**
 * The quota "<type> for notebook instance usage": the applied value, else AWS's default. ListServiceQuotas returns
 * only quotas that have an applied value, so a new account often finds nothing there (Service Quotas API reference,
 * ListServiceQuotas and ListAWSDefaultServiceQuotas, read 2026-11-29). Undefined when neither list has it; errors
 * propagate so that the caller can say it could not ask.
 */
export async function notebookQuota(lists: QuotaLists, instanceType: string): Promise<NotebookQuota | undefined> {
  const name = `${instanceType} for notebook instance usage`;
  for (const source of ['applied', 'default'] as const) {
    let token: string | undefined;
    do {
      const page = await lists[source](token);
      const hit = page.Quotas?.find((q) => q.QuotaName === name);
      if (hit?.Value !== undefined) return { value: hit.Value, code: hit.QuotaCode ?? '', source };
      token = page.NextToken;
    } while (token);
  }
  return undefined;
}

/** The notebooks that use an instance of the quota for a type, leaving out the ones being deployed. */
export function quotaHolders<N extends { name: string; instanceType: string; status: string }>(
  notebooks: readonly N[],
  instanceType: string,
  deploying: ReadonlySet<string>,
): N[] {
  return notebooks.filter((n) => n.instanceType === instanceType && !deploying.has(n.name) && holdsQuota(n.status));
}
