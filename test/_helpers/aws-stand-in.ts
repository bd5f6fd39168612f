/**
 * A loopback HTTP stand-in for the AWS endpoints smnb calls, speaking the real wire protocols: CloudFormation, STS and
 * IAM over the query protocol (form-encoded requests, XML answers: "AWS query protocol", Smithy specification),
 * SageMaker, Service Quotas and the Price List over JSON 1.1 (X-Amz-Target: "AWS JSON 1.1 protocol", Smithy
 * specification), S3 over REST-XML (S3 API reference), all read 2026-11-29; EC2's DescribeRegions over the EC2 query
 * protocol (EC2 API reference, DescribeRegions and "Error responses": XML with requestId and regionInfo/item, errors
 * as Response/Errors/Error), AWS Budgets over JSON 1.1 with X-Amz-Target `AWSBudgetServiceGateway.<Action>` (AWS
 * Billing and Cost Management API reference, AWS Budgets actions, read 2026-12-01), and S3's ListObjectsV2
 * (ListBucketResult XML). The region of a request is the one in its SigV4 credential scope, as AWS's regional
 * endpoints see it: one stand-in serves every region. It is backed by FakeAws, so it behaves as that file's spec says
 * (each behaviour there names its AWS document or is marked as our assumption). Change sets of the nested layout
 * are modelled as the CloudFormation User Guide's "Change sets for nested stacks" describes them
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/change-sets-for-nested-stacks.html, read
 * 2026-12-01): off unless CreateChangeSet says IncludeNestedStacks; then every changed nested stack's row carries the
 * ChangeSetId of its own change set, which DescribeChangeSet answers (in pages) with its ParentChangeSetId and
 * RootChangeSetId. Point the CLI at it with AWS_ENDPOINT_URL.
 * Every call is authorised against the caller's policy (FakeAws.callerPolicy, the deployer policy by default), so the
 * end-to-end tests prove smnb works with docs/deployer-policy.json alone; a call the policy does not allow gets
 * AccessDenied, and a call with no known IAM action fails loudly.
 * A stack call with RoleARN (the account set-up's service role) is authorised with cloudformation:RoleArn in its
 * context, needs iam:PassRole for that role to cloudformation.amazonaws.com, and the role is recorded on the stack,
 * which then acts with it for every later operation (CloudFormation User Guide, "CloudFormation service role",
 * using-iam-servicerole.html, read 2026-12-07): set FakeAws.callerPolicy to the people policy to test a person who
 * holds nothing else. [model: the resource work itself is not authorised against the role's policies; the policy
 * test proves they cover every handler permission of every resource type instead.]
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { CLI_COMMAND_ACTIONS } from './sdk-actions.js';
import { BACKUP_MANIFEST, BACKUP_REQUEST } from '../../shared/backup-layout.js';
import type { FakeAws } from './fake-aws.js';
import type { NotebookInfo } from '../../src/aws/notebook-api.js';
import { policyAllows } from './iam-policy.js';

export interface StandIn {
  readonly url: string;
  /**
   * Every request: the API action, whether it carried a SigV4 signature, the region it was signed for, and for an S3
   * object the key.
   */
  readonly requests: { action: string; signed: boolean; region?: string; key?: string }[];
  close(): Promise<void>;
}

export const CFN_NS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
/** XML text escaping for the query protocol's answers. */
export const esc = (s: unknown) =>
  String(s ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
/** A query-protocol list: each item in a <member> element. */
export const members = (items: string[]) => items.map((i) => `<member>${i}</member>`).join('');
/** DescribeNotebookInstance's answer for a notebook, as SageMaker's JSON 1.1 protocol spells it (API reference). */
export function describeNotebookAnswer(n: NotebookInfo) {
  return {
    NotebookInstanceName: n.name,
    NotebookInstanceStatus: n.status,
    InstanceType: n.instanceType,
    Url: n.url,
    VolumeSizeInGB: n.volumeSizeInGB,
    PlatformIdentifier: n.platform,
  };
}
const iso = (d?: Date) => (d ?? new Date('2026-11-28T10:00:00Z')).toISOString();

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => resolve(body));
  });
}

/** The request context IAM would see: the account, and the tags of the resource (and those the request sets). */
function tagContext(resourceTags: Record<string, string> = {}, requestTags: Record<string, string> = {}) {
  return {
    'aws:PrincipalAccount': '123456789012',
    ...Object.fromEntries(Object.entries(resourceTags).map(([k, v]) => [`aws:ResourceTag/${k}`, v])),
    ...Object.fromEntries(Object.entries(requestTags).map(([k, v]) => [`aws:RequestTag/${k}`, v])),
  };
}

/** The tags a CloudFormation query request sets (Tags.member.N.Key / Value). */
function requestTags(form: URLSearchParams): Record<string, string> {
  const tags: Record<string, string> = {};
  for (let i = 1; form.has(`Tags.member.${i}.Key`); i++)
    tags[form.get(`Tags.member.${i}.Key`)!] = form.get(`Tags.member.${i}.Value`) ?? '';
  return tags;
}

/**
 * Throws AccessDenied unless the caller's policy allows the SDK command (on the resource, when one is given), with
 * the conditions evaluated against the context IAM would see.
 */
function authorise(
  fake: FakeAws,
  command: string,
  resource?: string,
  context: Record<string, string> = tagContext(),
): void {
  const action = CLI_COMMAND_ACTIONS[command];
  if (action === undefined) throw new WireError('InternalFailure', `stand-in: no IAM action known for ${command}`, 500);
  if (action === null || policyAllows(fake.callerPolicy, { action, resource: resource ?? '*', context })) return;
  throw new WireError('AccessDenied', `User: ${fake.callerArn} is not authorized to perform: ${action}`, 403);
}

/** iam:PassRole of a stack's service role to CloudFormation, which CloudFormation checks before using the role. */
function authorisePassRole(fake: FakeAws, roleArn: string): void {
  const context = { ...tagContext(), 'iam:PassedToService': 'cloudformation.amazonaws.com' };
  if (policyAllows(fake.callerPolicy, { action: 'iam:PassRole', resource: roleArn, context })) return;
  throw new WireError('AccessDenied', `User: ${fake.callerArn} is not authorized to perform: iam:PassRole`, 403);
}

/** IAM's resource for GetRole (the role) and SimulatePrincipalPolicy (the principal simulated). */
const iamResource = (form: URLSearchParams) =>
  form.get('PolicySourceArn') ??
  form.get('PolicyArn') ??
  (form.get('RoleName') ? `arn:aws:iam::123456789012:role/${form.get('RoleName')}` : undefined);

const notebookArn = (fake: FakeAws, name: unknown) =>
  typeof name === 'string'
    ? `arn:aws:sagemaker:${fake.region}:123456789012:notebook-instance/${name.toLowerCase()}`
    : undefined;

class WireError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/**
 * A throttling refusal in the protocol the request used, as each service documents it: the query protocol's
 * `Throttling` (CloudFormation API reference, Common errors: 400 Throttling), JSON 1.1's `ThrottlingException`
 * (SageMaker, Service Quotas, Price List: 400 ThrottlingException), and S3's `SlowDown` (S3 API reference, Error
 * responses: 503 SlowDown). HEAD requests get no body, as S3 sends none for HEAD.
 */
function throttle(req: IncomingMessage, target: string, res: import('node:http').ServerResponse): void {
  if (target) {
    const code = 'ThrottlingException';
    res
      .writeHead(400, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code })
      .end(JSON.stringify({ __type: code, message: 'Rate exceeded' }));
  } else if (req.method === 'POST' && (req.url ?? '/') === '/') {
    res
      .writeHead(400, { 'content-type': 'text/xml' })
      .end(
        `<ErrorResponse xmlns="${CFN_NS}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`,
      );
  } else if (req.method === 'HEAD') {
    res.writeHead(503).end();
  } else {
    res
      .writeHead(503, { 'content-type': 'application/xml' })
      .end('<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>');
  }
}

/**
 * Half of all calls refused, in runs: each API action's calls alternate between `wireThrottleBurst` refused and as
 * many answered (1: every other call), as a busy account's throttling comes in bursts.
 */
function refusedForThrottling(
  fake: FakeAws,
  calls: Map<string, number>,
  req: IncomingMessage,
  target: string,
  body: string,
): boolean {
  const burst = fake.wireThrottleBurst;
  if (burst <= 0) return false;
  const action = target || new URLSearchParams(body).get('Action') || `S3 ${req.method}`;
  const n = calls.get(action) ?? 0;
  calls.set(action, n + 1);
  return Math.floor(n / burst) % 2 === 0;
}

/** A route tried before the stand-in's own: it answers (and returns true) or leaves the request to the stand-in. */
export type StandInRoute = (
  req: IncomingMessage,
  body: string,
  res: import('node:http').ServerResponse,
) => Promise<boolean>;

export async function startStandIn(fake: FakeAws, before?: StandInRoute): Promise<StandIn> {
  const requests: { action: string; signed: boolean; region?: string; key?: string }[] = [];
  const wireCalls = new Map<string, number>();
  const server: Server = createServer(async (req, res) => {
    const body = await readBody(req);
    if (before && (await before(req, body, res))) return;
    const signed = String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 Credential=');
    const target = String(req.headers['x-amz-target'] ?? '');
    const region = signedRegion(String(req.headers.authorization ?? '')) ?? fake.region;
    // A region whose endpoint does not answer: the connection drops, as for an unreachable host.
    if (fake.silentRegions.has(region)) {
      requests.push({ action: `(no answer from ${region})`, signed });
      req.socket.destroy();
      return;
    }
    if (refusedForThrottling(fake, wireCalls, req, target, body)) {
      requests.push({ action: 'throttled', signed });
      throttle(req, target, res);
      return;
    }
    try {
      if (target.startsWith('AWSBudgetServiceGateway.')) {
        const action = target.slice('AWSBudgetServiceGateway.'.length);
        requests.push({ action, signed, region });
        const input = JSON.parse(body || '{}') as BudgetsInput;
        const budgetName = input.BudgetName ?? input.Budget?.BudgetName ?? input.NewBudget?.BudgetName ?? '';
        authorise(fake, `${action}Command`, `arn:aws:budgets::123456789012:budget/${budgetName}`);
        const out = await budgets(fake, action, input);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(out));
        return;
      }
      if (!target && (req.method !== 'POST' || (req.url ?? '/') !== '/')) {
        s3(fake, req, decodeChunked(body, String(req.headers['content-encoding'] ?? '')), res, requests, signed);
        return;
      }
      if (target.startsWith('ServiceQuotasV20190624.')) {
        const action = target.slice('ServiceQuotasV20190624.'.length);
        requests.push({ action, signed });
        authorise(fake, `${action}Command`);
        const lists = fake.quotaLists();
        const list =
          action === 'ListServiceQuotas'
            ? lists.applied
            : action === 'ListAWSDefaultServiceQuotas'
              ? lists.default
              : undefined;
        if (!list) throw new WireError('UnknownOperationException', action);
        const page = await list((JSON.parse(body || '{}') as { NextToken?: string }).NextToken);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(page));
        return;
      }
      if (target === 'AWSPriceListService.GetProducts') {
        requests.push({ action: 'GetProducts', signed });
        if (fake.pricesRefused)
          throw new WireError(
            'AccessDeniedException',
            `User: ${fake.callerArn} is not authorized to perform: pricing:GetProducts`,
            403,
          );
        authorise(fake, 'GetProductsCommand');
        const input = JSON.parse(body) as { Filters: { Field: string; Value: string }[] };
        const usageType = input.Filters.find((f) => f.Field === 'usagetype')?.Value ?? '';
        const price = fake.prices[usageType];
        const product = {
          product: { attributes: { usagetype: usageType } },
          terms: {
            // Storage usage types are priced per GB-month, instance hours per hour (the Price List's "unit").
            OnDemand: {
              t1: {
                priceDimensions: {
                  d1: {
                    unit: usageType.includes('VolumeUsage') ? 'GB-Mo' : 'Hrs',
                    pricePerUnit: { USD: String(price) },
                  },
                },
              },
            },
          },
        };
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(
          JSON.stringify({
            FormatVersion: 'aws_v1',
            PriceList: price === undefined ? [] : [JSON.stringify(product)],
          }),
        );
        return;
      }
      if (target.startsWith('SageMaker.')) {
        const action = target.slice('SageMaker.'.length);
        requests.push({ action, signed });
        const input = JSON.parse(body || '{}') as Record<string, unknown>;
        const name = typeof input.NotebookInstanceName === 'string' ? input.NotebookInstanceName : '';
        authorise(
          fake,
          `${action}Command`,
          notebookArn(fake, input.NotebookInstanceName),
          tagContext(fake.notebooks.has(name) ? fake.notebookTags(name) : {}),
        );
        // OptInRequired: "The AWS access key ID needs a subscription for the service", HTTP 403 (Common Errors).
        if (fake.sageMakerRefusal)
          throw new WireError(fake.sageMakerRefusal, 'The AWS Access Key Id needs a subscription for the service', 403);
        const out = await sagemaker(fake, action, input, region);
        res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(out));
        return;
      }
      const form = new URLSearchParams(body);
      const action = form.get('Action') ?? '';
      requests.push({ action, signed, region });
      if (form.get('Version') === EC2_VERSION) {
        ec2(fake, action, form, res);
        return;
      }
      // The in-memory stacks live in the fake's own region; another region has none.
      if (region !== fake.region && action === 'DescribeStacks' && !form.get('StackName')) {
        authorise(fake, 'DescribeStacksCommand');
        res
          .writeHead(200, { 'content-type': 'text/xml' })
          .end(
            `<DescribeStacksResponse xmlns="${CFN_NS}"><DescribeStacksResult><Stacks></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DescribeStacksResponse>`,
          );
        return;
      }
      const stack = form.get('ChangeSetName') ?? form.get('StackName');
      // A stack call naming a service role (RoleARN) carries cloudformation:RoleArn, and needs iam:PassRole for that
      // role to CloudFormation (User Guide, "CloudFormation service role"; Service Authorization Reference, AWS
      // CloudFormation, read 2026-12-07).
      const serviceRole = form.get('RoleARN') ?? undefined;
      authorise(fake, `${action}Command`, iamResource(form), {
        ...tagContext(stack ? fake.stackTags(stack) : {}, requestTags(form)),
        ...(serviceRole ? { 'cloudformation:RoleArn': serviceRole } : {}),
      });
      if (serviceRole) authorisePassRole(fake, serviceRole);
      const isIam = IAM_ACTIONS.has(action);
      if (isIam && fake.iamAnswersHtml) {
        res.writeHead(404, { 'content-type': 'text/html' }).end('<html><head><title>Not Found</title></head><body>');
        return;
      }
      const result =
        action === 'GetCallerIdentity'
          ? sts(fake)
          : isIam
            ? await iam(fake, action, form)
            : await cloudFormation(fake, action, form);
      const ns = action === 'GetCallerIdentity' ? 'https://sts.amazonaws.com/doc/2011-06-15/' : isIam ? IAM_NS : CFN_NS;
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(
          `<${action}Response xmlns="${ns}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${action}Response>`,
        );
    } catch (error) {
      const e = error instanceof WireError ? error : new WireError('InternalFailure', String(error), 500);
      // Every JSON 1.1 service (SageMaker, Service Quotas, Price List, Budgets) answers errors in JSON.
      if (target) {
        res
          .writeHead(e.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': e.code })
          .end(JSON.stringify({ __type: e.code, message: e.message }));
      } else {
        res
          .writeHead(e.status, { 'content-type': 'text/xml' })
          .end(
            `<ErrorResponse xmlns="${CFN_NS}"><Error><Type>Sender</Type><Code>${e.code}</Code><Message>${esc(e.message)}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`,
          );
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Undoes aws-chunked framing ("size;chunk-signature=...\r\ndata\r\n...0\r\ntrailers") when the SDK used it. */
function decodeChunked(body: string, encoding: string): string {
  if (!encoding.includes('aws-chunked')) return body;
  let out = '';
  let rest = body;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, eol).split(';')[0]!, 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

const S3_COMMANDS: Record<string, string> = {
  'HEAD bucket': 'HeadBucketCommand',
  'PUT bucket': 'CreateBucketCommand',
  'PUT bucket?publicAccessBlock': 'PutPublicAccessBlockCommand',
  'PUT bucket?encryption': 'PutBucketEncryptionCommand',
  'PUT bucket?policy': 'PutBucketPolicyCommand',
  'HEAD object': 'HeadObjectCommand',
  'PUT object': 'PutObjectCommand',
  'GET object': 'GetObjectCommand',
  'GET bucket?tagging': 'GetBucketTaggingCommand',
  'GET bucket?list-type': 'ListObjectsV2Command',
  'GET service': 'ListBucketsCommand',
};

const S3_NS = 'http://s3.amazonaws.com/doc/2006-03-01/';
const s3Error = (code: string, text: string) => `<Error><Code>${code}</Code><Message>${esc(text)}</Message></Error>`;

/**
 * Path-style S3: ListBuckets; HEAD/PUT bucket (with ?publicAccessBlock, ?encryption, ?policy), GET bucket ?tagging and
 * ?list-type=2 (ListObjectsV2); HEAD/PUT/GET object. Errors carry S3's XML error body with its code (NoSuchKey,
 * NoSuchTagSet, NoSuchBucket), as the S3 API reference's "Error responses" gives them.
 */
function s3(
  fake: FakeAws,
  req: IncomingMessage,
  body: string,
  res: import('node:http').ServerResponse,
  requests: { action: string; signed: boolean; key?: string }[],
  signed: boolean,
): void {
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const [bucketName, ...keyParts] = url.pathname.slice(1).split('/');
  const key = decodeURIComponent(keyParts.join('/'));
  const bucket = fake.buckets.get(bucketName!);
  // x-id names the operation for logs; it is not a bucket setting.
  const queryKeys = [...url.searchParams.keys()].filter((k) => k !== 'x-id');
  // ListObjectsV2 is named by list-type=2, whatever other parameters (prefix, continuation-token) come first.
  const setting = queryKeys.includes('list-type') ? 'list-type' : queryKeys[0];
  const action = !bucketName
    ? `${req.method} service`
    : `${req.method} ${key ? 'object' : 'bucket'}${setting && !key ? `?${setting}` : ''}`;
  requests.push({ action, signed, ...(key ? { key } : {}) });
  const end = (status: number, headers: Record<string, string> = {}): void => void res.writeHead(status, headers).end();
  try {
    // s3:ResourceAccount is the bucket owner's account; a bucket being created is the caller's. ListBuckets names no
    // bucket: its resource is "*".
    const owner = bucket?.owner === 'other' ? '999999999999' : '123456789012';
    authorise(
      fake,
      S3_COMMANDS[action] ?? action,
      bucketName ? `arn:aws:s3:::${bucketName}${key ? `/${key}` : ''}` : '*',
      { ...tagContext(), 's3:ResourceAccount': owner },
    );
  } catch (error) {
    const e = error as WireError;
    // A HEAD answer has no body, refusals included: the caller sees only the status.
    if (req.method === 'HEAD') return end(e.status);
    res
      .writeHead(e.status, { 'content-type': 'application/xml' })
      .end(`<Error><Code>${e.code}</Code><Message>${esc(e.message)}</Message></Error>`);
    return;
  }
  // S3 user guide, "Verifying bucket ownership with bucket owner condition": a request whose
  // x-amz-expected-bucket-owner is not the bucket's owner gets 403, even on a bucket that lets anyone in.
  const expected = req.headers['x-amz-expected-bucket-owner'];
  const ownerAccount = bucket?.owner === 'me' ? '123456789012' : '999999999999';
  if (bucket && expected && expected !== ownerAccount) return end(403);
  const reachable = bucket && (bucket.owner === 'me' || bucket.openToAll);
  // Bucket names are global; a request signed for (and sent to) another region's endpoint is redirected. HeadBucket
  // answers 301 with x-amz-bucket-region and, being HEAD, no body; every other request gets 301 PermanentRedirect
  // (S3 API reference: HeadBucket, "x-amz-bucket-region"; Error responses, "PermanentRedirect", 301 Moved
  // Permanently). HeadBucket names the region on every answer, allowed or not.
  const home = bucket ? (bucket.region ?? fake.region) : undefined;
  const regionHeader: Record<string, string> = home ? { 'x-amz-bucket-region': home } : {};
  if (home && home !== signingRegion(req) && !(req.method === 'PUT' && !key && !setting)) {
    if (req.method === 'HEAD') return end(301, regionHeader);
    res
      .writeHead(301, { 'content-type': 'application/xml', ...regionHeader })
      .end(
        `<Error><Code>PermanentRedirect</Code><Message>The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.</Message><Bucket>${esc(bucketName)}</Bucket><Endpoint>${esc(bucketName)}.s3.${home}.amazonaws.com</Endpoint></Error>`,
      );
    return;
  }
  const xml = (status: number, text: string) =>
    void res.writeHead(status, { 'content-type': 'application/xml' }).end(text);
  if (action === 'GET service') return xml(200, listBuckets(fake, url));
  if (req.method === 'GET' && (!bucket || !reachable))
    return xml(bucket ? 403 : 404, s3Error(bucket ? 'AccessDenied' : 'NoSuchBucket', bucketName!));
  if (action === 'GET bucket?tagging') {
    const tags = Object.entries(bucket!.tags ?? {});
    if (tags.length === 0) return xml(404, s3Error('NoSuchTagSet', 'The TagSet does not exist'));
    const set = tags.map(([k, v]) => `<Tag><Key>${esc(k)}</Key><Value>${esc(v)}</Value></Tag>`).join('');
    return xml(200, `<Tagging xmlns="${S3_NS}"><TagSet>${set}</TagSet></Tagging>`);
  }
  if (action === 'GET bucket?list-type') return xml(200, listObjects(fake, bucketName!, bucket!.objects, url));
  if (action === 'GET object') {
    // An answering notebook moves on at each of the CLI's looks at the manifest (see FakeAws.answeringNotebooks).
    if (key === BACKUP_MANIFEST) fake.backupLook(bucketName!);
    const object = bucket!.objects.get(key);
    if (object === undefined) return xml(404, s3Error('NoSuchKey', 'The specified key does not exist.'));
    return void res
      .writeHead(200, {
        'content-type': 'application/octet-stream',
        etag: `"${createHash('md5').update(object).digest('hex')}"`,
      })
      .end(object);
  }
  if (!key) {
    if (req.method === 'HEAD') return end(!bucket ? 404 : reachable ? 200 : 403, regionHeader);
    if (req.method === 'PUT' && !setting) {
      // No LocationConstraint means us-east-1 (CreateBucket API reference).
      const region = /<LocationConstraint>([^<]+)<\/LocationConstraint>/.exec(body)?.[1] ?? 'us-east-1';
      fake.buckets.set(bucketName!, { owner: 'me', settings: [], objects: new Map(), region });
      return end(200, { location: `/${bucketName}` });
    }
    if (req.method === 'PUT' && bucket) {
      bucket.settings.push(setting === 'policy' ? `policy:${body}` : setting!);
      return end(setting === 'policy' ? 204 : 200);
    }
    return end(400);
  }
  if (!bucket || !reachable) return end(bucket ? 403 : 404);
  const etag = (text: string) => `"${createHash('md5').update(text).digest('hex')}"`;
  if (req.method === 'HEAD') {
    const object = bucket.objects.get(key);
    return object === undefined
      ? end(404)
      : end(200, { etag: etag(object), 'content-length': String(Buffer.byteLength(object)) });
  }
  if (req.method === 'PUT') {
    bucket.objects.set(key, body);
    if (key === BACKUP_REQUEST) fake.onBackupRequest?.(bucketName!);
    return end(200, { etag: etag(body) });
  }
  end(405);
}

/** The region a request was signed for: the third part of SigV4's credential scope (ACCESSKEY/DATE/REGION/s3/…). */
function signingRegion(req: IncomingMessage): string | undefined {
  return signedRegion(String(req.headers.authorization ?? ''));
}

/**
 * ListBuckets (S3 API reference, "ListBuckets", read 2026-12-01): the caller's buckets, only those of one region when
 * bucket-region is given, in pages of max-buckets with a continuation-token.
 */
function listBuckets(fake: FakeAws, url: URL): string {
  const region = url.searchParams.get('bucket-region');
  const all = [...fake.buckets.entries()].filter(
    ([, b]) => b.owner === 'me' && (!region || (b.region ?? fake.region) === region),
  );
  const { items, next } = page(all, url.searchParams.get('continuation-token'), fake.pageSize.buckets);
  const buckets = items
    .map(
      ([name, b]) =>
        `<Bucket><Name>${esc(name)}</Name><CreationDate>${iso()}</CreationDate><BucketRegion>${b.region ?? fake.region}</BucketRegion></Bucket>`,
    )
    .join('');
  return `<ListAllMyBucketsResult xmlns="${S3_NS}"><Owner><ID>owner-1</ID></Owner><Buckets>${buckets}</Buckets>${next ? `<ContinuationToken>${next}</ContinuationToken>` : ''}</ListAllMyBucketsResult>`;
}

/**
 * ListObjectsV2 (S3 API reference, "ListObjectsV2", read 2026-12-01): keys in UTF-8 binary order under prefix, at most
 * max-keys a page (fake.pageSize.objects here), IsTruncated with a NextContinuationToken for the rest. With a
 * delimiter, keys that hold it after the prefix are rolled up into one CommonPrefixes entry each (the prefix up to and
 * with the delimiter), and such an entry counts as one item of the page (read 2026-12-08).
 */
function listObjects(fake: FakeAws, name: string, objects: Map<string, string>, url: URL): string {
  const prefix = url.searchParams.get('prefix') ?? '';
  const delimiter = url.searchParams.get('delimiter') ?? '';
  const rolled = (k: string) => {
    const at = delimiter ? k.indexOf(delimiter, prefix.length) : -1;
    return at < 0 ? k : k.slice(0, at + delimiter.length);
  };
  const keys = [...new Set([...objects.keys()].filter((k) => k.startsWith(prefix)).map(rolled))].sort();
  const size = Math.min(Number(url.searchParams.get('max-keys') ?? 1000), fake.pageSize.objects);
  const { items, next } = page(keys, url.searchParams.get('continuation-token'), size);
  const contents = items
    .filter((k) => objects.has(k))
    .map(
      (k) =>
        `<Contents><Key>${esc(k)}</Key><Size>${Buffer.byteLength(objects.get(k)!)}</Size><LastModified>${iso()}</LastModified><StorageClass>STANDARD</StorageClass></Contents>`,
    )
    .join('');
  const common = items
    .filter((k) => !objects.has(k))
    .map((k) => `<CommonPrefixes><Prefix>${esc(k)}</Prefix></CommonPrefixes>`)
    .join('');
  return `<ListBucketResult xmlns="${S3_NS}"><Name>${esc(name)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${items.length}</KeyCount><MaxKeys>${size}</MaxKeys><IsTruncated>${Boolean(next)}</IsTruncated>${contents}${common}${next ? `<NextContinuationToken>${next}</NextContinuationToken>` : ''}</ListBucketResult>`;
}

function sts(fake: FakeAws): string {
  return `<Arn>${esc(fake.callerArn)}</Arn><UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account>`;
}

const IAM_NS = 'https://iam.amazonaws.com/doc/2010-05-08/';
const IAM_ACTIONS = new Set(['GetRole', 'SimulatePrincipalPolicy', 'GetPolicy', 'GetPolicyVersion']);

/** The values of a query-protocol list: Name.member.1, Name.member.2, … */
const formList = (form: URLSearchParams, name: string) =>
  [...form.keys()].filter((k) => new RegExp(`^${name}\\.member\\.\\d+$`).test(k)).map((k) => form.get(k)!);

async function iam(fake: FakeAws, action: string, form: URLSearchParams): Promise<string> {
  const api = fake.permissionApi;
  try {
    if (action === 'GetRole') {
      const name = form.get('RoleName') ?? '';
      const arn = await api.roleArn(name);
      const path = /:role(\/.*\/)[^/]+$/.exec(arn)?.[1] ?? '/';
      return `<Role><Path>${path}</Path><RoleName>${esc(name)}</RoleName><RoleId>AROAEXAMPLE</RoleId><Arn>${esc(arn)}</Arn><CreateDate>${iso()}</CreateDate></Role>`;
    }
    if (action === 'GetPolicy' || action === 'GetPolicyVersion') {
      const arn = form.get('PolicyArn') ?? '';
      const document = await api.policyDocument(arn);
      if (document === undefined)
        throw Object.assign(new Error(`Policy ${arn} was not found.`), { name: 'NoSuchEntity' });
      return action === 'GetPolicy'
        ? `<Policy><Arn>${esc(arn)}</Arn><DefaultVersionId>v1</DefaultVersionId></Policy>`
        : `<PolicyVersion><Document>${esc(encodeURIComponent(JSON.stringify(document)))}</Document><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion>`;
    }
    const context: Record<string, string> = {};
    for (let i = 1; form.has(`ContextEntries.member.${i}.ContextKeyName`); i++) {
      context[form.get(`ContextEntries.member.${i}.ContextKeyName`)!] =
        form.get(`ContextEntries.member.${i}.ContextKeyValues.member.1`) ?? '';
    }
    const actions = formList(form, 'ActionNames');
    const resourceArn = formList(form, 'ResourceArns')[0];
    const denied = new Set(
      await api.deniedActions(form.get('PolicySourceArn') ?? '', { actions, resourceArn, context }),
    );
    const results = actions.map(
      (a) =>
        `<member><EvalActionName>${a}</EvalActionName><EvalResourceName>${esc(resourceArn ?? '*')}</EvalResourceName><EvalDecision>${denied.has(a) ? 'implicitDeny' : 'allowed'}</EvalDecision></member>`,
    );
    return `<EvaluationResults>${results.join('')}</EvaluationResults><IsTruncated>false</IsTruncated>`;
  } catch (error) {
    const e = error as Error;
    throw new WireError(e.name, e.message, e.name === 'AccessDenied' ? 403 : e.name === 'NoSuchEntity' ? 404 : 400);
  }
}

/**
 * One page of a list, with an opaque NextToken for the rest: CloudFormation's DescribeStacks and
 * DescribeStackEvents and SageMaker's ListNotebookInstances all answer in pages (their API references, NextToken),
 * so the CLI must follow NextToken to see everything. A token it did not get from us is an error, as in AWS.
 */
function page<T>(all: readonly T[], token: string | null | undefined, size: number) {
  const start = token ? Number(Buffer.from(token, 'base64').toString()) : 0;
  if (!Number.isInteger(start) || start < 0 || start > all.length)
    throw new WireError('ValidationError', 'Invalid NextToken');
  const end = start + size;
  return {
    items: all.slice(start, end),
    next: end < all.length ? Buffer.from(String(end)).toString('base64') : undefined,
  };
}

function thrown(error: unknown): never {
  const e = error as Error;
  throw new WireError(e.name === 'ThrottlingException' ? 'Throttling' : e.name, e.message);
}

async function cloudFormation(fake: FakeAws, action: string, form: URLSearchParams): Promise<string> {
  const api = fake.stackApi;
  try {
    switch (action) {
      case 'DescribeStacks': {
        const name = form.get('StackName');
        const all = name ? [await api.describeStack(name)] : await api.listStacks();
        if (name && !all[0]) throw new WireError('ValidationError', `Stack with id ${name} does not exist`);
        const { items: stacks, next } = page(all, form.get('NextToken'), fake.pageSize.stacks);
        return `${next ? `<NextToken>${next}</NextToken>` : ''}<Stacks>${members(
          stacks.map(
            (s) =>
              `<StackName>${esc(s!.name)}</StackName><StackId>${esc(s!.id)}</StackId><StackStatus>${s!.status}</StackStatus><CreationTime>${iso()}</CreationTime>` +
              `<Outputs>${members(Object.entries(s!.outputs).map(([k, v]) => `<OutputKey>${k}</OutputKey><OutputValue>${esc(v)}</OutputValue>`))}</Outputs>` +
              `<Parameters>${members(Object.entries(s!.parameters).map(([k, v]) => `<ParameterKey>${k}</ParameterKey><ParameterValue>${esc(v)}</ParameterValue>`))}</Parameters>` +
              `<Tags>${members(Object.entries(s!.tags).map(([k, v]) => `<Key>${esc(k)}</Key><Value>${esc(v)}</Value>`))}</Tags>`,
          ),
        )}</Stacks>`;
      }
      case 'DescribeStackEvents': {
        const all = (await api.newEvents(form.get('StackName')!)).reverse();
        const { items: events, next } = page(all, form.get('NextToken'), fake.pageSize.events);
        return `${next ? `<NextToken>${next}</NextToken>` : ''}<StackEvents>${members(
          events.map(
            (e) =>
              `<EventId>${e.id}</EventId><StackId>${esc(e.stackId)}</StackId><StackName>${esc(e.stackName)}</StackName><LogicalResourceId>${e.logicalId}</LogicalResourceId>` +
              `<PhysicalResourceId>${esc(e.physicalId)}</PhysicalResourceId><ResourceType>${e.resourceType}</ResourceType><ResourceStatus>${e.status}</ResourceStatus>` +
              (e.reason ? `<ResourceStatusReason>${esc(e.reason)}</ResourceStatusReason>` : '') +
              `<Timestamp>${iso(e.timestamp)}</Timestamp>`,
          ),
        )}</StackEvents>`;
      }
      case 'CreateChangeSet': {
        const parameters: { key: string; value?: string; usePrevious?: boolean }[] = [];
        for (let i = 1; form.has(`Parameters.member.${i}.ParameterKey`); i++) {
          parameters.push({
            key: form.get(`Parameters.member.${i}.ParameterKey`)!,
            value: form.get(`Parameters.member.${i}.ParameterValue`) ?? undefined,
            usePrevious: form.get(`Parameters.member.${i}.UsePreviousValue`) === 'true',
          });
        }
        const tags: Record<string, string> = {};
        for (let i = 1; form.has(`Tags.member.${i}.Key`); i++)
          tags[form.get(`Tags.member.${i}.Key`)!] = form.get(`Tags.member.${i}.Value`)!;
        if (form.get('Capabilities.member.1') !== 'CAPABILITY_NAMED_IAM') {
          throw new WireError('InsufficientCapabilitiesException', 'Requires capabilities : [CAPABILITY_NAMED_IAM]');
        }
        const id = await api.createChangeSet({
          stackName: form.get('StackName')!,
          changeSetName: form.get('ChangeSetName')!,
          type: form.get('ChangeSetType') as 'CREATE' | 'UPDATE',
          templateBody: form.get('TemplateBody')!,
          parameters,
          tags,
          includeNestedStacks: form.get('IncludeNestedStacks') === 'true',
          ...(form.get('RoleARN') ? { roleArn: form.get('RoleARN')! } : {}),
        });
        return `<Id>${id}</Id><StackId>stack</StackId>`;
      }
      case 'DescribeChangeSet': {
        // CloudFormation User Guide, "Change sets for nested stacks" (read 2026-12-01): with IncludeNestedStacks a
        // nested stack's row carries its own ChangeSetId, described like any change set and naming its parent and
        // root. DescribeChangeSet API reference: changes come in pages (NextToken).
        const token = form.get('NextToken');
        const start = token ? Number(Buffer.from(token, 'base64').toString()) : 0;
        if (!Number.isInteger(start) || start < 0) throw new WireError('ValidationError', 'Invalid NextToken');
        const cs = fake.changeSetPage(form.get('ChangeSetName')!, start, fake.pageSize.changes);
        return (
          `<Status>${cs.status}</Status>` +
          (cs.statusReason ? `<StatusReason>${esc(cs.statusReason)}</StatusReason>` : '') +
          `<IncludeNestedStacks>${cs.includeNested}</IncludeNestedStacks>` +
          (cs.parentId ? `<ParentChangeSetId>${cs.parentId}</ParentChangeSetId>` : '') +
          (cs.rootId ? `<RootChangeSetId>${cs.rootId}</RootChangeSetId>` : '') +
          (cs.next !== undefined ? `<NextToken>${Buffer.from(String(cs.next)).toString('base64')}</NextToken>` : '') +
          `<Changes>${members(
            cs.changes.map(
              (c) =>
                `<Type>Resource</Type><ResourceChange><Action>${c.action}</Action><LogicalResourceId>${c.logicalId}</LogicalResourceId><ResourceType>${c.resourceType}</ResourceType>` +
                (c.replacement ? `<Replacement>${c.replacement}</Replacement>` : '') +
                (c.changeSetId ? `<ChangeSetId>${c.changeSetId}</ChangeSetId>` : '') +
                `</ResourceChange>`,
            ),
          )}</Changes>`
        );
      }
      case 'DescribeStackResources': {
        // DescribeStackResources API reference: StackResources members, unpaged (at most 100).
        const all = await api.stackResources(form.get('StackName')!);
        return `<StackResources>${members(
          all.map(
            (r) =>
              `<StackName>${esc(form.get('StackName'))}</StackName><LogicalResourceId>${esc(r.logicalId)}</LogicalResourceId>` +
              (r.physicalId ? `<PhysicalResourceId>${esc(r.physicalId)}</PhysicalResourceId>` : '') +
              `<ResourceType>${esc(r.resourceType)}</ResourceType><ResourceStatus>CREATE_COMPLETE</ResourceStatus><Timestamp>${iso()}</Timestamp>`,
          ),
        )}</StackResources>`;
      }
      case 'ExecuteChangeSet':
        await api.executeChangeSet(form.get('ChangeSetName')!);
        return '';
      case 'DeleteChangeSet':
        await api.deleteChangeSet(form.get('ChangeSetName')!);
        return '';
      case 'GetTemplate':
        return `<TemplateBody>${esc(await api.templateBody(form.get('StackName')!))}</TemplateBody><StagesAvailable><member>Original</member><member>Processed</member></StagesAvailable>`;
      case 'DeleteStack':
        await api.deleteStack(form.get('StackName')!, form.get('RoleARN') ?? undefined);
        return '';
      default:
        throw new WireError('InvalidAction', `stand-in does not know ${action}`);
    }
  } catch (error) {
    if (error instanceof WireError) throw error;
    thrown(error);
  }
}

async function sagemaker(
  fake: FakeAws,
  action: string,
  input: Record<string, unknown>,
  region: string,
): Promise<unknown> {
  const api = region === fake.region ? fake.notebookApi : fake.notebooksIn(region);
  const name = String(input.NotebookInstanceName ?? '');
  const epoch = () => Date.parse('2026-11-28T10:00:00Z') / 1000;
  try {
    switch (action) {
      case 'DescribeNotebookInstance': {
        const n = await api.describe(name);
        if (!n) throw new WireError('ValidationException', 'RecordNotFound');
        return { ...describeNotebookAnswer(n), CreationTime: epoch() };
      }
      case 'UpdateNotebookInstance':
        await api.updatePlatform(name, String(input.PlatformIdentifier ?? ''));
        return {};
      case 'ListNotebookInstances': {
        const size = Math.min(Number(input.MaxResults ?? fake.pageSize.notebooks), fake.pageSize.notebooks);
        const { items, next } = page(await api.list(), input.NextToken as string | undefined, size);
        return {
          NextToken: next,
          NotebookInstances: items.map((n) => ({
            NotebookInstanceName: n.name,
            NotebookInstanceStatus: n.status,
            InstanceType: n.instanceType,
            CreationTime: epoch(),
          })),
        };
      }
      case 'StopNotebookInstance':
        await api.stop(name);
        return {};
      case 'StartNotebookInstance':
        await api.start(name);
        return {};
      case 'CreatePresignedNotebookInstanceUrl':
        return { AuthorizedUrl: await api.presignedUrl(name) };
      default:
        throw new WireError('UnknownOperationException', action);
    }
  } catch (error) {
    if (error instanceof WireError) throw error;
    thrown(error);
  }
}

/** The region of a SigV4-signed request: Credential=AKID/DATE/REGION/SERVICE/aws4_request. */
function signedRegion(authorization: string): string | undefined {
  return /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(authorization)?.[1];
}

const EC2_VERSION = '2016-11-15';
const EC2_NS = `http://ec2.amazonaws.com/doc/${EC2_VERSION}/`;

/**
 * EC2 DescribeRegions (EC2 API reference): without AllRegions only the regions enabled for the account, each as an
 * item of regionInfo with regionName, regionEndpoint and optInStatus; EC2 says "UnauthorizedOperation" where other
 * query APIs say AccessDenied, inside Response/Errors/Error.
 */
function ec2(fake: FakeAws, action: string, form: URLSearchParams, res: import('node:http').ServerResponse): void {
  const error = (status: number, code: string, message: string) =>
    void res
      .writeHead(status, { 'content-type': 'text/xml' })
      .end(
        `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${esc(message)}</Message></Error></Errors><RequestID>req-1</RequestID></Response>`,
      );
  try {
    authorise(fake, `${action}Command`);
  } catch (e) {
    const w = e as WireError;
    return error(w.status, w.status === 403 ? 'UnauthorizedOperation' : w.code, w.message);
  }
  if (action !== 'DescribeRegions') return error(400, 'InvalidAction', `stand-in does not know ${action}`);
  const item = (r: string, status: string) =>
    `<item><regionName>${r}</regionName><regionEndpoint>ec2.${r}.amazonaws.com</regionEndpoint><optInStatus>${status}</optInStatus></item>`;
  const items = [
    ...fake.enabledRegions.map((r) => item(r, 'opt-in-not-required')),
    ...(form.get('AllRegions') === 'true' ? fake.disabledRegions.map((r) => item(r, 'not-opted-in')) : []),
  ];
  res
    .writeHead(200, { 'content-type': 'text/xml' })
    .end(
      `<DescribeRegionsResponse xmlns="${EC2_NS}"><requestId>req-1</requestId><regionInfo>${items.join('')}</regionInfo></DescribeRegionsResponse>`,
    );
}

interface WireNotification {
  NotificationType: 'ACTUAL' | 'FORECASTED';
  ComparisonOperator?: string;
  Threshold: number;
  ThresholdType?: string;
}
interface BudgetsInput {
  AccountId?: string;
  BudgetName?: string;
  Budget?: { BudgetName: string; BudgetLimit?: { Amount: string } };
  NewBudget?: { BudgetName: string; BudgetLimit?: { Amount: string } };
  NotificationsWithSubscribers?: { Notification: WireNotification; Subscribers: { Address: string }[] }[];
  Notification?: WireNotification;
  Subscribers?: { Address: string }[];
}

const alertOf = (n: WireNotification, subscribers: { Address: string }[] = []) => ({
  kind: n.NotificationType,
  percent: n.Threshold,
  emails: subscribers.map((s) => s.Address),
  comparison: n.ComparisonOperator,
  thresholdType: n.ThresholdType,
});

/**
 * AWS Budgets (API reference: CreateBudget, DescribeBudget with CalculatedSpend, UpdateBudget, DescribeNotifications-
 * ForBudget, DescribeSubscribersForNotification, CreateNotification, DeleteNotification, DeleteBudget). Amounts are
 * strings ("10.0"), errors carry __type (NotFoundException, DuplicateRecordException, InvalidParameterException).
 */
async function budgets(fake: FakeAws, action: string, input: BudgetsInput): Promise<unknown> {
  if (input.AccountId !== '123456789012')
    throw new WireError('InvalidParameterException', `AccountId ${input.AccountId} is not the caller's account`);
  const api = fake.budgetApi;
  const name = input.BudgetName ?? '';
  try {
    switch (action) {
      case 'DescribeBudget': {
        const b = await api.describe(name);
        if (!b) throw new WireError('NotFoundException', `Unable to get budget: ${name} - the budget doesn't exist.`);
        return {
          Budget: {
            BudgetName: b.name,
            BudgetLimit: { Amount: b.monthlyUsd.toFixed(1), Unit: 'USD' },
            BudgetType: 'COST',
            TimeUnit: 'MONTHLY',
            CalculatedSpend: {
              ActualSpend: { Amount: String(b.actualUsd), Unit: 'USD' },
              ForecastedSpend: { Amount: String(b.forecastUsd), Unit: 'USD' },
            },
          },
        };
      }
      case 'DescribeNotificationsForBudget': {
        const b = fake.budgets.get(name);
        if (!b) throw new WireError('NotFoundException', `${name} not found`);
        return {
          Notifications: b.alerts.map((a) => ({
            NotificationType: a.kind,
            ComparisonOperator: a.comparison ?? 'GREATER_THAN',
            Threshold: a.percent,
            ThresholdType: a.thresholdType ?? 'PERCENTAGE',
            NotificationState: 'OK',
          })),
        };
      }
      case 'DescribeSubscribersForNotification': {
        const n = input.Notification!;
        const alert = fake.budgets
          .get(name)
          ?.alerts.find((a) => a.kind === n.NotificationType && a.percent === n.Threshold);
        if (!alert) throw new WireError('NotFoundException', 'notification not found');
        return { Subscribers: alert.emails.map((Address) => ({ SubscriptionType: 'EMAIL', Address })) };
      }
      case 'CreateBudget':
        await api.create({
          name: input.Budget!.BudgetName,
          monthlyUsd: Number(input.Budget!.BudgetLimit?.Amount),
          alerts: (input.NotificationsWithSubscribers ?? []).map((n) => alertOf(n.Notification, n.Subscribers)),
        });
        return {};
      case 'UpdateBudget':
        await api.updateLimit({
          name: input.NewBudget!.BudgetName,
          monthlyUsd: Number(input.NewBudget!.BudgetLimit?.Amount),
          alerts: [],
        });
        return {};
      case 'CreateNotification':
        await api.addAlert(name, alertOf(input.Notification!, input.Subscribers));
        return {};
      case 'DeleteNotification':
        await api.removeAlert(name, alertOf(input.Notification!));
        return {};
      case 'DeleteBudget':
        await api.delete(name);
        return {};
      default:
        throw new WireError('UnknownOperationException', action);
    }
  } catch (error) {
    if (error instanceof WireError) throw error;
    thrown(error);
  }
}
