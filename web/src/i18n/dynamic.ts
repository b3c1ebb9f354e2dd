import type { i18n as I18n } from 'i18next';

/**
 * A text whose key comes from the server (a next action, an audit event). Known keys are translated; a key a
 * newer server sends before the web app knows it falls back to the given text rather than a raw key.
 */
export const translateDynamic = (
  i18n: I18n,
  key: string,
  fallback: string,
  options: Record<string, unknown> = {},
): string => {
  const t = i18n.t as unknown as (key: string, options?: Record<string, unknown>) => string;
  return i18n.exists(key, options) ? t(key, options) : fallback;
};
