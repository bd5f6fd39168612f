import type { FlagSpec, ParsedArgs } from '../args.js';
import type { DeployRequest } from '../plan/deploy-options.js';
import { AWS_FLAGS } from './aws-flags.js';

/** Flags shared by plan and deploy, so both describe the same stack. */
export const DEPLOY_FLAGS: readonly FlagSpec[] = [
  { name: 'name', type: 'string', descKey: 'flag.name', valueName: 'NAME' },
  { name: 'stack-name', type: 'string', descKey: 'flag.stackName', valueName: 'STACK' },
  { name: 'instance-type', type: 'string', descKey: 'flag.instanceType', valueName: 'TYPE' },
  { name: 'volume-size', type: 'number', descKey: 'flag.volumeSize', valueName: 'GB' },
  { name: 'idle-timeout', type: 'number', descKey: 'flag.idleTimeout', valueName: 'MIN' },
  { name: 'param', type: 'list', descKey: 'flag.param', valueName: 'KEY=VALUE' },
  { name: 'nested', type: 'boolean', descKey: 'flag.nested' },
  ...AWS_FLAGS,
];

/** Some of the deploy flags, for commands that describe the same notebook (doctor, cost). */
export function deployFlags(...names: string[]): FlagSpec[] {
  return DEPLOY_FLAGS.filter((f) => names.includes(f.name));
}

export function deployRequest(args: ParsedArgs): DeployRequest {
  const f = args.flags;
  return {
    name: f.name as string | undefined,
    stackName: f['stack-name'] as string | undefined,
    instanceType: f['instance-type'] as string | undefined,
    volumeSize: f['volume-size'] as number | undefined,
    idleTimeout: f['idle-timeout'] as number | undefined,
    params: f.param as string[] | undefined,
    nested: f.nested === true,
  };
}

/** The region without asking AWS: --region, AWS_REGION, AWS_DEFAULT_REGION, else the guide's Tokyo. */
export function offlineRegion(flag: unknown, env: NodeJS.ProcessEnv): string {
  return (typeof flag === 'string' && flag) || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'ap-northeast-1';
}
