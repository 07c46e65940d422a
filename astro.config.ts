import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentGuard } from './src/integrations/content-guard.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { siteUrl } from './src/lib/site.ts';

/** The public address of the site, used for canonical URLs, hreflang and the sitemap. */
const site = siteUrl();

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // 'jsx' compression glues words to inline links; keep whitespace-safe compression.
  compressHTML: true,
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      filter: (page) => !page.endsWith('/404/'),
    }),
    pagefindIndex(),
  ],
});
