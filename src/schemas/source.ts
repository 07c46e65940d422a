/** A cited source: every fact on the site points at one of these. */
import { z } from 'astro/zod';
import { httpsUrl, idSchema, pastDate } from './common.ts';

export const sourceSchema = z.object({
  /** Cited in prose as <Cite source="id" />; unique in the file. */
  id: idSchema('source', 'docomo-cancel-faq'),
  url: httpsUrl('the source url'),
  title: z
    .string({ error: 'give the source a title (the page title)' })
    .min(1, { error: 'the source title is empty' }),
  publisher: z.string({ error: 'name the publisher of the source (e.g. "NTT docomo")' }).min(1),
  accessed: pastDate('accessed'),
  official: z.boolean({
    error: "set official: true for the carrier/regulator's own page, false otherwise",
  }),
});

export type Source = z.infer<typeof sourceSchema>;
