/**
 * /search-terms.json: what the search scripts recognise in a query (every carrier's names and
 * search aliases, situations, readers' words and the site's word for each), fetched once on the first search, next to the Pagefind index.
 */
import type { APIRoute } from 'astro';
import { carriers, countries, searchWords, situations } from '../lib/data.ts';
import type { SearchTerms } from '../lib/query.ts';

export const GET: APIRoute = async () => {
  const terms: SearchTerms = {
    carriers: (await carriers()).map((c) => ({
      id: c.id,
      names: [...new Set([...Object.values(c.data.names), ...c.data.aliases])],
    })),
    situations: (await situations())
      .filter((s) => s.data.keywords.length)
      .map((s) => ({ id: s.id, keywords: s.data.keywords })),
    synonyms: (await searchWords()).map((w) => ({ site: w.data.site, reader: w.data.reader })),
    // Single local words from the glossaries ("disdetta", "portabilità"), for "did you mean".
    words: [
      ...new Set(
        (await countries()).flatMap((c) =>
          c.data.glossary.flatMap((g) => g.term.split(/[\s（(/]+/)),
        ),
      ),
    ].filter((w) => /^\p{L}{4,}$/u.test(w)),
  };
  return new Response(JSON.stringify(terms), { headers: { 'Content-Type': 'application/json' } });
};
