/**
 * Indexes a built site with Pagefind's Node API (after `astro build`, from
 * src/integrations/finish-build.ts). What is indexed is decided by the markup
 * (data-pagefind-body/-ignore/-weight); search options live in src/scripts/pagefind-client.ts.
 */
import * as pagefind from 'pagefind';
import { LOCALES } from '../i18n/locales.ts';

/**
 * Builds the Pagefind index of a built site folder (also used by the benchmark to time indexing
 * alone). `whileIndexing` runs once Pagefind, a separate process, has started reading the pages.
 */
export async function indexSite(
  site: string,
  log: (m: string) => void = () => {},
  whileIndexing: () => void = () => {},
): Promise<number> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    // Only pages under a locale can hold content: the short-URL redirect stubs (/japan/docomo/)
    // and the language chooser are never parsed.
    const adding = index.addDirectory({
      path: site,
      glob: `{${LOCALES.join(',')}}/**/*.html`,
    });
    whileIndexing();
    const added = await adding;
    if (added.errors.length)
      throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
    if (written.errors.length)
      throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    log(
      `Pagefind indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
    );
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
