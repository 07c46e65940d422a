/**
 * All content rules in one pure function: schema validation with file + field + fix,
 * and the cross-entry rules zod cannot see (references, zh/en pairs, step ids, phones).
 * Runs before every build (src/integrations/content-guard.ts) and in unit tests.
 */
import type { z } from 'astro/zod';
import { carrierSchema, type Carrier, type Phone } from '../schemas/carrier.ts';
import { hubSchema } from '../schemas/hub.ts';
import { RESERVED_IDS } from '../schemas/common.ts';
import { countrySchema } from '../schemas/country.ts';
import { guideSchema } from '../schemas/guide.ts';
import { stepIdProblem } from '../schemas/step.ts';
import type { RawContent, RawFile } from './content-files.ts';
import { allFragments, extractAnchors, extractPhoneTags } from './mdx-structure.ts';
import { findPhoneLike, normalizePhone } from './phones.ts';
import { urlProblems, urlsIn } from './link-policy.ts';
import { isLocale, otherLocale } from './urls.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`;

function pathOf(path: PropertyKey[]): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${String(k)}` : String(k)), '') || '(file)';
}

function validate<S extends z.ZodType>(schema: S, f: RawFile, out: ContentProblem[]): z.infer<S> | undefined {
  if (f.parseError) {
    out.push({ file: f.file, field: '(file)', message: f.parseError });
    return undefined;
  }
  const r = schema.safeParse(f.data ?? {});
  if (r.success) return r.data;
  for (const issue of r.error.issues) out.push({ file: f.file, field: pathOf(issue.path), message: issue.message });
  return undefined;
}

/** Strips frontmatter-free MDX of tags and URLs, leaving prose for the phone rule. */
function prose(body: string): string {
  return body.replace(/<[^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']');
}

/** Link policy over the whole file text (frontmatter, YAML and body). */
function checkUrls(f: RawFile, out: ContentProblem[]): void {
  const text = f.body + '\n' + JSON.stringify(f.data ?? {});
  for (const url of new Set(urlsIn(text))) {
    for (const message of urlProblems(url)) out.push({ file: f.file, field: `link ${url}`, message });
  }
}

export function checkContent(raw: RawContent): ContentProblem[] {
  const out: ContentProblem[] = [];
  for (const f of [...raw.countries, ...raw.carriers, ...raw.guides, ...raw.hubs]) checkUrls(f, out);
  const countries = new Map<string, RawFile>();
  const carriers = new Map<string, { file: RawFile; data: Carrier }>();

  for (const f of [...raw.countries, ...raw.carriers]) {
    if ((RESERVED_IDS as readonly string[]).includes(f.id)) {
      out.push({ file: f.file, field: '(file name)', message: `"${f.id}" is reserved for a site page: rename the file` });
    }
  }
  for (const f of raw.countries) if (validate(countrySchema, f, out)) countries.set(f.id, f);

  for (const f of raw.carriers) {
    const data = validate(carrierSchema, f, out);
    if (data) carriers.set(f.id, { file: f, data });
  }

  for (const { file, data } of carriers.values()) {
    if (!countries.has(data.country)) {
      out.push({ file: file.file, field: 'country', message: `unknown country "${data.country}": use one of ${[...countries.keys()].join(', ')} or add content/countries/${data.country}.yaml` });
    }
    if (data.parent && !carriers.has(data.parent)) {
      out.push({ file: file.file, field: 'parent', message: `unknown parent carrier "${data.parent}": use an id from content/carriers/` });
    }
  }

  const officialHosts = new Set<string>();
  for (const { data } of carriers.values()) for (const u of [data.website, data.cancelUrl]) if (u) officialHosts.add(new URL(u).hostname);
  for (const f of raw.countries) {
    const reg = (f.data as { regulator?: { url?: string } } | undefined)?.regulator?.url;
    if (reg && URL.canParse(reg)) officialHosts.add(new URL(reg).hostname);
  }
  const pages = new Map<string, PageIds>();
  for (const f of raw.guides) {
    const [lang, folderCountry, ...slugParts] = f.id.split('/');
    if (!isLocale(lang) || !folderCountry || slugParts.length !== 1) {
      out.push({ file: f.file, field: '(path)', message: `guides live at content/guides/<zh|en>/<country>/<slug>.mdx: move this file` });
      continue;
    }
    const data = validate(guideSchema, f, out);
    if (!data) continue;
    if (data.country !== folderCountry) {
      out.push({ file: f.file, field: 'country', message: `country is "${data.country}" but the file is in the "${folderCountry}" folder: make them match` });
    }
    if (!countries.has(data.country)) {
      out.push({ file: f.file, field: 'country', message: `unknown country "${data.country}": use one of ${[...countries.keys()].join(', ')}` });
    }
    const carrier = data.carrier ? carriers.get(data.carrier) : undefined;
    if (data.carrier && !carrier) {
      out.push({ file: f.file, field: 'carrier', message: `unknown carrier "${data.carrier}": use an id from content/carriers/ (${[...carriers.keys()].join(', ')}) or add content/carriers/${data.carrier}.yaml` });
    } else if (carrier && carrier.data.country !== data.country) {
      out.push({ file: f.file, field: 'carrier', message: `carrier "${data.carrier}" belongs to "${carrier.data.country}", not "${data.country}": move the guide or fix the carrier` });
    }

    const phones = carrier ? carrier.data.phones : allPhones(carriers);
    const where = carrier ? `phones of content/carriers/${data.carrier}.yaml` : 'carrier data';
    const ids = checkBody(f, phones, where, out);
    checkLinkHosts(f, data.sources, officialHosts, out);
    pages.set(`guides/${f.id}`, { file: f, ids, pairKey: `${data.kind}:${data.carrier ?? ''}` });
  }

  for (const f of raw.hubs) {
    const [lang, country, ...rest] = f.id.split('/');
    if (!isLocale(lang) || !country || rest.length) {
      out.push({ file: f.file, field: '(path)', message: 'country hubs live at content/hubs/<zh|en>/<country>.mdx: move this file' });
      continue;
    }
    if (!countries.has(country)) {
      out.push({ file: f.file, field: '(file name)', message: `no country "${country}": name the file after a content/countries/ id` });
    }
    const hubData = validate(hubSchema, f, out);
    if (!hubData) continue;
    const ids = checkBody(f, allPhones(carriers), 'carrier data', out);
    checkLinkHosts(f, hubData.sources, officialHosts, out);
    pages.set(`hubs/${f.id}`, { file: f, ids, pairKey: 'hub' });
  }

  checkPairs(pages, raw, out);
  return out;
}

interface PageIds {
  file: RawFile;
  /** Ids and aliases, which must be the same set in both languages. */
  ids: string[];
  /** Must be equal in both languages (guide kind + carrier). */
  pairKey: string;
}

/** Step/section ids (format, uniqueness) and phone numbers of one MDX body; returns every id and alias. */
function checkBody(f: RawFile, phones: Phone[], where: string, out: ContentProblem[]): string[] {
  const anchors = extractAnchors(f.body);
  const seen = new Map<string, number>();
  for (const a of anchors) {
    const line = a.line + f.bodyOffset;
    for (const id of [a.id, ...a.aliases]) {
      const field = `${a.kind} "${id}" (line ${line})`;
      const problem = id ? stepIdProblem(id) : `every <${TAG_NAME[a.kind]}> needs an explicit id="..."`;
      if (problem) out.push({ file: f.file, field, message: problem });
      if ((PAGE_IDS as readonly string[]).includes(id)) out.push({ file: f.file, field, message: `"${id}" is used by the page layout: choose another id` });
      if (id && seen.has(id)) out.push({ file: f.file, field, message: `duplicate id "${id}" (first used on line ${seen.get(id)}): give each step its own id` });
      if (id) seen.set(id, line);
    }
    if (!a.title) out.push({ file: f.file, field: `${a.kind} "${a.id}" (line ${line})`, message: 'add a title="..."' });
  }
  const listed = new Set(phones.map((p) => normalizePhone(p.number)));
  for (const n of [...extractPhoneTags(f.body), ...findPhoneLike(prose(f.body))]) {
    if (!listed.has(normalizePhone(n))) {
      out.push({ file: f.file, field: `phone "${n}"`, message: `this number is not in the ${where}: add it there with its source URL, or remove it` });
    }
  }
  return allFragments(anchors);
}

/** External links in prose go only to a listed source's site or to a carrier's / regulator's own site. */
function checkLinkHosts(f: RawFile, sources: { url: string }[], official: Set<string>, out: ContentProblem[]): void {
  const allowed = new Set([...official, ...sources.map((s) => new URL(s.url).hostname)]);
  for (const m of f.body.matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)) {
    const url = m[1]!;
    if (URL.canParse(url) && !allowed.has(new URL(url).hostname)) {
      out.push({ file: f.file, field: `link ${url}`, message: 'link only to a page listed in sources or to a carrier\'s or regulator\'s own site: add the page to sources, or remove the link' });
    }
  }
}

/** Ids the page layout itself uses around the MDX body. */
export const PAGE_IDS = ['main', 'sources', 'channels', 'toc-title', 'carriers', 'general'] as const;

const TAG_NAME = { step: 'Step', section: 'Section', checklist: 'Checklist' } as const;

/** Every zh page has its en pair (and back) with the same ids. */
function checkPairs(pages: Map<string, PageIds>, raw: RawContent, out: ContentProblem[]): void {
  const existing = new Set([...raw.guides.map((f) => `guides/${f.id}`), ...raw.hubs.map((f) => `hubs/${f.id}`)]);
  for (const [key, page] of pages) {
    const [collection, lang, ...rest] = key.split('/');
    if (!isLocale(lang)) continue;
    const otherLang = otherLocale(lang);
    const pairKey = [collection, otherLang, ...rest].join('/');
    const pair = pages.get(pairKey);
    if (!pair) {
      if (!existing.has(pairKey)) {
        out.push({ file: page.file.file, field: '(translation)', message: `no ${otherLang} version: add content/${pairKey}.mdx with the same step ids` });
      }
      continue;
    }
    if (lang !== 'zh') continue; // report each pair once
    const theirs = new Set(pair.ids);
    const mine = new Set(page.ids);
    const onlyHere = [...mine].filter((x) => !theirs.has(x));
    const onlyThere = [...theirs].filter((x) => !mine.has(x));
    if (onlyHere.length || onlyThere.length) {
      out.push({
        file: page.file.file,
        field: 'step ids',
        message: `zh and en must have the same ids; only in zh: [${onlyHere.join(', ')}], only in en (${pair.file.file}): [${onlyThere.join(', ')}]`,
      });
    }
    if (page.pairKey !== pair.pairKey) {
      out.push({ file: page.file.file, field: 'kind/carrier', message: `the zh and en versions disagree on kind or carrier: make ${pair.file.file} match` });
    }
  }
}

function allPhones(carriers: Map<string, { data: Carrier }>): Phone[] {
  return [...carriers.values()].flatMap((c) => c.data.phones);
}

