/**
 * content/search-words/<id>.yaml: the word the site uses for a concept (docs/zh-style.md) and
 * the words readers type for it. Search replaces a reader's word with the site's word before
 * Pagefind sees the query ("退订" → "解约", "苹果手机" → "iPhone").
 */
import { z } from 'astro/zod';

export const searchWordSchema = z.object({
  /** The site's word, exactly as guides write it: one term per concept. */
  site: z.string({ error: 'give site: the word the guides use, e.g. "解约"' }).min(1),
  /** What readers type instead, in any language; longer words win over shorter ones. */
  reader: z
    .array(z.string().min(1), { error: 'give reader: a list of the words readers type' })
    .min(1, { error: 'reader needs at least one word' }),
});

export type SearchWord = z.infer<typeof searchWordSchema>;
