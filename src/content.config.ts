/**
 * The only file that touches `astro:content`. Schemas come from src/schemas/ so tests and
 * scripts validate with exactly the same rules; cross-entry rules (references, zh/en
 * pairs, step ids) run in src/integrations/content-guard.ts; every loader waits for them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pendingCheck } from './content-rules/pending-check.ts';
import { carrierSchema } from './schemas/carrier.ts';
import { countrySchema } from './schemas/country.ts';
import { guideSchema } from './schemas/guide.ts';
import { hubSchema } from './schemas/hub.ts';
import { situationSchema } from './schemas/situation.ts';
import { searchWordSchema } from './schemas/search-word.ts';
import { contentDir } from './config.ts';

/** Files of one folder, read once this build's content check has passed. */
function checked(folder: string, pattern: string): ReturnType<typeof glob> {
  const loader = glob({ base: `./${contentDir()}/${folder}`, pattern });
  return {
    ...loader,
    load: async (context) => {
      await pendingCheck();
      return loader.load(context);
    },
  };
}

export const collections = {
  countries: defineCollection({
    loader: checked('countries', '*.{yaml,yml}'),
    schema: countrySchema,
  }),
  carriers: defineCollection({
    loader: checked('carriers', '*.{yaml,yml}'),
    schema: carrierSchema,
  }),
  guides: defineCollection({
    loader: checked('guides', '**/*.mdx'),
    schema: guideSchema,
  }),
  situations: defineCollection({
    loader: checked('situations', '*.{yaml,yml}'),
    schema: situationSchema,
  }),
  searchWords: defineCollection({
    loader: checked('search-words', '*.{yaml,yml}'),
    schema: searchWordSchema,
  }),
  hubs: defineCollection({
    loader: checked('hubs', '**/*.mdx'),
    schema: hubSchema,
  }),
};
