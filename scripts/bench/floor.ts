/**
 * The floor of the build benchmark: the same synthetic guides as a plain Astro 7 + MDX +
 * sitemap site with one layout, indexed by `pagefind --site dist`. Nothing SIM Exit adds
 * (schemas, rules, components, redirects, link guard) is in it. Its pages declare their
 * language, as SIM Exit's and Starlight's do, so Pagefind segments the Chinese ones alike.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainParts, syntheticGuide } from './generate.ts';

/** Our MDX rewritten as plain Markdown headings and paragraphs under one layout. */
export function toPlain(mdx: string, layout: string, htmlLang = 'en'): string {
  const { frontmatter: fm, body: plain } = plainParts(mdx);
  const body = plain
    .replace(/<(Checklist|Section) id="[^"]*" title="([^"]*)">/g, '## $2\n')
    .replace(/<Step id="[^"]*" title="([^"]*)">/g, '### $1\n')
    .replace(/<\/?(Checklist|Section|Steps|Step)>/g, '');
  return `---\n${fm}\nlang: ${htmlLang}\nlayout: ${layout}\n---\n${body}`;
}

export function generateFloor(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
export default defineConfig({ site: 'http://localhost:4321', integrations: [mdx(), sitemap()] });
`,
  );
  writeFileSync(
    join(dir, 'src/layouts/Page.astro'),
    `---
const { frontmatter } = Astro.props;
---
<html lang={frontmatter.lang}><head><meta charset="utf-8" /><title>{frontmatter.title}</title></head>
<body><main data-pagefind-body><h1>{frontmatter.title}</h1><slot /></main></body></html>
`,
  );
  for (const lang of ['zh', 'en'] as const) {
    const out = join(dir, 'src/pages', lang, 'japan');
    mkdirSync(out, { recursive: true });
    for (let i = 0; i < Math.ceil(n / 2); i++)
      writeFileSync(
        join(out, `bench-${String(i).padStart(5, '0')}.mdx`),
        toPlain(
          syntheticGuide(i, lang),
          '../../../layouts/Page.astro',
          lang === 'zh' ? 'zh-CN' : 'en',
        ),
      );
  }
}
