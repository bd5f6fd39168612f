/**
 * An in-memory AWS Organizations: a management account, a root, organizational units and member accounts, each
 * member with its own FakeAws (its own stacks, notebooks and buckets). Behaviour spec (read 2026-12-07):
 * - An organization has one root (`r-…`) and OUs under it (`ou-<root>-<8>`), ID shapes as the Organizations API
 *   reference gives them (Root and OrganizationalUnit data types, Id patterns).
 * - An account belongs to exactly one parent at a time (Organizations API reference, MoveAccount / ListParents).
 * - An account joining an OU is announced to listeners, so service-managed StackSets with AutoDeployment can deploy to
 *   it (CloudFormation User Guide, "Enable or disable automatic deployments for StackSets in AWS Organizations":
 *   "StackSets automatically deploys ... to accounts that are added to the target organization or OUs").
 * The CLI never calls Organizations: StackSets resolve OUs themselves, and ListStackInstances names every account.
 */
import { FakeAws } from './fake-aws.js';

export class FakeOrganization {
  readonly rootId = 'r-ab12';
  /** The account that calls (the stand-in's default credentials are its own). */
  readonly managementAccount = '123456789012';
  readonly accounts = new Map<string, FakeAws>();
  /**
   * Member accounts registered as delegated administrators for StackSets (User Guide, "Register a delegated
   * administrator"); only they may call with CallAs DELEGATED_ADMIN.
   */
  readonly delegatedAdministrators = new Set<string>();
  private readonly parent = new Map<string, string>();
  private readonly listeners: ((account: string, ou: string) => void)[] = [];

  /** A new OU under the root; its id has the shape `ou-<root suffix>-<8 characters>`. */
  addOu(suffix: string): string {
    return `ou-${this.rootId.slice(2)}-${suffix.padEnd(8, '0').slice(0, 8)}`;
  }

  /** Adds a member account to an OU (a new account, or one moved from elsewhere) and tells the listeners. */
  join(account: string, ou: string): FakeAws {
    let fake = this.accounts.get(account);
    if (!fake) {
      fake = new FakeAws();
      this.accounts.set(account, fake);
    }
    this.parent.set(account, ou);
    for (const listener of this.listeners) listener(account, ou);
    return fake;
  }

  accountsIn(ou: string): string[] {
    return [...this.parent.entries()]
      .filter(([, p]) => p === ou)
      .map(([a]) => a)
      .sort();
  }

  member(account: string): FakeAws | undefined {
    return this.accounts.get(account);
  }

  onJoin(listener: (account: string, ou: string) => void): void {
    this.listeners.push(listener);
  }
}
