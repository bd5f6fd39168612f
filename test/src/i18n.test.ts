import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/i18n/lang.js';
import { CATALOGUES, translator } from '../../src/i18n/messages.js';

describe('messages', () => {
  it('Japanese and English have the same keys and the same placeholders', () => {
    expect(Object.keys(CATALOGUES.ja).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[]) {
      expect(holes(CATALOGUES.ja[key]), key).toEqual(holes(CATALOGUES.en[key]));
    }
  });

  it('every Japanese message is Japanese, but for a few language-neutral ones', () => {
    const neutral = [
      'cli.version',
      'diagram.cloud',
      'diagram.vpc',
      'deploy.changeLine',
      'status.url',
      'delete.done',
      'check.stuck.found',
      'batch.failedRow',
      // A resource of the set-up template: its type, logical ID and the template's own description.
      'setup.resource',
    ];
    const untranslated = Object.entries(CATALOGUES.ja)
      .filter(([key, text]) => !/[ぁ-んァ-ン一-龯]/.test(text) && !neutral.includes(key))
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it('fills placeholders', () => {
    expect(translator('en')('error.flagNeedsValue', { flag: '--name' })).toBe('Option --name needs a value.');
    expect(translator('ja')('error.flagNeedsValue', { flag: '--name' })).toBe('オプション --name には値が必要です。');
  });

  it.each([
    [undefined, { LANG: 'ja_JP.UTF-8' }, 'ja'],
    [undefined, { LC_ALL: 'en_US.UTF-8', LANG: 'ja_JP.UTF-8' }, 'en'],
    [undefined, { LC_ALL: 'ja_JP.UTF-8', LANG: 'C' }, 'ja'],
    [undefined, {}, 'en'],
    ['ja', { LANG: 'en_US.UTF-8' }, 'ja'],
  ])('--lang %s with %j -> %s', (flag, env, lang) => expect(detectLang(flag, env)).toBe(lang));
});
