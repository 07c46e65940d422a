import { LOCALES, type Locale } from '../schemas/common.ts';

export const otherLocale = (l: Locale): Locale => (l === 'zh' ? 'en' : 'zh');
export const homePath = (l: Locale) => `/${l}/`;
export const countryPath = (l: Locale, country: string) => `/${l}/${country}/`;
export const guidePath = (l: Locale, country: string, slug: string) => `/${l}/${country}/${slug}/`;
export const carriersPath = (l: Locale) => `/${l}/carriers/`;
export const searchPath = (l: Locale) => `/${l}/search/`;

/** Splits a guide entry id "zh/japan/docomo" into its parts. */
export function parseGuideId(id: string): { lang: string; country: string; slug: string } {
  const [lang = '', country = '', ...rest] = id.split('/');
  return { lang, country, slug: rest.join('/') };
}

/** Swaps the language prefix of a site path, keeping the rest (and any #hash). */
export function switchLocalePath(path: string, to: Locale): string {
  return path.replace(/^\/(zh|en)(?=\/|$)/, `/${to}`);
}

export const isLocale = (s: string | undefined): s is Locale => (LOCALES as readonly string[]).includes(s ?? '');

/** The locale of a site path ("/en/japan/docomo/" → "en"); zh when there is none. */
export function localeOfPath(path: string): Locale {
  return path.startsWith('/en/') || path === '/en' ? 'en' : 'zh';
}
