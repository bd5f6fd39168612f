import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parameterProps } from '../../infra/constructs/notebook-parameters.js';
import { parseArgs } from '../../src/args.js';
import { settingFlags, settingsFromFlags } from '../../src/commands/deploy-flags.js';
import { translator } from '../../src/i18n/messages.js';
import { fleetKeys, parseFleetConfig } from '../../src/plan/fleet-config.js';
import { formatCommandHelp } from '../../src/render/help.js';
import {
  AL2023_UNSUPPORTED_FAMILIES,
  NOTEBOOK_INSTANCE_TYPES,
  NOTEBOOK_PLATFORM,
} from '../../shared/notebook-rules.js';
import { NOTEBOOK_SETTINGS, type NotebookSetting } from '../../shared/notebook-settings.js';
import { CATALOGUES } from '../../src/i18n/messages.js';

const TEMPLATES = [
  'simple-stack.yaml',
  'main-stack.yaml',
  'templates/vpc-stack.yaml',
  'templates/iam-role-stack.yaml',
  'templates/security-group-stack.yaml',
  'templates/custom-resource-stack.yaml',
  'templates/sagemaker-notebook-stack.yaml',
];
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('one declaration per notebook setting', () => {
  // A setting that exists only here: declared once, it must reach the template, the flags, help and the fleet file.
  const throwaway: NotebookSetting = {
    parameter: 'GpuSharing',
    type: 'Number',
    default: 2,
    description: 'How many users share one GPU.',
    minValue: 1,
    maxValue: 8,
    constraintDescription: '1 to 8.',
    flag: { name: 'gpu-sharing', valueName: 'N' },
    fleetKey: 'gpuSharing',
  };
  const settings = [...NOTEBOOK_SETTINGS, throwaway];

  it('a new setting flows to its template parameter, flag, help and fleet key', () => {
    expect(parameterProps(throwaway)).toMatchObject({ type: 'Number', default: 2, minValue: 1, maxValue: 8 });
    const flags = settingFlags(settings);
    expect(flags.find((f) => f.name === 'gpu-sharing')).toMatchObject({ type: 'number', default: 2 });
    const args = parseArgs('deploy', ['--gpu-sharing', '4'], flags);
    expect(settingsFromFlags(args, settings)).toEqual({ GpuSharing: '4' });
    const help = formatCommandHelp(
      {
        name: 'deploy',
        summaryKey: 'cmd.deploy.summary',
        usage: '',
        maxPositionals: 0,
        examples: [],
        flags,
        run: async () => ({ data: 0, text: '' }),
      },
      (key, params) => (key in CATALOGUES.en ? translator('en')(key, params) : key),
    );
    expect(help).toMatch(/--gpu-sharing N\s+setting\.GpuSharing \(default 2\)/);
    expect(fleetKeys(settings)).toContain('gpuSharing');
    const fleet = parseFleetConfig('notebooks:\n  - name: a\n    gpuSharing: 3\n', 'f.yaml', settings);
    expect(fleet.notebooks[0]!.settings).toMatchObject({ GpuSharing: '3' });
    expect(() => parseFleetConfig('notebooks:\n  - name: a\n    gpuSharing: 9\n', 'f.yaml', settings)).toThrow();
  });

  it('every flag of a setting has its ja/en text', () => {
    for (const f of settingFlags()) {
      expect(CATALOGUES.en[f.descKey], f.descKey).toBeTruthy();
      expect(CATALOGUES.ja[f.descKey], f.descKey).toBeTruthy();
    }
  });

  it('every template that declares a notebook setting declares it exactly as the setting says', () => {
    for (const path of TEMPLATES) {
      const declared = (parse(read(path)) as { Parameters?: Record<string, Record<string, unknown>> }).Parameters ?? {};
      for (const s of NOTEBOOK_SETTINGS) {
        if (!declared[s.parameter]) continue;
        expect(declared[s.parameter], `${path} ${s.parameter}`).toMatchObject({ Default: s.default, Type: s.type });
      }
    }
  });
});

describe("today's notebook platform", () => {
  it('offers no instance type that AL2023 notebooks refuse (nbi-al2023)', () => {
    const family = (type: string) => type.split('.').slice(0, 2).join('.');
    const refused = NOTEBOOK_INSTANCE_TYPES.filter((t) =>
      (AL2023_UNSUPPORTED_FAMILIES as readonly string[]).includes(family(t)),
    );
    expect(refused).toEqual([]);
    expect(family('ml.p3dn.24xlarge')).toBe('ml.p3dn');
  });

  it('every template creates AL2023 notebooks and none names an AL2 platform, not even as a choice', () => {
    for (const path of TEMPLATES) {
      const doc = parse(read(path)) as {
        Parameters?: Record<string, unknown>;
        Resources: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
      };
      for (const r of Object.values(doc.Resources).filter((r) => r.Type === 'AWS::SageMaker::NotebookInstance'))
        expect(r.Properties?.PlatformIdentifier, path).toBe(NOTEBOOK_PLATFORM);
      expect(read(path), path).not.toMatch(/notebook-al2-v\d|notebook-al1/);
    }
  });
});

describe('YAML that every tool reads the same', () => {
  it.each(TEMPLATES)('%s parses identically under YAML 1.1 and 1.2', (path) => {
    const text = read(path);
    expect(parse(text, { version: '1.1' })).toEqual(parse(text, { version: '1.2' }));
    expect(text).not.toMatch(/^[^#]*: \d{4}-\d{2}-\d{2}$/m);
  });
});
