import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it, vi } from 'vitest';
import { placesOf, WHERE_THINGS_GO } from '../../scripts/generated-docs.js';
import { type Content, scriptOf, subOf } from '../_helpers/notebook-root.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { CATALOGUES, translator, type MessageKey } from '../../src/i18n/messages.js';
import { formatMainHelp } from '../../src/render/help.js';
import type { NotebookSetting } from '../../shared/notebook-settings.js';
import { withoutBuiltinValidation } from '../_helpers/without-cdk-validation.js';

/** How a count is printed: places, and the files when the catalogue pair makes them differ. */
const report = (paths: readonly string[]) =>
  `${placesOf(paths).length} places (${paths.length} files: ${paths.join(', ')})`;
const guide = (id: string) => WHERE_THINGS_GO.find((item) => item.id === id)!;
const CATALOGUE_FILES = { en: 'src/i18n/en.ts', ja: 'src/i18n/ja.ts' } as const;

/** The message files that still lack a key, as the files a change must touch. */
const filesLacking = (key: string) =>
  (['en', 'ja'] as const)
    .filter((lang) => !(CATALOGUES[lang] as Record<string, string>)[key])
    .map((lang) => CATALOGUE_FILES[lang]);

describe('the "where things go" guide in docs/architecture.md counts what a change really touches', () => {
  it('a setting that becomes a notebook property: its declaration and its texts, measured by synthesizing', async () => {
    // No scalar notebook property is free, so the root-access setting is taken out and added back under a new name.
    const added: NotebookSetting = {
      parameter: 'ZzRootAccess',
      type: 'String',
      default: 'Disabled',
      description: 'Whether notebook users get root.',
      allowedValues: ['Disabled', 'Enabled'],
      constraintDescription: 'Disabled or Enabled.',
      flag: { name: 'zz-root-access', valueName: 'ON_OFF' },
      notebook: { property: 'rootAccess' },
    };
    const without = await synthesized({ drop: 'RootAccess' });
    expect(notebookProperties(without)).not.toHaveProperty('RootAccess');
    const patches = { 'shared/notebook-settings.ts': { drop: 'RootAccess', add: added } };
    const withIt = await synthesized(patches['shared/notebook-settings.ts']);
    expect(notebookProperties(withIt).RootAccess).toEqual({ Ref: 'ZzRootAccess' });
    expect(withIt.toJSON().Parameters).toHaveProperty('ZzRootAccess.AllowedValues', ['Disabled', 'Enabled']);
    const touched = [...Object.keys(patches), ...filesLacking(`setting.${added.parameter}`)];
    expect(guide('setting').paths).toEqual(touched);
    console.log(`a setting that becomes a notebook property: ${report(touched)}`);
    // Its declaration and its text (in both languages): nothing else to find or keep in step.
    expect(placesOf(touched)).toHaveLength(2);
  }, 180_000);

  it('a setting the lifecycle script reads: also the script line that uses it, measured by running the script', async () => {
    const added: NotebookSetting = {
      parameter: 'ZzGreeting',
      type: 'String',
      default: 'hello',
      description: 'What the notebook says when it starts.',
      constraintDescription: 'any text.',
      flag: { name: 'zz-greeting', valueName: 'TEXT' },
      notebook: { scriptVariable: 'SMNB_ZZ_GREETING' },
    };
    const line = 'echo "smnb greeting: $SMNB_ZZ_GREETING"';
    const patches = { 'shared/notebook-settings.ts': { add: added }, 'infra/constructs/idle-auto-stop/on-start.sh': line };
    const template = await synthesized({ add: added, scriptLine: line });
    const config = Object.values(template.findResources('AWS::SageMaker::NotebookInstanceLifecycleConfig'))[0] as {
      Properties: { OnStart: { Content: Content }[] };
    };
    const content = config.Properties.OnStart[0]!.Content;
    expect(subOf(content)![1].ZzGreeting).toEqual({ Ref: 'ZzGreeting' });
    const script = scriptOf(content, {
      ZzGreeting: 'konnichiwa',
      IdleTimeoutMinutes: '0',
      BackupIntervalMinutes: '0',
      DataBucketName: 'b',
    });
    const scratch = mkdtempSync(join(tmpdir(), 'smnb-where-'));
    writeFileSync(join(scratch, 'on-start.sh'), script);
    const out = execFileSync('bash', [join(scratch, 'on-start.sh')], {
      env: { PATH: '/usr/bin:/bin', SMNB_ROOT: scratch, SMNB_SYSTEMD_DIR: join(scratch, 'none') },
      encoding: 'utf8',
    });
    expect(out).toContain('smnb greeting: konnichiwa');
    const touched = [...Object.keys(patches), ...filesLacking(`setting.${added.parameter}`)];
    expect(guide('script-setting').paths).toEqual(touched);
    console.log(`a setting the lifecycle script reads: ${report(touched)}`);
    expect(placesOf(touched)).toHaveLength(3);
  }, 180_000);

  it('a new command: the registry, the two message files its summary needs, and its command, operation and renderer', () => {
    const commands = { ...COMMANDS, 'zz-new': { summaryKey: 'cmd.zz-new.summary' as MessageKey, load: COMMANDS.plan!.load } };
    const failing = (['en', 'ja'] as const).filter((lang) => {
      try {
        formatMainHelp(commands, translator(lang));
        return false;
      } catch {
        return true;
      }
    });
    expect(failing.map((lang) => CATALOGUE_FILES[lang])).toEqual(filesLacking('cmd.zz-new.summary'));
    expect(guide('command').paths).toEqual([
      'src/commands',
      'src/operations',
      'src/render',
      'src/commands/registry.ts',
      ...filesLacking('cmd.zz-new.summary'),
    ]);
  });

  it('every entry says how many places, and the architecture page shows it', async () => {
    const { generatedDocs } = await import('../../scripts/generated-docs.js');
    const page = (await generatedDocs())['docs/architecture.md']!;
    for (const item of WHERE_THINGS_GO) expect(page).toContain(`(${placesOf(item.paths).length} place`);
  });
});

/**
 * The templates synthesized with the settings declaration patched in memory (a setting dropped and/or added) and,
 * when given, a line added to the lifecycle script's source: the patch is the whole change, nothing else is edited.
 */
async function synthesized(patch: { drop?: string; add?: NotebookSetting; scriptLine?: string }): Promise<Template> {
  vi.resetModules();
  vi.doMock('../../shared/notebook-settings.js', async (original) => {
    const real = await original<typeof import('../../shared/notebook-settings.js')>();
    const settings = [
      ...real.NOTEBOOK_SETTINGS.filter((s) => s.parameter !== patch.drop),
      ...(patch.add ? [patch.add] : []),
    ];
    return { ...real, NOTEBOOK_SETTINGS: settings, NOTEBOOK_PARAMETERS: settings.map((s) => s.parameter) };
  });
  vi.doMock('node:fs', async (original) => {
    const real = await original<typeof import('node:fs')>();
    const readFileSync = ((path: Parameters<typeof real.readFileSync>[0], ...rest: [never]) => {
      const text = real.readFileSync(path, ...rest) as string | Buffer;
      return patch.scriptLine && String(path).endsWith('/on-start.sh')
        ? String(text).replace('\nmain\n', `\n${patch.scriptLine}\nmain\n`)
        : text;
    }) as typeof real.readFileSync;
    return { ...real, default: { ...real, readFileSync }, readFileSync };
  });
  try {
    const { App } = await import('aws-cdk-lib');
    const { SimpleStack } = await import('../../infra/stacks/simple-stack.js');
    return withoutBuiltinValidation(() => Template.fromStack(new SimpleStack(new App(), 'SimpleStack')));
  } finally {
    vi.doUnmock('../../shared/notebook-settings.js');
    vi.doUnmock('node:fs');
    vi.resetModules();
  }
}

/** The notebook instance's properties in a template. */
function notebookProperties(template: Template): Record<string, unknown> {
  const [notebook] = Object.values(template.findResources('AWS::SageMaker::NotebookInstance')) as {
    Properties: Record<string, unknown>;
  }[];
  return notebook!.Properties;
}
