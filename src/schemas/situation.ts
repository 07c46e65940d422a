/** content/situations/<id>.yaml: a reader's situation on the home page ("leaving Japan"), pointing at the page that answers it. */
import { z } from 'astro/zod';
import { idSchema, perLocale } from './common.ts';

export const situationSchema = z.object({
  title: perLocale('title'),
  text: perLocale('text'),
  /** Site path after the language, e.g. "japan/leaving-japan/" or "japan/#cancel-or-port". */
  href: z
    .string({ error: 'give href, the page after the language, e.g. "japan/leaving-japan/"' })
    .regex(/^[a-z0-9-]+(?:\/[a-z0-9-]+)*\/(?:#[a-z0-9-]+)?$/, {
      error:
        'href is a site path without the language, ending in "/", e.g. "japan/leaving-japan/" (an #anchor may follow)',
    }),
  /** The country it is about, if any (the home page groups by it). */
  country: idSchema('country', 'japan').optional(),
  order: z.number().int().default(100),
  /**
   * How readers ask for it, in any language: each entry is a word or a few words that must all
   * appear ("回国 账单"). A query that has one puts this page first in search.
   */
  keywords: z.array(z.string().min(1)).default([]),
});

export type Situation = z.infer<typeof situationSchema>;
