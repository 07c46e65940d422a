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

// Every file of the content folder, once: each collection takes the files under its own folder.
const mdxFiles = import.meta.glob<MdxModule>('~content/{guides,hubs}/**/*.mdx', { eager: true });
const yamlFiles = import.meta.glob<string>(
  '~content/{countries,carriers,situations,search-words}/*.{yaml,yml}',
  { query: '?raw', import: 'default', eager: true },
);

/** The content check ran these schemas before the build; here they only apply defaults and transforms. */
const parser =
  <S extends z.ZodType>(schema: S) =>
  (data: unknown): z.output<S> =>
    schema.parse(data);
const folder = (name: string) => `${contentDir()}/${name}`;
const readText = (filePath: string) => readFileSync(join(process.cwd(), filePath), 'utf8');

/** Each collection is read once per build, on first use. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}
const all = {
  guides: once(() => mdxEntries(mdxFiles, folder('guides'), parser(guideSchema), readText)),
  hubs: once(() => mdxEntries(mdxFiles, folder('hubs'), parser(hubSchema), readText)),
  countries: once(() =>
    dataEntries(yamlFiles, folder('countries'), parser(countrySchema)).sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    ),
  ),
  carriers: once(() => dataEntries(yamlFiles, folder('carriers'), parser(carrierSchema))),
  situations: once(() =>
    dataEntries(yamlFiles, folder('situations'), parser(situationSchema)).sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    ),
  ),
  searchWords: once(() => dataEntries(yamlFiles, folder('search-words'), parser(searchWordSchema))),
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
