import type { FlagSpec, ParsedArgs } from '../args.js';
import type { MessageKey } from '../i18n/messages.js';
import type { DeployRequest } from '../plan/deploy-options.js';
import { NOTEBOOK_SETTINGS, type NotebookSetting } from '../../shared/notebook-settings.js';
import { AWS_FLAGS } from './aws-flags.js';
import { checkRegion, DEFAULT_REGION } from '../aws/region-name.js';

/** The flags of the notebook settings that have one, with their defaults for help. */
export function settingFlags(settings: readonly NotebookSetting[] = NOTEBOOK_SETTINGS): FlagSpec[] {
  return settings.flatMap((s) =>
    s.flag
      ? [
          {
            name: s.flag.name,
            type: s.type === 'Number' ? ('number' as const) : ('string' as const),
            descKey: `setting.${s.parameter}` as MessageKey,
            valueName: s.flag.valueName,
            default: s.default,
          },
        ]
      : [],
  );
}

/** Flags shared by plan and deploy, so both describe the same stack. */
export const DEPLOY_FLAGS: readonly FlagSpec[] = [
  ...settingFlags(),
  { name: 'stack-name', type: 'string', descKey: 'flag.stackName', valueName: 'STACK' },
  { name: 'param', type: 'list', descKey: 'flag.param', valueName: 'KEY=VALUE' },
  { name: 'nested', type: 'boolean', descKey: 'flag.nested' },
  ...AWS_FLAGS,
];

/** Some of the deploy flags, for commands that describe the same notebook (doctor, cost). */
export function deployFlags(...names: string[]): FlagSpec[] {
  return DEPLOY_FLAGS.filter((f) => names.includes(f.name));
}

/** The settings given as flags, by parameter name. */
export function settingsFromFlags(
  args: ParsedArgs,
  settings: readonly NotebookSetting[] = NOTEBOOK_SETTINGS,
): Record<string, string> {
  const given: Record<string, string> = {};
  for (const s of settings) {
    const value = s.flag ? args.flags[s.flag.name] : undefined;
    if (value !== undefined) given[s.parameter] = String(value);
  }
  return given;
}

export function deployRequest(args: ParsedArgs): DeployRequest {
  const f = args.flags;
  return {
    settings: settingsFromFlags(args),
    stackName: f['stack-name'] as string | undefined,
    params: f.param as string[] | undefined,
    nested: f.nested === true,
  };
}

/** The region without asking AWS: --region, AWS_REGION, AWS_DEFAULT_REGION, else the guide's Tokyo. */
export function offlineRegion(flag: unknown, env: NodeJS.ProcessEnv): string {
  return checkRegion((typeof flag === 'string' && flag) || env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_REGION);
}
