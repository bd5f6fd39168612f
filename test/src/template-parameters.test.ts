import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parameterProps } from '../../infra/constructs/notebook-parameters.js';
import { cidrInside, parseCidr } from '../../shared/network-parameters.js';
import { checkParameters, parameterOf } from '../../shared/template-parameters.js';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const parametersOf = (path: string) =>
  (parse(read(path)) as { Parameters: Record<string, Record<string, unknown>> }).Parameters;

/** A CloudFormation parameter as CDK writes it: each property name capitalised, unset ones left out. */
const asTemplate = (props: object) =>
  Object.fromEntries(
    Object.entries(props)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k[0]!.toUpperCase() + k.slice(1), v]),
  );

describe('every parameter a user can set has one declaration with a rule', () => {
  // The two templates a user deploys; the child templates only pass on what their parent checked.
  it.each(['simple-stack.yaml', 'main-stack.yaml'])('%s declares nothing the CLI cannot check', (path) => {
    for (const [name, declared] of Object.entries(parametersOf(path))) {
      const declaration = parameterOf(name);
      expect(declaration, `${path}: ${name} has no declaration in shared/ (so the CLI cannot check it)`).toBeDefined();
      expect(declared, `${path} ${name}`).toEqual(asTemplate(parameterProps(declaration!)));
    }
  });
});

describe('network values are checked before sending, naming the value', () => {
  it.each([
    [{ VpcCidr: 'banana' }, 'constraint', 'banana'],
    [{ VpcCidr: '300.0.0.0/16' }, 'constraint', '300.0.0.0/16'],
    [{ VpcCidr: '10.0.0.0/29' }, 'constraint', '10.0.0.0/29'],
    [{ PublicSubnetCidr: '10.0.1.0' }, 'constraint', '10.0.1.0'],
    [{ PublicSubnetCidr: '10.1.0.0/24' }, 'subnet-outside-vpc', '10.1.0.0/24'],
    [{ VpcCidr: '192.168.0.0/16' }, 'subnet-outside-vpc', '10.0.1.0/24'],
    [{ VpcCidr: '10.0.0.0/24', PublicSubnetCidr: '10.0.0.0/16' }, 'subnet-outside-vpc', '10.0.0.0/16'],
    [{ AvailabilityZone: 'tokyo' }, 'constraint', 'tokyo'],
  ])('%j is refused (%s)', (values, rule, value) => {
    expect(checkParameters(values)).toMatchObject({ violation: { rule }, value });
  });

  it.each<Record<string, string>>([
    {},
    { VpcCidr: '10.0.0.0/16', PublicSubnetCidr: '10.0.255.0/24' },
    { VpcCidr: '172.16.0.0/20', PublicSubnetCidr: '172.16.0.0/20' },
    { AvailabilityZone: '' },
    { AvailabilityZone: 'ap-northeast-1a' },
  ])('%j is accepted', (values) => {
    expect(checkParameters(values)).toBe(undefined);
  });

  it('compares ranges as numbers, not as text', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({ base: 10 * 2 ** 24, bits: 16 });
    expect(cidrInside('10.0.128.0/17', '10.0.0.0/16')).toBe(true);
    expect(cidrInside('10.1.0.0/17', '10.0.0.0/16')).toBe(false);
    expect(cidrInside('10.0.0.0/16', '10.0.0.0/17')).toBe(false);
  });
});
