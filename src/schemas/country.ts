/** content/countries/<id>.yaml */
import { z } from 'astro/zod';
import { httpsUrl, localizedNames, perLocale } from './common.ts';

export const countrySchema = z.object({
  names: localizedNames('country'),
  /** ISO 3166-1 alpha-2, absent for the pseudo-country `global`. */
  iso: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'iso must be a two-letter ISO 3166 code such as "JP"' })
    .optional(),
  regulator: z
    .object({
      name: z
        .string({
          error: 'name the regulator, e.g. "Ministry of Internal Affairs and Communications"',
        })
        .min(1),
      url: httpsUrl('the regulator url'),
    })
    .optional(),
  /** BCP 47 code of the local language (marks glossary terms with the right lang). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}$/, { error: 'language must be a BCP 47 code such as "ja"' })
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, { error: 'currency must be an ISO 4217 code such as "JPY"' })
    .optional(),
  /**
   * Words in the local language that readers meet on carrier sites and forms, with their
   * meaning; shown on every guide of the country (and indexed, so "disdetta" finds guides).
   */
  glossary: z
    .array(
      z.object(
        { term: z.string().min(1), zh: z.string().min(1), en: z.string().min(1) },
        { error: 'each glossary entry needs term, zh and en' },
      ),
    )
    .default([]),
  /**
   * "Show this to the staff": the few sentences a reader needs at a shop counter, in the
   * local language, with their meaning in each site language. Shown large on the country
   * page and linked from every guide's shop section.
   */
  counterPhrases: z
    .array(
      perLocale('meaning').extend({
        local: z.string({ error: 'write the sentence in the local language as local' }).min(1),
      }),
    )
    .default([]),
  /** Order on the home page. */
  order: z.number().int().default(100),
});

export type Country = z.infer<typeof countrySchema>;
