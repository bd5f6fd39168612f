export type Lang = 'ja' | 'en';

/** --lang wins; else LC_ALL, LC_MESSAGES, LANG (POSIX order); Japanese locales give ja, everything else en. */
export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'ja' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}
