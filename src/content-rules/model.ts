/**
 * Turns the raw content folder into the model the rules read. Schema validation happens
 * here (each zod issue becomes a problem naming the file and field); entries that fail
 * their schema are left out of the model so later rules do not pile on.
 */
import type { z } from 'astro/zod';
import { carrierSchema } from '../schemas/carrier.ts';
import { countrySchema } from '../schemas/country.ts';
import { guideSchema } from '../schemas/guide.ts';
import { hubSchema } from '../schemas/hub.ts';
import { searchWordSchema } from '../schemas/search-word.ts';
import { situationSchema } from '../schemas/situation.ts';
import { isLocale } from '../i18n/locales.ts';
import { extractAnchors } from '../lib/mdx-structure.ts';
import type { RawContent, RawFile } from './read.ts';
import type { ContentModel, Page, Report } from './types.ts';

function pathOf(path: PropertyKey[]): string {
  return (
    path.reduce<string>(
      (acc, k) =>
        typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k),
      '',
    ) || '(file)'
  );
}

function validate<S extends z.ZodType>(
  schema: S,
  f: RawFile,
  report: Report,
): z.infer<S> | undefined {
  if (f.parseError) {
    report(f, '(file)', f.parseError);
    return undefined;
  }
  const data = f.data === null || typeof f.data !== 'object' || Array.isArray(f.data) ? {} : f.data;
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  for (const issue of r.error.issues) report(f, pathOf(issue.path), issue.message);
  return undefined;
}

export function buildModel(raw: RawContent, report: Report): ContentModel {
  const model: ContentModel = {
    raw,
    countries: new Map(),
    carriers: new Map(),
    pages: [],
    situations: new Map(),
  };
  for (const f of raw.countries) {
    const data = validate(countrySchema, f, report);
    if (data) model.countries.set(f.id, { file: f, data });
  }
  for (const f of raw.carriers) {
    const data = validate(carrierSchema, f, report);
    if (data) model.carriers.set(f.id, { file: f, data });
  }
  for (const f of raw.situations ?? []) {
    const data = validate(situationSchema, f, report);
    if (data) model.situations.set(f.id, { file: f, data });
  }
  for (const f of raw.searchWords ?? []) validate(searchWordSchema, f, report);
  for (const f of raw.guides) {
    const [lang, country, ...slug] = f.id.split('/');
    if (!isLocale(lang) || !country || slug.length !== 1) {
      report(
        f,
        '(path)',
        'guides live at content/guides/<locale>/<country>/<slug>.mdx: move this file',
      );
      continue;
    }
    const guide = validate(guideSchema, f, report);
    if (guide)
      model.pages.push(
        page(f, 'guides', lang, `${country}/${slug[0]}`, guide.country, {
          guide,
          sources: guide.sources,
        }),
      );
  }
  for (const f of raw.hubs) {
    const [lang, country, ...rest] = f.id.split('/');
    if (!isLocale(lang) || !country || rest.length) {
      report(
        f,
        '(path)',
        'country hubs live at content/hubs/<locale>/<country>.mdx: move this file',
      );
      continue;
    }
    const hub = validate(hubSchema, f, report);
    if (hub)
      model.pages.push(page(f, 'hubs', lang, country, country, { hub, sources: hub.sources }));
  }
  return model;
}

function page(
  file: RawFile,
  collection: Page['collection'],
  lang: Page['lang'],
  key: string,
  country: string,
  rest: Pick<Page, 'guide' | 'hub' | 'sources'>,
): Page {
  return { file, collection, lang, key, country, anchors: extractAnchors(file.body), ...rest };
}
