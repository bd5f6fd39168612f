import type { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import type { SageMakerClient } from '@aws-sdk/client-sagemaker';
import type { PricingClient } from '@aws-sdk/client-pricing';
import type { S3Client } from '@aws-sdk/client-s3';
import type { STSClient } from '@aws-sdk/client-sts';
import type { IAMClient } from '@aws-sdk/client-iam';
import type { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';
import type { EC2Client } from '@aws-sdk/client-ec2';
import type { BudgetsClient } from '@aws-sdk/client-budgets';

import { UsageError } from '../errors.js';
import { checkRegion, DEFAULT_REGION } from './region-name.js';
import type { CommandDeadline } from './deadline.js';

declare const SMNB_VERSION: string;

export interface AwsSettings {
  readonly region?: string;
  readonly profile?: string;
  readonly timeouts?: CallTimeouts;
  /** The command's deadline (short commands): every call of every client carries its abort signal. */
  readonly deadline?: CommandDeadline;
  /** Credentials of an assumed role (a class member's reader role) instead of the default chain. */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

/** How long one AWS request may take to connect and to answer, in milliseconds. */
export interface CallTimeouts {
  readonly connectMs: number;
  readonly requestMs: number;
}

/**
 * How many times every call is tried, in the SDK's adaptive retry mode: the standard mode's backoff plus a client-side
 * rate limiter that slows down once AWS throttles (AWS SDKs and Tools Reference Guide, "Retry behavior", read
 * 2026-12-01), except a failed name look-up, tried twice (RetryPolicy in retry-policy.ts, the one retry policy of
 * every client). Every command, read-only ones included, gets the same patience: a busy account throttles `status` as
 * much as `deploy`; short commands also stop at their deadline (deadline.ts).
 */
export const MAX_ATTEMPTS = 10;

/**
 * The Price List look-up is a courtesy (a price beside the answer), so it gets the same retry mode but fewer attempts:
 * a throttled price never holds the answer up for long, and a price that cannot be had is simply left out.
 */
export const PRICE_MAX_ATTEMPTS = 5;

/**
 * 3 s to connect and 8 s to answer, per attempt. AWS answers these APIs in about a second; with the attempts of the
 * retry mode and its backoff, an endpoint that accepts connections and never answers is given up on in about
 * 100 s. SMNB_CONNECT_TIMEOUT_MS and SMNB_REQUEST_TIMEOUT_MS override them (a slow proxy, a test).
 */
export function callTimeouts(env: NodeJS.ProcessEnv): CallTimeouts {
  const ms = (name: string, fallback: number) => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 600_000)
      throw new UsageError('error.timeoutSetting', { name, value: raw });
    return Number(raw);
  };
  return { connectMs: ms('SMNB_CONNECT_TIMEOUT_MS', 3000), requestMs: ms('SMNB_REQUEST_TIMEOUT_MS', 8000) };
}

/**
 * The endpoint variables the SDK reads (AWS_ENDPOINT_URL, and AWS_ENDPOINT_URL_<SERVICE> per service), checked
 * before any call. Their valid values are "a URL including the scheme and host for the endpoint", optionally with a
 * path (AWS SDKs and Tools Reference Guide, "Service-specific endpoints",
 * https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html, read 2026-12-07); anything else
 * surfaced as `TypeError: Invalid URL` from inside the SDK, on the first call, with exit 4.
 */
export function checkEndpointVariables(env: NodeJS.ProcessEnv): void {
  for (const [name, value] of Object.entries(env)) {
    if (!/^AWS_ENDPOINT_URL(_[A-Z0-9_]+)?$/.test(name) || value === undefined || value === '') continue;
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      // reported below
    }
    if (!url || !/^https?:$/.test(url.protocol) || !url.hostname)
      throw new UsageError('error.endpointVariable', {
        name,
        value: value.length > 80 ? `${value.slice(0, 80)}…` : value,
      });
  }
}

/** Client settings that only exist once the SDK is loaded: the retry policy. */
async function retrySettings(maxAttempts: number) {
  const { RetryPolicy } = await import('./retry-policy.js');
  return { maxAttempts, retryStrategy: new RetryPolicy(maxAttempts) };
}

/** An SDK client as far as the deadline needs it. */
interface Sendable {
  send(...args: unknown[]): Promise<unknown>;
  middlewareStack: { add(middleware: unknown, options: { step: 'finalizeRequest'; name: string }): void };
}

/**
 * Puts a client under the command's deadline: every send carries the deadline's abort signal (unless the caller gives
 * its own), and every request says which host it waits on and whether an answer came, which restarts the deadline.
 */
function underDeadline<C>(client: C, deadline: CommandDeadline | undefined): C {
  if (!deadline) return client;
  const sendable = client as unknown as Sendable;
  const send = sendable.send.bind(sendable);
  sendable.send = (command: unknown, options?: unknown, ...rest: unknown[]) =>
    typeof options === 'function'
      ? send(command, options, ...rest)
      : send(command, { abortSignal: deadline.signal, ...(options ?? {}) }, ...rest);
  sendable.middlewareStack.add(
    (next: (args: { request: { hostname?: string; port?: number } }) => Promise<unknown>) =>
      async (args: { request: { hostname?: string; port?: number } }) => {
        const host = `${args.request.hostname ?? '?'}${args.request.port ? `:${args.request.port}` : ''}`;
        deadline.asking(host);
        let answered = false;
        try {
          const out = await next(args);
          answered = true;
          return out;
        } catch (error) {
          answered = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode !== undefined;
          throw error;
        } finally {
          deadline.settled(host, answered);
        }
      },
    { step: 'finalizeRequest', name: 'smnbDeadline' },
  );
  return client;
}

/**
 * Creates every AWS client the same way: one region and profile, one retry policy (adaptive, with backoff, throttling
 * included), the command's deadline, and our user agent. The endpoint is never set here: the SDK honours
 * AWS_ENDPOINT_URL(_<SERVICE>) by itself. Client packages load on first use, so commands that need none stay fast.
 */
export class ClientFactory {
  private regionValue?: string;

  constructor(private readonly settings: AwsSettings) {}

  private common() {
    return {
      region: this.regionValue ?? this.settings.region,
      profile: this.settings.profile,
      ...(this.settings.credentials ? { credentials: this.settings.credentials } : {}),
      customUserAgent: `smnb/${typeof SMNB_VERSION === 'string' ? SMNB_VERSION : 'dev'}`,
      // Without throwOnRequestTimeout the SDK only logs a request that exceeded requestTimeout, and waits on.
      requestHandler: {
        connectionTimeout: this.settings.timeouts?.connectMs ?? 3000,
        requestTimeout: this.settings.timeouts?.requestMs ?? 8000,
        throwOnRequestTimeout: true,
      },
    };
  }

  /** --region, else what the SDK finds (AWS_REGION, AWS_DEFAULT_REGION, the profile), else ap-northeast-1. */
  async region(): Promise<string> {
    if (this.regionValue) return this.regionValue;
    if (this.settings.region) return (this.regionValue = checkRegion(this.settings.region));
    // Every AWS command loads CloudFormation anyway, so its client config resolves the region at no extra cost.
    const { CloudFormationClient } = await import('./clients/cloudformation.js');
    const probe = new CloudFormationClient({ profile: this.settings.profile });
    try {
      this.regionValue = (await probe.config.region()) || DEFAULT_REGION;
    } catch {
      this.regionValue = DEFAULT_REGION;
    } finally {
      probe.destroy();
    }
    return checkRegion(this.regionValue);
  }

  /** A client with the common settings, the retry policy with `maxAttempts`, and `extra`, under the deadline. */
  private async make<C>(
    Client: new (config: never) => C,
    extra: Record<string, unknown> = {},
    maxAttempts: number = MAX_ATTEMPTS,
  ): Promise<C> {
    const config = { ...this.common(), ...(await retrySettings(maxAttempts)), ...extra };
    return underDeadline(new Client(config as never), this.settings.deadline);
  }

  /** CloudFormation in the command's region, or in another one with its own number of attempts. */
  async cloudFormation(region?: string, maxAttempts?: number): Promise<CloudFormationClient> {
    await this.region();
    const { CloudFormationClient } = await import('./clients/cloudformation.js');
    return this.make(CloudFormationClient, elsewhere(region), maxAttempts);
  }

  /** SageMaker in the command's region, or in another one (`smnb list --all-regions` asks each region). */
  async sageMaker(region?: string, maxAttempts?: number): Promise<SageMakerClient> {
    await this.region();
    const { SageMakerClient } = await import('./clients/sagemaker.js');
    return this.make(SageMakerClient, elsewhere(region), maxAttempts);
  }

  /** EC2, only for DescribeRegions: which regions this account may use. */
  async ec2(): Promise<EC2Client> {
    await this.region();
    const { EC2Client } = await import('./clients/ec2.js');
    return this.make(EC2Client);
  }

  /**
   * AWS Budgets is a global API whose endpoint is in us-east-1 (AWS General Reference, "AWS Billing and Cost
   * Management endpoints and quotas": budgets.amazonaws.com, region us-east-1; read 2026-12-01).
   */
  async budgets(maxAttempts?: number): Promise<BudgetsClient> {
    const { BudgetsClient } = await import('./clients/budgets.js');
    return this.make(BudgetsClient, elsewhere('us-east-1'), maxAttempts);
  }

  /** The Price List API lives in a few regions only (us-east-1, eu-central-1, ap-south-1); prices cover all. */
  async pricing(): Promise<PricingClient> {
    const { PricingClient } = await import('./clients/pricing.js');
    return this.make(PricingClient, { region: 'us-east-1' }, PRICE_MAX_ATTEMPTS);
  }

  /**
   * S3 for staging templates. With a custom endpoint (AWS_ENDPOINT_URL, as LocalStack-style setups use) bucket names
   * cannot become host names, so requests go path-style there.
   */
  async s3(env: NodeJS.ProcessEnv): Promise<S3Client> {
    await this.region();
    const { S3Client } = await import('./clients/s3.js');
    return this.make(S3Client, { forcePathStyle: Boolean(env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL) });
  }

  /** IAM is global; its endpoint does not depend on the region. */
  async iam(): Promise<IAMClient> {
    await this.region();
    const { IAMClient } = await import('./clients/iam.js');
    return this.make(IAMClient);
  }

  /** Service Quotas, for the notebook quota. */
  async serviceQuotas(): Promise<ServiceQuotasClient> {
    await this.region();
    const { ServiceQuotasClient } = await import('./clients/service-quotas.js');
    return this.make(ServiceQuotasClient);
  }

  async sts(): Promise<STSClient> {
    await this.region();
    const { STSClient } = await import('./clients/sts.js');
    return this.make(STSClient);
  }
}

/** Settings for a client in another region than the command's (checked like --region). */
function elsewhere(region?: string): Record<string, unknown> {
  return region ? { region: checkRegion(region) } : {};
}
