import { localeInfo, type Locale } from '../i18n/locales.ts';

const formats = new Map<Locale, Intl.DateTimeFormat>();

/**
 * 2026-11-24 → "2026年11月24日" / "24 November 2026" (UTC, so builds are reproducible).
 * One formatter per language: creating an Intl.DateTimeFormat costs far more than using it,
 * and every source of every guide shows a date.
 */
export function formatDate(d: Date, lang: Locale): string {
  let f = formats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(localeInfo(lang).dateLocale, {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    formats.set(lang, f);
  }
  return f.format(d);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** Guides whose facts were last checked more than a year before the build carry a warning. */
export const STALE_AFTER_MONTHS = 12;

export function isOutdated(lastVerified: Date, now: Date, months = STALE_AFTER_MONTHS): boolean {
  const limit = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, now.getUTCDate()),
  );
  return lastVerified.getTime() < limit.getTime();
}
