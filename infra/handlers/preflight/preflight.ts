import { quotaHolders } from '../../../shared/notebook-quota.js';
/**
 * The deploy-time preflight: picks an Availability Zone that offers the notebook's instance type and fails fast,
 * in plain words, when the account's notebook quota for that type is already used up.
 *
 * Pure decisions over narrow interfaces, so the same code runs in Lambda and in unit tests.
 */

export interface PreflightRequest {
  readonly instanceType: string;
  /** An explicit zone always wins. */
  readonly requestedZone: string;
  /** The stack's own notebook, which does not count against the quota when the stack is updated. */
  readonly notebookName: string;
  /** The zone chosen last time: a preflight must never move an existing notebook (that would replace it). */
  readonly previousZone?: string;
  readonly region: string;
}

export interface PreflightApis {
  /** Value of the quota "<type> for notebook instance usage", with its code; undefined when it cannot be read. */
  notebookQuota(instanceType: string): Promise<{ value: number; code: string } | undefined>;
  /** Notebook instances of the account in this region (name, type, status). */
  notebooks(): Promise<readonly { name: string; instanceType: string; status: string }[]>;
  /** Zones of the region that are available, sorted by name. */
  zones(): Promise<readonly string[]>;
  /** Zones that offer the EC2 type behind the ML type, the best public signal for notebook capacity. */
  zonesOffering(ec2InstanceType: string): Promise<readonly string[]>;
}

export interface PreflightResult {
  readonly availabilityZone: string;
  readonly quota?: number;
  readonly inUse: number;
}

export class PreflightFailure extends Error {}

export async function runPreflight(request: PreflightRequest, apis: PreflightApis): Promise<PreflightResult> {
  const [quota, notebooks] = await Promise.all([apis.notebookQuota(request.instanceType), apis.notebooks()]);
  const inUse = quotaHolders(notebooks, request.instanceType, new Set([request.notebookName]));
  if (quota && inUse.length >= quota.value) {
    throw new PreflightFailure(
      quotaMessage(
        request,
        quota,
        inUse.map((n) => n.name),
      ),
    );
  }
  const availabilityZone = await chooseZone(request, apis);
  return { availabilityZone, quota: quota?.value, inUse: inUse.length };
}

async function chooseZone(request: PreflightRequest, apis: PreflightApis): Promise<string> {
  if (request.requestedZone) return request.requestedZone;
  if (request.previousZone) return request.previousZone;
  const zones = await apis.zones();
  if (zones.length === 0) throw new PreflightFailure(`No available Availability Zone found in ${request.region}.`);
  const offering = new Set(await apis.zonesOffering(request.instanceType.replace(/^ml\./, '')));
  const zone = zones.find((z) => offering.has(z));
  if (!zone) {
    throw new PreflightFailure(
      `${request.instanceType} is offered in no Availability Zone of ${request.region}; choose another InstanceType or region.`,
    );
  }
  return zone;
}

function quotaMessage(request: PreflightRequest, quota: { value: number; code: string }, names: string[]): string {
  const listed = names.length > 0 ? ` (${names.join(', ')})` : '';
  return (
    `Your account may run ${quota.value} ${request.instanceType} notebook instance(s) in ${request.region} ` +
    `and ${names.length} already run${listed}. Stop or delete one, choose another InstanceType, or request more: ` +
    `aws service-quotas request-service-quota-increase --service-code sagemaker --quota-code ${quota.code} ` +
    `--desired-value ${quota.value + 1} --region ${request.region}`
  );
}
