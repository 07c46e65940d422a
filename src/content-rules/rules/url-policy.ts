/**
 * Every URL anywhere in content (frontmatter, YAML, body) is https and never Telegram, an
 * image host, a document-sharing site or an affiliate link. An http URL in a field the schema
 * already checks (a source url, website, phone source) is reported there, once.
 */
import { urlProblems, urlsIn } from '../link-policy.ts';
import { stringsIn } from '../body.ts';
import type { Rule } from '../types.ts';

const SCHEMA_URL_FIELD = /(?:^|\.)(?:url|website|cancelUrl|source)$/;

export const urlPolicy: Rule = {
  name: 'url-policy',
  check({ raw }, report) {
    for (const f of [
      ...raw.countries,
      ...raw.carriers,
      ...raw.guides,
      ...raw.hubs,
      ...(raw.situations ?? []),
    ]) {
      const found = new Map<string, boolean>(); // url → seen only as a whole schema-checked field
      for (const url of urlsIn(f.body)) found.set(url, false);
      for (const s of stringsIn(f.data)) {
        const whole =
          SCHEMA_URL_FIELD.test(s.path) && s.value.trim() === s.value && !/\s/.test(s.value);
        for (const url of urlsIn(s.value)) found.set(url, (found.get(url) ?? true) && whole);
      }
      for (const [url, schemaField] of found) {
        for (const message of urlProblems(url)) {
          if (schemaField && message.startsWith('use https://')) continue;
          report(f, `link ${url}`, message);
        }
      }
    }
  },
};
