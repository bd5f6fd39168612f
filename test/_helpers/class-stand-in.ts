/**
 * The wire side of a class across accounts, added in front of the stand-in (startStandIn's `before` route): CloudFormation
 * StackSets actions over the query protocol (CloudFormation API Reference, each action's page, read 2026-12-07), STS
 * AssumeRole (STS API Reference, AssumeRole: Credentials AccessKeyId / SecretAccessKey / SessionToken / Expiration,
 * AssumedRoleUser; read 2026-12-07), and every request signed with credentials AssumeRole issued, served from that
 * member account's FakeAws and authorised against the reader role's policy (shared/class-contract.ts) the way IAM
 * evaluates it. Errors are the query protocol's ErrorResponse (CloudFormation, STS), JSON 1.1's __type (SageMaker) and
 * S3's XML Error, as each service answers.
 * - AssumeRole of the reader role succeeds only when the member's set-up instance succeeded with the class
 *   administrator parameter set, and the trust statement (classReaderTrust) allows the caller: principals of the
 *   administrator account with the class's external ID; anything else is AccessDenied ("User ... is not authorized to
 *   perform: sts:AssumeRole on resource ...", STS API Reference, Errors).
 * - Management-account StackSets calls are authorised against `teacherPolicy` (default: CLASS_TEACHER_STATEMENTS).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FakeAws } from './fake-aws.js';
import { FakeOrganization } from './organizations.js';
import { FakeStackSets, StackSetError, type OperationPreferences } from './stack-sets.js';
import { policyAllows } from './iam-policy.js';
import { CFN_NS, describeNotebookAnswer, esc, members } from './aws-stand-in.js';
import {
  CLASS_PARAMETERS,
  CLASS_SETUP_STACK_SET,
  CLASS_TEACHER_STATEMENTS,
  classReaderRoleArn,
  classReaderStatements,
  classReaderTrust,
} from '../../shared/class-contract.js';
import type { PolicyStatement } from '../../shared/policy-document.js';

const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/';

class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A whole class: the organization, its StackSets, the credentials AssumeRole gave out, and who the teacher is. */
export class ClassWorld {
  readonly org = new FakeOrganization();
  readonly stackSets = new FakeStackSets(this.org);
  /** Access key → the member account and role it acts as. */
  readonly sessions = new Map<string, { account: string; role: string }>();
  /** Access keys of principals in other accounts (an attacker's own account), by key → account. */
  readonly foreignKeys = new Map<string, string>();
  teacherPolicy: readonly PolicyStatement[] = CLASS_TEACHER_STATEMENTS;
  /** Every request this route answered: action, and the account it acted in. */
  readonly requests: { action: string; account: string }[] = [];
  /** Page size of StackSets list answers, small so the CLI must follow NextToken. */
  pageSize = 2;

  constructor(readonly management: FakeAws) {}

  /** A route for startStandIn: answers what belongs to the class and returns true, else false. */
  route = async (req: IncomingMessage, body: string, res: ServerResponse): Promise<boolean> => {
    const keyId = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const region = /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const session = this.sessions.get(keyId);
    const target = String(req.headers['x-amz-target'] ?? '');
    const form = !target && req.method === 'POST' && (req.url ?? '/') === '/' ? new URLSearchParams(body) : undefined;
    const action = form?.get('Action') ?? '';
    try {
      if (session) {
        await memberRead(this, session, region, req, body, target, form, res);
        return true;
      }
      if (action === 'AssumeRole') {
        this.requests.push({ action, account: this.callerAccount(keyId) });
        return (void this.assumeRole(keyId, form!, res), true);
      }
      if (!STACK_SET_ACTIONS.has(action)) return false;
      this.requests.push({ action, account: this.callerAccount(keyId) });
      const allowed = policyAllows(this.teacherPolicy, {
        action: `cloudformation:${action}`,
        resource: '*',
        context: { 'aws:PrincipalAccount': this.callerAccount(keyId) },
      });
      if (!allowed) throw new Refusal('AccessDenied', `not authorized to perform: cloudformation:${action}`, 403);
      await this.stackSets.tick();
      const result = await stackSetAction(this, action, form!, this.callerAccount(keyId));
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(
          `<${action}Response xmlns="${CFN_NS}"><${action}Result>${result}</${action}Result><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></${action}Response>`,
        );
      return true;
    } catch (error) {
      const e =
        error instanceof Refusal
          ? error
          : error instanceof StackSetError
            ? new Refusal(error.code, error.message, error.code.endsWith('NotFoundException') ? 404 : 400)
            : new Refusal('InternalFailure', String(error), 500);
      if (target) {
        res
          .writeHead(e.status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': e.code })
          .end(JSON.stringify({ __type: e.code, message: e.message }));
      } else if (form) {
        res
          .writeHead(e.status, { 'content-type': 'text/xml' })
          .end(
            `<ErrorResponse xmlns="${CFN_NS}"><Error><Type>Sender</Type><Code>${e.code}</Code><Message>${esc(e.message)}</Message></Error><RequestId>req-1</RequestId></ErrorResponse>`,
          );
      } else if (req.method === 'HEAD') {
        res.writeHead(e.status).end();
      } else {
        res
          .writeHead(e.status, { 'content-type': 'application/xml' })
          .end(`<Error><Code>${e.code}</Code><Message>${esc(e.message)}</Message></Error>`);
      }
      return true;
    }
  };

  /** The account a key belongs to: an assumed session's, a foreign principal's, else the management account. */
  private callerAccount(keyId: string): string {
    return this.sessions.get(keyId)?.account ?? this.foreignKeys.get(keyId) ?? this.org.managementAccount;
  }

  private assumeRole(keyId: string, form: URLSearchParams, res: ServerResponse): void {
    const roleArn = form.get('RoleArn') ?? '';
    const account = /^arn:aws:iam::(\d{12}):role\//.exec(roleArn)?.[1] ?? '';
    const setup = this.stackSets.instance(CLASS_SETUP_STACK_SET, account);
    const set = this.stackSets.sets.get(CLASS_SETUP_STACK_SET);
    const parameters = { ...set?.parameters, ...setup?.overrides };
    const admin = parameters[CLASS_PARAMETERS.administratorAccountId] ?? '';
    const exists = roleArn === classReaderRoleArn(account) && setup?.detailed === 'SUCCEEDED' && admin !== '';
    const caller = this.callerAccount(keyId);
    const trusted =
      exists &&
      policyAllows([classReaderTrust(admin, parameters[CLASS_PARAMETERS.readerExternalId] ?? '')], {
        action: 'sts:AssumeRole',
        resource: '*',
        context: {
          'aws:PrincipalAccount': caller,
          ...(form.get('ExternalId') ? { 'sts:ExternalId': form.get('ExternalId')! } : {}),
        },
      });
    if (!trusted)
      throw new Refusal(
        'AccessDenied',
        `User: arn:aws:iam::${caller}:user/teacher is not authorized to perform: sts:AssumeRole on resource: ${roleArn}`,
        403,
      );
    const accessKey = `ASIACLASS${account}${this.sessions.size}`;
    this.sessions.set(accessKey, { account, role: roleArn });
    res
      .writeHead(200, { 'content-type': 'text/xml' })
      .end(
        `<AssumeRoleResponse xmlns="${STS_NS}"><AssumeRoleResult><Credentials><AccessKeyId>${accessKey}</AccessKeyId><SecretAccessKey>secret</SecretAccessKey><SessionToken>token-${accessKey}</SessionToken><Expiration>2099-01-01T00:00:00Z</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${account}:assumed-role/smnb-class-reader/${esc(form.get('RoleSessionName'))}</Arn><AssumedRoleId>AROA${account}:s</AssumedRoleId></AssumedRoleUser></AssumeRoleResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></AssumeRoleResponse>`,
      );
  }

  /** A new member account in an OU (AutoDeployment sees it join). */
  join(account: string, ou: string): FakeAws {
    return this.org.join(account, ou);
  }
}

const STACK_SET_ACTIONS = new Set([
  'CreateStackSet',
  'UpdateStackSet',
  'DescribeStackSet',
  'DeleteStackSet',
  'CreateStackInstances',
  'DeleteStackInstances',
  'DescribeStackSetOperation',
  'ListStackSetOperationResults',
  'ListStackInstances',
]);

/** Query-protocol lists: `Name.member.N` (and `Name.member.N.Field`). */
function list(form: URLSearchParams, name: string): string[] {
  const out: string[] = [];
  for (let i = 1; form.has(`${name}.member.${i}`); i++) out.push(form.get(`${name}.member.${i}`)!);
  return out;
}
function parameters(form: URLSearchParams, name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; form.has(`${name}.member.${i}.ParameterKey`); i++)
    out[form.get(`${name}.member.${i}.ParameterKey`)!] = form.get(`${name}.member.${i}.ParameterValue`) ?? '';
  return out;
}
function preferences(form: URLSearchParams): OperationPreferences {
  const n = (k: string) =>
    form.has(`OperationPreferences.${k}`) ? Number(form.get(`OperationPreferences.${k}`)) : undefined;
  return {
    maxConcurrent: n('MaxConcurrentCount'),
    tolerance: n('FailureToleranceCount'),
    soft: form.get('OperationPreferences.ConcurrencyMode') === 'SOFT_FAILURE_TOLERANCE',
  };
}
function paged<T>(all: T[], token: string | null, size: number): { items: T[]; next?: string } {
  const start = token ? Number(token) : 0;
  if (!Number.isInteger(start) || start < 0 || start > all.length)
    throw new Refusal('ValidationError', 'Invalid NextToken');
  return { items: all.slice(start, start + size), next: start + size < all.length ? String(start + size) : undefined };
}

async function stackSetAction(
  world: ClassWorld,
  action: string,
  form: URLSearchParams,
  caller: string,
): Promise<string> {
  const sets = world.stackSets;
  const name = form.get('StackSetName') ?? '';
  // CallAs DELEGATED_ADMIN is for a registered delegated administrator only (API_CreateStackSet, CallAs).
  if (form.get('CallAs') === 'DELEGATED_ADMIN' && !world.org.delegatedAdministrators.has(caller))
    throw new Refusal('ValidationError', 'Account used is not a delegated administrator');
  switch (action) {
    case 'CreateStackSet': {
      const id = sets.create({
        name,
        templateBody: form.get('TemplateBody') ?? '',
        parameters: parameters(form, 'Parameters'),
        permissionModel: form.get('PermissionModel') ?? 'SELF_MANAGED',
        autoDeployment: {
          enabled: form.get('AutoDeployment.Enabled') === 'true',
          retain: form.get('AutoDeployment.RetainStacksOnAccountRemoval') === 'true',
        },
        managedExecution: form.get('ManagedExecution.Active') === 'true',
      });
      return `<StackSetId>${esc(id)}</StackSetId>`;
    }
    case 'UpdateStackSet':
      return `<OperationId>${sets.update(name, { templateBody: form.get('TemplateBody') ?? undefined, parameters: parameters(form, 'Parameters') }, preferences(form))}</OperationId>`;
    case 'DescribeStackSet': {
      const s = sets.get(name);
      return (
        `<StackSet><StackSetName>${esc(s.name)}</StackSetName><StackSetId>${esc(s.id)}</StackSetId><Status>ACTIVE</Status>` +
        `<PermissionModel>${s.permissionModel}</PermissionModel><AutoDeployment><Enabled>${s.autoDeployment.enabled}</Enabled><RetainStacksOnAccountRemoval>${s.autoDeployment.retain}</RetainStacksOnAccountRemoval></AutoDeployment>` +
        `<Parameters>${members(Object.entries(s.parameters).map(([k, v]) => `<ParameterKey>${esc(k)}</ParameterKey><ParameterValue>${esc(v)}</ParameterValue>`))}</Parameters>` +
        `<OrganizationalUnitIds>${members([...s.targetOus])}</OrganizationalUnitIds></StackSet>`
      );
    }
    case 'DeleteStackSet':
      sets.deleteSet(name);
      return '';
    case 'CreateStackInstances':
      return `<OperationId>${sets.createInstances(name, {
        ous: list(form, 'DeploymentTargets.OrganizationalUnitIds'),
        accounts: list(form, 'DeploymentTargets.Accounts'),
        filter: form.get('DeploymentTargets.AccountFilterType') ?? undefined,
        regions: list(form, 'Regions'),
        overrides: parameters(form, 'ParameterOverrides'),
        prefs: preferences(form),
      })}</OperationId>`;
    case 'DeleteStackInstances':
      return `<OperationId>${sets.deleteInstances(
        name,
        {
          ous: list(form, 'DeploymentTargets.OrganizationalUnitIds'),
          accounts: list(form, 'DeploymentTargets.Accounts'),
          filter: form.get('DeploymentTargets.AccountFilterType') ?? undefined,
          regions: list(form, 'Regions'),
          retain: form.get('RetainStacks') === 'true',
        },
        preferences(form),
      )}</OperationId>`;
    case 'DescribeStackSetOperation': {
      const op = sets.get(name).operations.find((o) => o.id === form.get('OperationId'));
      if (!op) throw new Refusal('OperationNotFoundException', `operation ${form.get('OperationId')} not found`, 404);
      return `<StackSetOperation><OperationId>${op.id}</OperationId><Action>${op.action}</Action><Status>${op.status}</Status></StackSetOperation>`;
    }
    case 'ListStackSetOperationResults': {
      const op = sets.get(name).operations.find((o) => o.id === form.get('OperationId'));
      if (!op) throw new Refusal('OperationNotFoundException', `operation ${form.get('OperationId')} not found`, 404);
      const { items, next } = paged(op.items, form.get('NextToken'), world.pageSize);
      return (
        (next ? `<NextToken>${next}</NextToken>` : '') +
        `<Summaries>${members(
          items.map(
            (i) =>
              `<Account>${i.account}</Account><Region>${i.region}</Region><Status>${i.status}</Status><OrganizationalUnitId>${i.ou}</OrganizationalUnitId>` +
              (i.reason ? `<StatusReason>${esc(i.reason)}</StatusReason>` : ''),
          ),
        )}</Summaries>`
      );
    }
    case 'ListStackInstances': {
      const all = [...sets.get(name).instances.values()].sort((a, b) => a.account.localeCompare(b.account));
      const { items, next } = paged(all, form.get('NextToken'), world.pageSize);
      return (
        (next ? `<NextToken>${next}</NextToken>` : '') +
        `<Summaries>${members(
          items.map((i) => {
            const stack = world.org.member(i.account)?.stacks;
            const live = stack && [...stack.values()].find((s) => s.name === i.stackName);
            const stackId = live ? `arn:aws:cloudformation:${i.region}:${i.account}:stack/${i.stackName}/1` : '';
            return (
              `<StackSetId>${esc(sets.get(name).id)}</StackSetId><Region>${i.region}</Region><Account>${i.account}</Account>` +
              (stackId ? `<StackId>${stackId}</StackId>` : '') +
              `<Status>${i.status}</Status><StackInstanceStatus><DetailedStatus>${i.detailed}</DetailedStatus></StackInstanceStatus>` +
              `<OrganizationalUnitId>${i.ou}</OrganizationalUnitId>` +
              (i.reason ? `<StatusReason>${esc(i.reason)}</StatusReason>` : '') +
              (i.lastOperationId ? `<LastOperationId>${i.lastOperationId}</LastOperationId>` : '')
            );
          }),
        )}</Summaries>`
      );
    }
    default:
      throw new Refusal('InvalidAction', action);
  }
}

/**
 * A request made with the reader role's credentials, in its member account: authorised against classReaderStatements
 * with the context IAM would see (s3:ResourceAccount, s3:prefix), then answered from that account's FakeAws.
 */
async function memberRead(
  world: ClassWorld,
  session: { account: string },
  region: string,
  req: IncomingMessage,
  body: string,
  target: string,
  form: URLSearchParams | undefined,
  res: ServerResponse,
): Promise<void> {
  const account = session.account;
  const fake = world.org.member(account)!;
  const policy = classReaderStatements(account);
  const authorise = (action: string, resource: string, context: Record<string, string> = {}) => {
    world.requests.push({ action, account });
    if (!policyAllows(policy, { action, resource, context: { 'aws:PrincipalAccount': account, ...context } }))
      throw new Refusal(
        target ? 'AccessDeniedException' : 'AccessDenied',
        `User: arn:aws:sts::${account}:assumed-role/smnb-class-reader/s is not authorized to perform: ${action} on resource: ${resource}`,
        403,
      );
  };
  if (target.startsWith('SageMaker.')) {
    const action = target.slice('SageMaker.'.length);
    const input = JSON.parse(body || '{}') as { NotebookInstanceName?: string; ResourceArn?: string };
    const name = input.NotebookInstanceName ?? '';
    authorise(
      `sagemaker:${action}`,
      action === 'ListNotebookInstances'
        ? '*'
        : (input.ResourceArn ?? `arn:aws:sagemaker:${region}:${account}:notebook-instance/${name.toLowerCase()}`),
    );
    let out: unknown;
    if (action === 'DescribeNotebookInstance') {
      const n = await fake.notebookApi.describe(name);
      if (!n) throw new Refusal('ValidationException', 'RecordNotFound');
      out = {
        ...describeNotebookAnswer(n),
        CreationTime: Date.parse('2026-12-01T09:00:00Z') / 1000,
        LastModifiedTime: (n.lastModifiedAt ?? new Date(fake.now())).getTime() / 1000,
      };
    } else if (action === 'ListNotebookInstances') {
      out = { NotebookInstances: (await fake.notebookApi.list()).map((n) => ({ NotebookInstanceName: n.name })) };
    } else out = {};
    res.writeHead(200, { 'content-type': 'application/x-amz-json-1.1' }).end(JSON.stringify(out));
    return;
  }
  if (form) {
    const action = form.get('Action') ?? '';
    const name = form.get('StackName') ?? '';
    const stackName = /:stack\/([^/]+)\//.exec(name)?.[1] ?? name;
    authorise(`cloudformation:${action}`, `arn:aws:cloudformation:${region}:${account}:stack/${stackName}/*`);
    if (action !== 'DescribeStacks') throw new Refusal('InvalidAction', action);
    const s = await fake.stackApi.describeStack(stackName);
    if (!s) throw new Refusal('ValidationError', `Stack with id ${name} does not exist`);
    const pairs = (o: Record<string, string>, k: string, v: string) =>
      members(Object.entries(o).map(([a, b]) => `<${k}>${esc(a)}</${k}><${v}>${esc(b)}</${v}>`));
    res
      .writeHead(200, { 'content-type': 'text/xml' })
      .end(
        `<DescribeStacksResponse xmlns="${CFN_NS}"><DescribeStacksResult><Stacks><member><StackName>${esc(s.name)}</StackName><StackId>${esc(name)}</StackId><StackStatus>${s.status}</StackStatus><CreationTime>2026-12-01T09:00:00Z</CreationTime>` +
          `<Outputs>${pairs(s.outputs, 'OutputKey', 'OutputValue')}</Outputs><Parameters>${pairs(s.parameters, 'ParameterKey', 'ParameterValue')}</Parameters></member></Stacks></DescribeStacksResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata></DescribeStacksResponse>`,
      );
    return;
  }
  // S3, path-style.
  const url = new URL(req.url ?? '/', 'http://stand-in');
  const [bucketName = '', ...rest] = url.pathname.slice(1).split('/');
  const key = decodeURIComponent(rest.join('/'));
  const bucket = fake.buckets.get(bucketName);
  const owner = bucket && bucket.owner === 'me' ? account : '999999999999';
  const listing = url.searchParams.has('list-type');
  const action =
    req.method === 'GET' && key
      ? 's3:GetObject'
      : listing
        ? 's3:ListBucket'
        : req.method === 'PUT' && key
          ? 's3:PutObject'
          : req.method === 'DELETE' && key
            ? 's3:DeleteObject'
            : `s3:${req.method}Bucket`;
  authorise(action, `arn:aws:s3:::${bucketName}${key ? `/${key}` : ''}`, {
    's3:ResourceAccount': owner,
    ...(listing ? { 's3:prefix': url.searchParams.get('prefix') ?? '' } : {}),
  });
  if (!bucket) throw new Refusal('NoSuchBucket', bucketName, 404);
  if (action === 's3:GetObject') {
    const object = bucket.objects.get(key);
    if (object === undefined) throw new Refusal('NoSuchKey', 'The specified key does not exist.', 404);
    res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(object);
    return;
  }
  if (action === 's3:ListBucket') {
    const prefix = url.searchParams.get('prefix') ?? '';
    const contents = [...bucket.objects.entries()]
      .filter(([k]) => k.startsWith(prefix))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `<Contents><Key>${esc(k)}</Key><Size>${Buffer.byteLength(v)}</Size></Contents>`)
      .join('');
    res
      .writeHead(200, { 'content-type': 'application/xml' })
      .end(
        `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${esc(bucketName)}</Name><Prefix>${esc(prefix)}</Prefix><KeyCount>${bucket.objects.size}</KeyCount><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`,
      );
    return;
  }
  throw new Refusal('NotImplemented', action, 501);
}
