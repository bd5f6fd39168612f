import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  SimulatePrincipalPolicyCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';

/** One question for IAM's policy simulator: may the principal do these actions on this resource, in this context? */
export interface SimulationRequest {
  readonly actions: readonly string[];
  /** Omitted for actions that support no resource-level permissions. */
  readonly resourceArn?: string;
  readonly context?: Readonly<Record<string, string>>;
}

/** The IAM calls the permission check makes. */
export interface PermissionApi {
  /** The role's full ARN, path included (STS caller ARNs leave the path out). */
  roleArn(roleName: string): Promise<string>;
  /** The actions of the request that IAM's policy simulator does not allow for the principal. */
  deniedActions(principalArn: string, request: SimulationRequest): Promise<string[]>;
  /** The default version of a managed policy, parsed; undefined when the policy does not exist. */
  policyDocument(policyArn: string): Promise<unknown>;
  /** Whether a managed policy exists (one GetPolicy call). */
  policyExists(policyArn: string): Promise<boolean>;
}

/**
 * IAM answers NoSuchEntity for a policy that does not exist (IAM API reference, GetPolicy, Errors); SDK v3 names its
 * error class NoSuchEntityException.
 */
const isMissing = (error: unknown) =>
  error instanceof Error && (error.name === 'NoSuchEntity' || error.name === 'NoSuchEntityException');

export class SdkPermissionApi implements PermissionApi {
  constructor(private readonly client: IAMClient) {}

  async roleArn(roleName: string): Promise<string> {
    const out = await this.client.send(new GetRoleCommand({ RoleName: roleName }));
    return out.Role?.Arn ?? '';
  }

  async policyExists(policyArn: string): Promise<boolean> {
    try {
      await this.client.send(new GetPolicyCommand({ PolicyArn: policyArn }));
      return true;
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  async policyDocument(policyArn: string): Promise<unknown> {
    try {
      const policy = await this.client.send(new GetPolicyCommand({ PolicyArn: policyArn }));
      const version = await this.client.send(
        new GetPolicyVersionCommand({ PolicyArn: policyArn, VersionId: policy.Policy?.DefaultVersionId }),
      );
      // The document comes URL-encoded (IAM API reference, PolicyVersion).
      return JSON.parse(decodeURIComponent(version.PolicyVersion?.Document ?? '{}'));
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
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
