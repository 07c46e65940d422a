/** The shapes every content rule shares: a problem (file + field + fix) and the rule itself. */
import type { Carrier } from '../schemas/carrier.ts';
import type { Country } from '../schemas/country.ts';
import type { Guide } from '../schemas/guide.ts';
import type { Hub } from '../schemas/hub.ts';
import type { Situation } from '../schemas/situation.ts';
import type { Locale } from '../i18n/locales.ts';
import type { Anchor } from '../lib/mdx-structure.ts';
import type { RawContent, RawFile } from './read.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** "content/guides/en/japan/docomo.mdx: sources[0].url: use https:// for the source url" */
export const formatProblem = (p: ContentProblem) => `${p.file}: ${p.field}: ${p.message}`;

export type Report = (file: RawFile | string, field: string, message: string) => void;

/** A guide or hub that passed its schema, with what the rules need to know about it. */
export interface Page {
  file: RawFile;
  collection: 'guides' | 'hubs';
  lang: Locale;
  /** The path without the language, the same in every translation: "japan/docomo", "japan". */
  key: string;
  country: string;
  /** Guide frontmatter, or undefined for hubs. */
  guide?: Guide;
  hub?: Hub;
  sources: Guide['sources'];
  anchors: Anchor[];
}

/** Everything the rules read: the raw files and the entries that passed their schema. */
export interface ContentModel {
  raw: RawContent;
  countries: Map<string, { file: RawFile; data: Country }>;
  carriers: Map<string, { file: RawFile; data: Carrier }>;
  pages: Page[];
  situations: Map<string, { file: RawFile; data: Situation }>;
}

export interface Rule {
  /** Kebab-case name, the same as the rule's file name. */
  name: string;
  check(model: ContentModel, report: Report): void;
}
