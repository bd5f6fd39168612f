import { GetRoleCommand, SimulatePrincipalPolicyCommand, type IAMClient } from '@aws-sdk/client-iam';
import type { SimulationRequest } from '../checks/permission-simulation.js';

/** The IAM calls the permission check makes. */
export interface PermissionApi {
  /** The role's full ARN, path included (STS caller ARNs leave the path out). */
  roleArn(roleName: string): Promise<string>;
  /** The actions of the request that IAM's policy simulator does not allow for the principal. */
  deniedActions(principalArn: string, request: SimulationRequest): Promise<string[]>;
}

export class SdkPermissionApi implements PermissionApi {
  constructor(private readonly client: IAMClient) {}

  async roleArn(roleName: string): Promise<string> {
    const out = await this.client.send(new GetRoleCommand({ RoleName: roleName }));
    return out.Role?.Arn ?? '';
  }

  async deniedActions(principalArn: string, request: SimulationRequest): Promise<string[]> {
    const denied: string[] = [];
    let Marker: string | undefined;
    do {
      const page = await this.client.send(
        new SimulatePrincipalPolicyCommand({
          PolicySourceArn: principalArn,
          ActionNames: [...request.actions],
          ResourceArns: request.resourceArn ? [request.resourceArn] : undefined,
          ContextEntries: Object.entries(request.context ?? {}).map(([ContextKeyName, value]) => ({
            ContextKeyName,
            ContextKeyValues: [value],
            ContextKeyType: 'string',
          })),
          Marker,
        }),
      );
      for (const result of page.EvaluationResults ?? []) {
        if (result.EvalDecision !== 'allowed' && result.EvalActionName) denied.push(result.EvalActionName);
      }
      Marker = page.IsTruncated ? page.Marker : undefined;
    } while (Marker);
    return denied;
  }
}
