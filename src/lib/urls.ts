import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from '../i18n/locales.ts';

export { isLocale };
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
  const first = path.split('/')[1];
  return isLocale(first) ? `/${to}${path.slice(first.length + 1)}` : path;
}

/** The locale of a site path ("/en/japan/docomo/" → "en"); zh when there is none. */
export function localeOfPath(path: string): Locale {
  const first = path.split('/')[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}

/** getStaticPaths for pages that exist once per locale. */
export const localePaths = () => LOCALES.map((lang) => ({ params: { lang } }));
