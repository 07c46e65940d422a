/** Typed access to the collections for pages (the Astro side of the content model). */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../schemas/common.ts';
import { guidePath, parseGuideId } from './urls.ts';

export type GuideEntry = CollectionEntry<'guides'>;
export type CarrierEntry = CollectionEntry<'carriers'>;
export type CountryEntry = CollectionEntry<'countries'>;
export type HubEntry = CollectionEntry<'hubs'>;
export type SituationEntry = CollectionEntry<'situations'>;

/** Readers' words and the site's word for each (content/search-words). */
export async function searchWords(): Promise<CollectionEntry<'searchWords'>[]> {
  return (await getCollection('searchWords')).sort((a, b) => a.id.localeCompare(b.id));
}

export async function situations(): Promise<SituationEntry[]> {
  return (await getCollection('situations')).sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** The situations a page answers, by its path after the language ("uk/leaving-uk/", "italy/"). */
export async function situationsAnswering(path: string): Promise<SituationEntry[]> {
  return (await situations()).filter((s) => s.data.href.split('#')[0] === path);
}

export async function countries(): Promise<CountryEntry[]> {
  return (await getCollection('countries')).sort(
    (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

export async function carriers(): Promise<CarrierEntry[]> {
  return (await getCollection('carriers')).sort((a, b) => a.id.localeCompare(b.id));
}

export async function guides(lang?: Locale): Promise<GuideEntry[]> {
  const all = await getCollection('guides', (g) => !g.data.draft);
  return all
    .filter((g) => !lang || parseGuideId(g.id).lang === lang)
    .sort((a, b) => a.id.localeCompare(b.id));
}

export const slugOf = (g: GuideEntry) => parseGuideId(g.id).slug;

/** The URL of a guide, in the language of its file. */
export function guideHref(g: GuideEntry): string {
  const { lang, country, slug } = parseGuideId(g.id);
  return guidePath(lang as Locale, country, slug);
}

export async function hub(lang: Locale, country: string): Promise<HubEntry | undefined> {
  return (await getCollection('hubs')).find((h) => h.id === `${lang}/${country}`);
}
