import { describe, expect, it } from 'vitest';
import { DEPLOYER_STATEMENTS } from '../../shared/deployer-policy.js';
import { probeArn, simulationPrincipal, simulationRequests } from '../../src/checks/permission-simulation.js';

describe('asking IAM about the deployer policy', () => {
  it.each([
    ['arn:aws:iam::123456789012:user/learner', { kind: 'user', arn: 'arn:aws:iam::123456789012:user/learner' }],
    [
      'arn:aws:iam::123456789012:user/team/learner',
      { kind: 'user', arn: 'arn:aws:iam::123456789012:user/team/learner' },
    ],
    ['arn:aws:sts::123456789012:assumed-role/Learner/taro@example.com', { kind: 'role', name: 'Learner' }],
    ['arn:aws:iam::123456789012:root', { kind: 'root' }],
    ['arn:aws:sts::123456789012:federated-user/bob', { kind: 'unsupported' }],
    ['not an arn', { kind: 'unsupported' }],
  ])('reads the caller %s', (arn, expected) => {
    expect(simulationPrincipal(arn)).toEqual(expected);
  });

  it.each([
    ['arn:aws:iam::*:role/smnb/*', 'arn:aws:iam::123456789012:role/smnb/smnb-doctor-probe'],
    ['arn:aws:s3:::*', 'arn:aws:s3:::smnb-doctor-probe'],
    ['arn:aws:s3:::*-cfn-templates/*', 'arn:aws:s3:::smnb-doctor-probe-cfn-templates/smnb-doctor-probe'],
    [
      'arn:aws:sagemaker:*:*:notebook-instance/*',
      'arn:aws:sagemaker:ap-northeast-1:123456789012:notebook-instance/smnb-doctor-probe',
    ],
    ['arn:aws:logs:*:*:log-group:*', 'arn:aws:logs:ap-northeast-1:123456789012:log-group:smnb-doctor-probe'],
  ])('makes %s concrete', (pattern, arn) => {
    expect(probeArn(pattern, '123456789012', 'ap-northeast-1')).toBe(arn);
  });

  it('asks once per Allow statement, and once more per further value of a condition', () => {
    const requests = simulationRequests(DEPLOYER_STATEMENTS, '123456789012', 'ap-northeast-1');
    const allows = DEPLOYER_STATEMENTS.filter((s) => s.Effect === 'Allow').length;
    // Two services a role may be passed to, two services that may use a key.
    expect(requests).toHaveLength(allows + 2);
    const account = { 'aws:PrincipalAccount': '123456789012' };
    expect(requests.filter((r) => r.actions.includes('iam:PassRole')).map((r) => r.context)).toEqual([
      { ...account, 'iam:PassedToService': 'sagemaker.amazonaws.com' },
      { ...account, 'iam:PassedToService': 'lambda.amazonaws.com' },
    ]);
    expect(requests.find((r) => r.actions.includes('cloudformation:Describe*'))?.resourceArn).toBeUndefined();
    // A tag the policy requires gets a value; the boundary a role must carry is this account's.
    expect(requests.find((r) => r.actions.includes('ec2:CreateVpc'))?.context).toEqual({
      ...account,
      'aws:RequestTag/smnb:environment': 'smnb-doctor-probe',
    });
    expect(requests.find((r) => r.actions.includes('iam:CreateRole'))?.context).toEqual({
      ...account,
      'iam:PermissionsBoundary': 'arn:aws:iam::123456789012:policy/smnb-permissions-boundary',
    });
  });
});
