/** content/hubs/<lang>/<country>.mdx frontmatter: the country's rules, shown on /{lang}/{country}/. */
import { z } from 'astro/zod';
import { pastDate } from './common.ts';
import { sourceSchema } from './source.ts';

export const hubSchema = z.object({
  title: z.string({ error: 'add a title' }).min(1),
  description: z
    .string({ error: 'add a description (at most 160 characters)' })
    .min(1)
    .max(160, { error: 'shorten the description to at most 160 characters' }),
  lastVerified: pastDate('lastVerified'),
  sources: z
    .array(sourceSchema, { error: 'add a sources list' })
    .min(1, { error: 'add at least one source in sources' }),
});

export type Hub = z.infer<typeof hubSchema>;
