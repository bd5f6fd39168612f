import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/args.js';
import { settingFlags, settingsFromFlags } from '../../src/commands/deploy-flags.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { UsageError } from '../../src/errors.js';
import { translator, type MessageKey } from '../../src/i18n/messages.js';
import { fleetKeys, parseFleetConfig } from '../../src/plan/fleet-config.js';
import { formatCommandHelp } from '../../src/render/help.js';
import {
  AL2023_UNSUPPORTED_FAMILIES,
  NOTEBOOK_INSTANCE_TYPES,
  NOTEBOOK_PLATFORM,
} from '../../shared/notebook-rules.js';
import { NOTEBOOK_SETTINGS, type NotebookSetting, type TemplateParameter } from '../../shared/notebook-settings.js';
import { TEMPLATE_PARAMETERS } from '../../shared/template-parameters.js';
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
  // A setting that exists only here: declared once, it must reach the flags, their parsing and the fleet file.
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

  it('a new setting flows to its flag, its parsing and its fleet key, with its rule', () => {
    const flags = settingFlags(settings);
    expect(flags.find((f) => f.name === 'gpu-sharing')).toMatchObject({
      type: 'number',
      default: 2,
      descKey: 'setting.GpuSharing',
    });
    const args = parseArgs('deploy', ['--gpu-sharing', '4'], flags);
    expect(settingsFromFlags(args, settings)).toEqual({ GpuSharing: '4' });
    expect(fleetKeys(settings)).toContain('gpuSharing');
    const fleet = parseFleetConfig('notebooks:\n  - name: a\n    gpuSharing: 3\n', 'f.yaml', settings);
    expect(fleet.notebooks[0]!.settings).toMatchObject({ GpuSharing: '3' });
    expect(() => parseFleetConfig('notebooks:\n  - name: a\n    gpuSharing: 9\n', 'f.yaml', settings)).toThrow(
      UsageError,
    );
  });

  it('a new setting without its ja/en text is found missing', () => {
    expect(missingSettingTexts(settings)).toEqual(['en: setting.GpuSharing', 'ja: setting.GpuSharing']);
  });

  it('every template parameter has its ja/en text', () => {
    expect(missingSettingTexts(TEMPLATE_PARAMETERS)).toEqual([]);
  });

  it.each(['plan', 'deploy'])('smnb %s --help lists every setting flag with its text and default', async (name) => {
    const command = await COMMANDS[name]!.load();
    const t = translator('en');
    const help = formatCommandHelp(command, t);
    for (const s of NOTEBOOK_SETTINGS.filter((s) => 'flag' in s)) {
      const { flag } = s as NotebookSetting;
      const text = t(`setting.${s.parameter}` as MessageKey);
      expect(help).toContain(`--${flag!.name} ${flag!.valueName}`);
      expect(help).toContain(text);
      expect(help).toContain(`${text} (default ${s.default})`);
    }
  });

  it.each(['simple-stack.yaml', 'main-stack.yaml', 'templates/sagemaker-notebook-stack.yaml'])(
    '%s declares every setting, exactly as declared',
    (path) => {
      const declared = (parse(read(path)) as { Parameters: Record<string, Record<string, unknown>> }).Parameters;
      for (const s of NOTEBOOK_SETTINGS) {
        expect(declared[s.parameter], `${path} ${s.parameter}`).toMatchObject({ Default: s.default, Type: s.type });
        expect(declared[s.parameter]!.Description).toBe(s.description);
        expect(declared[s.parameter]!.ConstraintDescription).toBe(s.constraintDescription);
      }
    },
  );
});

/** The settings whose text (flag help and README row) is missing from a catalogue, as `lang: key`. */
function missingSettingTexts(settings: readonly TemplateParameter[]): string[] {
  return (['en', 'ja'] as const).flatMap((lang) =>
    settings
      .map((s) => `setting.${s.parameter}`)
      .filter((key) => !(CATALOGUES[lang] as Record<string, string>)[key])
      .map((key) => `${lang}: ${key}`),
  );
}

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
