/** The registry: every content rule, in the order their problems are reported. Add a rule here and give it a fixture. */
import type { Rule } from '../types.ts';
import { anchorIds } from './anchor-ids.ts';
import { channels } from './channels.ts';
import { citations } from './citations.ts';
import { fromAbroad } from './from-abroad.ts';
import { internalLinks } from './internal-links.ts';
import { linkHosts } from './link-hosts.ts';
import { officialSources } from './official-sources.ts';
import { phoneNumbers } from './phone-numbers.ts';
import { references } from './references.ts';
import { reservedFileNames } from './reserved-file-names.ts';
import { safeMarkup } from './safe-markup.ts';
import { sourceIds } from './source-ids.ts';
import { translations } from './translations.ts';
import { urlPolicy } from './url-policy.ts';
import { zhTerms } from './zh-terms.ts';

export const rules: Rule[] = [
  urlPolicy,
  reservedFileNames,
  references,
  anchorIds,
  safeMarkup,
  phoneNumbers,
  linkHosts,
  internalLinks,
  officialSources,
  sourceIds,
  citations,
  channels,
  fromAbroad,
  zhTerms,
  translations,
];
