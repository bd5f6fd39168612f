import type { ClientFactory } from '../aws/client-factory.js';
import type { OperationContext } from '../context/operation-context.js';
import type { AccountIdentity } from './account.js';
import { once } from './once.js';

/** The account-wide APIs: IAM's simulator, Service Quotas, AWS Budgets. */
export type AccountApis = Pick<OperationContext, 'permissions' | 'notebookQuota' | 'budgets'>;

/** Each client and wrapper loads when an operation first asks; a budget hint gets one attempt per call. */
export function accountApis(factory: ClientFactory, who: AccountIdentity): AccountApis {
  return {
    permissions: once(async () => {
      const { SdkPermissionApi } = await import('../aws/permission-api.js');
      return new SdkPermissionApi(await factory.iam());
    }),
    notebookQuota: async (instanceType) => {
      const [client, { notebookQuota }] = await Promise.all([factory.serviceQuotas(), import('../aws/quota-api.js')]);
      return notebookQuota(client, instanceType);
    },
    budgets: async (purpose) => {
      const [client, { SdkBudgetApi }, caller] = await Promise.all([
        factory.budgets(purpose === 'hint' ? 1 : undefined),
        import('../aws/budget-api.js'),
        who.identity(),
      ]);
      return new SdkBudgetApi(client, caller.account);
    },
  };
}
