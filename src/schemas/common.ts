/**
 * Building blocks shared by every content schema. Plain TS on `astro/zod` so that
 * Vitest and scripts can import it without Vite.
 */
import { z } from 'astro/zod';

import { LOCALES } from '../i18n/locales.ts';

export { LOCALES, type Locale } from '../i18n/locales.ts';

/** Lowercase ASCII kebab-case: used for country, carrier and step ids. */
export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Ids that would collide with fixed routes under `/{lang}/`. */
export const RESERVED_IDS: readonly string[] = ['carriers', 'search', 'pagefind', ...LOCALES];

export const idSchema = (what: string, example = 'rakuten-mobile') =>
  z.string({ error: `give the ${what} an id: a string such as "${example}"` }).regex(KEBAB, {
    error: `the ${what} id must be lowercase ASCII kebab-case, e.g. "${example}"`,
  });

export const httpsUrl = (what: string) =>
  z
    .string({ error: `give ${what} as a URL string` })
    .refine((v) => URL.canParse(v), {
      error: `${what} is not a valid URL: write the full address, e.g. https://example.com/page`,
    })
    .refine((v) => v.startsWith('https://'), {
      error: `use https:// for ${what} (plain http is not accepted)`,
    });

/** A calendar date (YAML `2026-11-24` or a string); rejects dates after `today`. */
export const pastDate = (what: string, today: () => Date = () => new Date()) =>
  z.coerce
    .date({ error: `${what} must be a date written as YYYY-MM-DD` })
    .refine((d) => d.getTime() <= endOfDay(today()), {
      error: `${what} is in the future: use the date the facts were actually checked (today or earlier)`,
    });

function endOfDay(d: Date): number {
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 23, 59, 59, 999);
}

export const localizedNames = (what: string) =>
  z.object(
    {
      zh: z
        .string({ error: `add the Chinese ${what} name as names.zh` })
        .min(1, { error: `names.zh of the ${what} is empty` }),
      en: z
        .string({ error: `add the English ${what} name as names.en` })
        .min(1, { error: `names.en of the ${what} is empty` }),
      native: z
        .string({ error: `add the ${what} name in its own language as names.native` })
        .min(1),
    },
    { error: `add names: { zh, en, native } for the ${what}` },
  );

/** A text in every site locale: { zh: "…", en: "…" }. */
export const perLocale = (what: string) =>
  z.object(
    Object.fromEntries(
      LOCALES.map((l) => [
        l,
        z.string({ error: `add the ${what} in ${l} as ${what}.${l}` }).min(1),
      ]),
    ) as Record<(typeof LOCALES)[number], z.ZodString>,
    {
      error: `give the ${what} in every language: { ${LOCALES.join(', ')} }`,
    },
  );
