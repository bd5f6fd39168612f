import {
  ListAWSDefaultServiceQuotasCommand,
  ListServiceQuotasCommand,
  type ServiceQuotasClient,
} from '@aws-sdk/client-service-quotas';
import { notebookQuota as lookUp, type NotebookQuota } from '../../shared/notebook-quota.js';

/** The notebook quota of a type: applied value, else AWS's default (see shared/notebook-quota.ts). */
export function notebookQuota(client: ServiceQuotasClient, instanceType: string): Promise<NotebookQuota | undefined> {
  const page = { ServiceCode: 'sagemaker', MaxResults: 100 };
  return lookUp(
    {
      applied: (NextToken) => client.send(new ListServiceQuotasCommand({ ...page, NextToken })),
      default: (NextToken) => client.send(new ListAWSDefaultServiceQuotasCommand({ ...page, NextToken })),
    },
    instanceType,
  );
}
