import { PreflightFailure, runPreflight, type PreflightApis } from './preflight.js';

/** The parts of a CloudFormation custom resource event this handler reads. */
export interface CustomResourceEvent {
  readonly RequestType: 'Create' | 'Update' | 'Delete';
  readonly ResponseURL: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly PhysicalResourceId?: string;
  readonly ResourceProperties: Record<string, unknown>;
}

export interface LambdaContext {
  getRemainingTimeInMillis(): number;
}

export interface CustomResourceResponse {
  readonly Status: 'SUCCESS' | 'FAILED';
  readonly Reason: string;
  readonly PhysicalResourceId: string;
  readonly StackId: string;
  readonly RequestId: string;
  readonly LogicalResourceId: string;
  readonly Data?: Record<string, string>;
}

export interface HandlerDeps {
  readonly apis: PreflightApis;
  readonly region: string;
  /** Sends the response to CloudFormation's pre-signed URL. */
  respond(url: string, body: CustomResourceResponse): Promise<void>;
}

/** Time kept back before Lambda's own timeout to answer CloudFormation, so the stack never hangs on us. */
export const TIMEOUT_MARGIN_MS = 5000;
const PHYSICAL_ID_PREFIX = 'notebook-preflight-';

export function createHandler(deps: HandlerDeps) {
  return async function handleEvent(event: CustomResourceEvent, context: LambdaContext): Promise<void> {
    let answered = false;
    const answer = async (
      status: 'SUCCESS' | 'FAILED',
      reason: string,
      physicalId: string,
      data?: Record<string, string>,
    ) => {
      if (answered) return;
      answered = true;
      await deps.respond(event.ResponseURL, {
        Status: status,
        Reason: reason.slice(0, 3000),
        PhysicalResourceId: physicalId,
        StackId: event.StackId,
        RequestId: event.RequestId,
        LogicalResourceId: event.LogicalResourceId,
        Data: data,
      });
    };
    const fallbackId = event.PhysicalResourceId ?? 'notebook-preflight';

    if (event.RequestType === 'Delete') {
      await answer('SUCCESS', 'Deleted', fallbackId);
      return;
    }

    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, context.getRemainingTimeInMillis() - TIMEOUT_MARGIN_MS));
    });
    try {
      const props = event.ResourceProperties;
      const work = runPreflight(
        {
          instanceType: String(props.InstanceType ?? ''),
          requestedZone: String(props.AvailabilityZone ?? ''),
          notebookName: String(props.NotebookInstanceName ?? ''),
          previousZone: previousZone(event),
          region: deps.region,
        },
        deps.apis,
      );
      const outcome = await Promise.race([work, timeout]);
      if (outcome === 'timeout') {
        await answer('FAILED', 'Preflight timed out; retry the deployment.', fallbackId);
        return;
      }
      console.log(outcome);
      await answer('SUCCESS', 'Preflight passed', PHYSICAL_ID_PREFIX + outcome.availabilityZone, {
        AvailabilityZone: outcome.availabilityZone,
      });
    } catch (error) {
      const message = error instanceof PreflightFailure ? error.message : `Preflight check failed: ${String(error)}`;
      await answer('FAILED', message, fallbackId);
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The zone an earlier run chose, unless the zone was asked for explicitly then or now. */
function previousZone(event: CustomResourceEvent): string | undefined {
  if (event.RequestType !== 'Update') return undefined;
  const id = event.PhysicalResourceId ?? '';
  return id.startsWith(PHYSICAL_ID_PREFIX) ? id.slice(PHYSICAL_ID_PREFIX.length) : undefined;
}
