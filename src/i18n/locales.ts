/**
 * The one table of site locales. Everything locale-specific (html lang, Open Graph, dates,
 * labels, the default for short URLs, the sitemap) reads it, so a third locale
 * (Traditional Chinese is next) is a new row plus a dictionary, not surgery.
 * Plain TS: schemas, scripts and tests import it without Vite.
 */
export const LOCALE_TABLE = {
  zh: { tag: 'zh-CN', og: 'zh_CN', dateLocale: 'zh-CN', label: '简体中文', dir: 'ltr' },
  en: { tag: 'en', og: 'en_GB', dateLocale: 'en-GB', label: 'English', dir: 'ltr' },
} as const satisfies Record<
  string,
  { tag: string; og: string; dateLocale: string; label: string; dir: 'ltr' | 'rtl' }
>;

export type Locale = keyof typeof LOCALE_TABLE;
export const LOCALES = Object.keys(LOCALE_TABLE) as Locale[];
/** Short URLs without a language (/japan/docomo/) and the language chooser's x-default go here. */
export const DEFAULT_LOCALE: Locale = 'zh';

export const localeInfo = (l: Locale) => LOCALE_TABLE[l];
export const isLocale = (s: string | undefined): s is Locale =>
  (LOCALES as readonly string[]).includes(s ?? '');
/** Every locale but `l`, in table order (the language links and the pair rule use these). */
export const otherLocales = (l: Locale): Locale[] => LOCALES.filter((x) => x !== l);
