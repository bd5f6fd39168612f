import { ChecksFailedError, ConfigError, isAppError } from '../errors.js';
import type { Translate } from '../i18n/messages.js';

/** One place turns any error into text: the message, a hint, and with --debug the cause chain and stack. */
export function formatError(error: unknown, t: Translate, debug: boolean): string {
  const lines: string[] = [];
  if (isAppError(error)) {
    const params =
      error instanceof ChecksFailedError
        ? { checks: error.failed.map((c) => `${t(c.titleKey)} (${t(c.detailKey, c.params)})`).join('; ') }
        : error.params;
    lines.push(`${t('error.prefix')}: ${t(error.key, params)}`);
    if (error instanceof ConfigError) {
      for (const p of error.problems) lines.push(`  ${p.where}: ${t(p.key, p.params)}`);
    }
    if (error.hintKey) lines.push(`${t('error.hint')}: ${t(error.hintKey, error.params)}`);
  } else {
    lines.push(
      `${t('error.prefix')}: ${t('error.unexpected', { message: error instanceof Error ? error.message : String(error) })}`,
    );
  }
  if (debug) {
    for (let e: unknown = error; e; e = e instanceof Error ? e.cause : undefined) {
      if (e instanceof Error) lines.push(e.stack ?? String(e));
    }
  }
  return lines.join('\n');
}
