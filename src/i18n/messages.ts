import { en } from './en.js';
import { ja } from './ja.js';
import type { Lang } from './lang.js';
import type { MessageKey } from './message-key.js';

export type MessageParams = Readonly<Record<string, string | number>>;

export type { MessageKey };

export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, ja };

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Looks a message up and fills its {placeholders}. */
export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
