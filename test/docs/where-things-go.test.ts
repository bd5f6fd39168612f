import { describe, expect, it } from 'vitest';
import { WHERE_THINGS_GO } from '../../scripts/generated-docs.js';
import { COMMANDS } from '../../src/commands/registry.js';
import { CATALOGUES, translator, type MessageKey } from '../../src/i18n/messages.js';
import { formatMainHelp } from '../../src/render/help.js';
import type { NotebookSetting } from '../../shared/notebook-settings.js';

const guide = (id: string) => WHERE_THINGS_GO.find((item) => item.id === id)!;
const CATALOGUE_FILES = { en: 'src/i18n/en.ts', ja: 'src/i18n/ja.ts' } as const;

/** The message files that still lack a key, as the files a change must touch. */
const filesLacking = (key: string) =>
  (['en', 'ja'] as const)
    .filter((lang) => !(CATALOGUES[lang] as Record<string, string>)[key])
    .map((lang) => CATALOGUE_FILES[lang]);

describe('the "where things go" guide in docs/architecture.md counts what a change really touches', () => {
  it('a new setting: its declaration, and the two message files that fail without its text', () => {
    const throwaway: NotebookSetting = {
      parameter: 'GpuSharing',
      type: 'Number',
      default: 2,
      description: 'How many users share one GPU.',
      constraintDescription: '1 to 8.',
      flag: { name: 'gpu-sharing', valueName: 'N' },
    };
    const touched = ['shared/notebook-settings.ts', ...filesLacking(`setting.${throwaway.parameter}`)];
    expect(guide('setting').paths).toEqual(touched);
  });

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
    for (const item of WHERE_THINGS_GO) expect(page).toContain(`(${item.paths.length} place`);
  });
});
