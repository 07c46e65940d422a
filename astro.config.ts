import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { finishBuild } from './src/integrations/finish-build.ts';
import { siteRedirects } from './src/integrations/redirects.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, contentDir, siteUrl } from './src/config.ts';
import { DEFAULT_LOCALE, LOCALE_TABLE } from './src/i18n/locales.ts';
import { fixAlternates } from './src/lib/sitemap.ts';

/** The public address of the site, used for canonical URLs, hreflang and the sitemap. */
const site = siteUrl();

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Four pages rendered at a time: writing one page's file overlaps rendering the next
  // (about 9 % off a 1,000-guide build in `npm run bench`).
  build: { format: 'directory', concurrency: 4 },
  // 'jsx' compression glues words to inline links; keep whitespace-safe compression.
  compressHTML: true,
  // Fixture and benchmark builds use their own cache so they never disturb the main one.
  cacheDir: cacheDir(),
  vite: {
    // src/lib/data.ts globs the content files under this name, whichever folder holds them.
    resolve: {
      alias: { '~content': join(fileURLToPath(new URL('.', import.meta.url)), contentDir()) },
    },
    build: {
      // Scripts stay external files, so the CSP needs no inline-script hashes.
      assetsInlineLimit: 0,
      rollupOptions: {
        // Each MDX module carries Astro's "use astro:head-inject" directive; the bundler's
        // warning about it is noise that hides real problems in the build log.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  integrations: [
    contentGuard(),
    siteRedirects(),
    mdx(),
    sitemap({
      i18n: {
        defaultLocale: DEFAULT_LOCALE,
        locales: Object.fromEntries(Object.entries(LOCALE_TABLE).map(([code, l]) => [code, l.tag])),
      },
      filter: (page) => !page.endsWith('/404/'),
      serialize: fixAlternates,
    }),
    finishBuild(),
  ],
});
