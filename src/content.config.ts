/**
 * The only file that touches `astro:content`. Schemas come from src/schemas/ so tests and
 * scripts validate with exactly the same rules; cross-entry rules (references, zh/en
 * pairs, step ids) run in src/integrations/content-guard.ts before the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { carrierSchema } from './schemas/carrier.ts';
import { countrySchema } from './schemas/country.ts';
import { guideSchema } from './schemas/guide.ts';
import { hubSchema } from './schemas/hub.ts';
import { situationSchema } from './schemas/situation.ts';
import { searchWordSchema } from './schemas/search-word.ts';
import { contentDir } from './config.ts';

const base = (d: string) => `./${contentDir()}/${d}`;

export const collections = {
  countries: defineCollection({
    loader: glob({ base: base('countries'), pattern: '*.{yaml,yml}' }),
    schema: countrySchema,
  }),
  carriers: defineCollection({
    loader: glob({ base: base('carriers'), pattern: '*.{yaml,yml}' }),
    schema: carrierSchema,
  }),
  guides: defineCollection({
    loader: glob({ base: base('guides'), pattern: '**/*.mdx' }),
    schema: guideSchema,
  }),
  situations: defineCollection({
    loader: glob({ base: base('situations'), pattern: '*.{yaml,yml}' }),
    schema: situationSchema,
  }),
  searchWords: defineCollection({
    loader: glob({ base: base('search-words'), pattern: '*.{yaml,yml}' }),
    schema: searchWordSchema,
  }),
  hubs: defineCollection({
    loader: glob({ base: base('hubs'), pattern: '**/*.mdx' }),
    schema: hubSchema,
  }),
};
