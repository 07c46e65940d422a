import type { Locale } from '../schemas/common.ts';

/** 2026-11-24 → "2026年11月24日" / "24 November 2026" (UTC, so builds are reproducible). */
export function formatDate(d: Date, lang: Locale): string {
  return new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(d);
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
