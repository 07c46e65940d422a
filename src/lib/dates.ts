import { localeInfo, type Locale } from '../i18n/locales.ts';

/** 2026-11-24 → "2026年11月24日" / "24 November 2026" (UTC, so builds are reproducible). */
export function formatDate(d: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(lang).dateLocale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(d);
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
