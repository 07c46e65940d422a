/**
 * Typed access to the content for pages (the Astro side of the content model). Vite compiles
 * the content folder's files as modules (`~content` is that folder, set in astro.config.ts);
 * src/lib/content-entries.ts turns them into entries. Nothing here touches Astro's content
 * layer (why: docs/build-speed.md).
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from '../config.ts';
import { carrierSchema, type Carrier } from '../schemas/carrier.ts';
import type { Locale } from '../schemas/common.ts';
import { countrySchema, type Country } from '../schemas/country.ts';
import { guideSchema, type Guide } from '../schemas/guide.ts';
import { hubSchema, type Hub } from '../schemas/hub.ts';
import { searchWordSchema, type SearchWord } from '../schemas/search-word.ts';
import { situationSchema, type Situation } from '../schemas/situation.ts';
import {
  dataEntries,
  mdxEntries,
  type DataEntry,
  type MdxEntry,
  type MdxModule,
} from './content-entries.ts';
import { guidePath, parseGuideId } from './urls.ts';

export type GuideEntry = MdxEntry<Guide>;
export type HubEntry = MdxEntry<Hub>;
export type CarrierEntry = DataEntry<Carrier>;
export type CountryEntry = DataEntry<Country>;
export type SituationEntry = DataEntry<Situation>;
export type SearchWordEntry = DataEntry<SearchWord>;

// import.meta.glob takes its options only as literals.
const modules = {
  guides: import.meta.glob<MdxModule>('~content/guides/**/*.mdx', { eager: true }),
  hubs: import.meta.glob<MdxModule>('~content/hubs/**/*.mdx', { eager: true }),
  countries: import.meta.glob<string>('~content/countries/*.{yaml,yml}', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  carriers: import.meta.glob<string>('~content/carriers/*.{yaml,yml}', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  situations: import.meta.glob<string>('~content/situations/*.{yaml,yml}', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  searchWords: import.meta.glob<string>('~content/search-words/*.{yaml,yml}', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
};

const parser =
  <S extends z.ZodType>(schema: S) =>
  (data: unknown): z.output<S> => {
    const r = schema.safeParse(data);
    if (r.success) return r.data;
    throw new Error(r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  };
const folder = (name: string) => `${contentDir()}/${name}`;
const readText = (filePath: string) => readFileSync(join(process.cwd(), filePath), 'utf8');

/** Each collection is read once per build, on first use. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}
const all = {
  guides: once(() => mdxEntries(modules.guides, folder('guides'), parser(guideSchema), readText)),
  hubs: once(() => mdxEntries(modules.hubs, folder('hubs'), parser(hubSchema), readText)),
  countries: once(() =>
    dataEntries(modules.countries, folder('countries'), parser(countrySchema)).sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    ),
  ),
  carriers: once(() => dataEntries(modules.carriers, folder('carriers'), parser(carrierSchema))),
  situations: once(() =>
    dataEntries(modules.situations, folder('situations'), parser(situationSchema)).sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    ),
  ),
  searchWords: once(() =>
    dataEntries(modules.searchWords, folder('search-words'), parser(searchWordSchema)),
  ),
};

/** Readers' words and the site's word for each (content/search-words), sorted by id. */
export async function searchWords(): Promise<SearchWordEntry[]> {
  return all.searchWords();
}

export async function situations(): Promise<SituationEntry[]> {
  return all.situations();
}

/** The situations a page answers, by its path after the language ("uk/leaving-uk/", "italy/"). */
export async function situationsAnswering(path: string): Promise<SituationEntry[]> {
  return (await situations()).filter((s) => s.data.href.split('#')[0] === path);
}

export async function countries(): Promise<CountryEntry[]> {
  return all.countries();
}

export async function carriers(): Promise<CarrierEntry[]> {
  return all.carriers();
}

/** Published guides (drafts left out), in one language or all, sorted by id. */
export async function guides(lang?: Locale): Promise<GuideEntry[]> {
  return all.guides().filter((g) => !g.data.draft && (!lang || parseGuideId(g.id).lang === lang));
}

export const slugOf = (g: GuideEntry) => parseGuideId(g.id).slug;

/** The URL of a guide, in the language of its file. */
export function guideHref(g: GuideEntry): string {
  const { lang, country, slug } = parseGuideId(g.id);
  return guidePath(lang as Locale, country, slug);
}

export async function hub(lang: Locale, country: string): Promise<HubEntry | undefined> {
  return all.hubs().find((h) => h.id === `${lang}/${country}`);
}
