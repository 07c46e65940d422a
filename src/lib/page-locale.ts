import type { Locale } from '../schemas/common.ts';

/** The locale of a site path ("/en/japan/docomo/" → "en"); zh when there is none. */
export function localeOfPath(path: string): Locale {
  return path.startsWith('/en/') || path === '/en' ? 'en' : 'zh';
}
