import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../_helpers/aws-stand-in.js';
import { FakeAws } from '../_helpers/fake-aws.js';
import { runCli, standInEnv } from '../_helpers/run-cli.js';

let fake: FakeAws;
let standIn: StandIn;
let env: Record<string, string>;

beforeAll(async () => {
  fake = new FakeAws();
  standIn = await startStandIn(fake);
  env = standInEnv(standIn.url);
});
afterAll(() => standIn.close());

/** Malformed input is refused with exit 2, naming the value, and nothing reaches the stand-in. */
describe('malformed input never reaches AWS', () => {
  it.each([
    [['status', 'bad_name!'], '"bad_name!" cannot be a notebook or stack name'],
    [['status', '--region', 'foo bar'], '"foo bar" is not an AWS region'],
    [['status', '--region', 'x'.repeat(65_000)], 'is not an AWS region'],
    [['delete', '--match', 'a*', '--concurrency', '0'], '--concurrency 0 is not allowed'],
    [['delete', '--match', 'a*', '--concurrency', '-3'], '--concurrency -3 is not allowed'],
    [['deploy', '--name', 'a', '--name', 'b'], 'Option --name was given twice'],
    [['stop', '--wait', '--wait'], 'Option --wait was given twice'],
    [['plan', '--param', 'VpcCidr=banana'], 'Invalid VpcCidr "banana": expected an IPv4 CIDR block from /16 to /28'],
    [['deploy', '--param', 'VpcCidr=10.0.0.0/8'], 'Invalid VpcCidr "10.0.0.0/8"'],
    [['deploy', '--param', 'PublicSubnetCidr=10.9.0.0/24'], '"10.9.0.0/24" is not inside the VPC range 10.0.0.0/16'],
    [['deploy', '--nested', '--param', 'TemplatePrefix=no-slash'], 'Invalid TemplatePrefix "no-slash"'],
  ])('smnb %j', async (args, said) => {
    const before = standIn.requests.length;
    const r = await runCli([...args, '--lang', 'en'], env);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(said);
    expect(standIn.requests.length).toBe(before);
  });

  it('AWS_REGION of the wrong shape is refused too', async () => {
    const r = await runCli(['list', '--lang', 'en'], { ...env, AWS_REGION: 'tokyo' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"tokyo" is not an AWS region');
  });
});
