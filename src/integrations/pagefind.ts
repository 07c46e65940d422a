/**
 * Indexes a built site with Pagefind's Node API (from src/integrations/finish-build.ts, once
 * Astro has written the pages). What is indexed is decided by the markup
 * (data-pagefind-body/-ignore/-weight); search options live in src/scripts/pagefind-client.ts.
 */
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales.ts';

/**
 * Builds the Pagefind index of a built site folder (also used by the benchmark to time
 * indexing alone) and returns the number of pages indexed. Pagefind is a separate process, so
 * the caller's own work goes on while it reads the pages.
 */
export async function indexSite(site: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only pages under a locale can hold content: the short-URL redirect pages (/japan/docomo/)
    // and the language chooser are never parsed.
    const added = await index.addDirectory({
      path: site,
      glob: `{${LOCALES.join(',')}}/**/*.html`,
    });
    if (added.errors.length)
      throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
