/**
 * The same synthetic guides as a Starlight site (zh + en, steps as Starlight <Steps>), for the
 * build-time comparison in `npm run bench` (skip it with `--no-starlight`). Starlight indexes with Pagefind
 * as part of its build. Its sidebar is fixed (one link), like SIM Exit's header: the default
 * sidebar lists every page on every page, which grows as pages squared and would flatter us.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { plainParts, syntheticGuide } from './generate.ts';

/** Our MDX (frontmatter + Section/Steps/Step components) rewritten for Starlight. */
export function toStarlight(mdx: string): string {
  const { frontmatter: fm, body: plain } = plainParts(mdx);
  const body = plain
    .replace(/<Checklist id="[^"]*" title="([^"]*)">/g, '## $1\n')
    .replace(/<\/Checklist>/g, '')
    .replace(/<Section id="[^"]*" title="([^"]*)">/g, '## $1\n')
    .replace(/<\/Section>/g, '')
    .replace(/<Steps>\n/g, '<Steps>\n\n')
    .replace(/<\/Steps>/g, '\n</Steps>')
    .replace(/<Step id="[^"]*" title="([^"]*)">\n([^\n]*)\n<\/Step>/g, '1. ### $1\n\n   $2\n');
  return `---\n${fm}\n---\nimport { Steps } from '@astrojs/starlight/components';\n\n${body}`;
}

export function generateStarlight(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'SIM Exit (Starlight)', defaultLocale: 'zh', locales: { zh: { label: '中文', lang: 'zh-CN' }, en: { label: 'English', lang: 'en' } }, sidebar: [{ label: 'Home', link: '/' }] })],
});
`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const lang of ['zh', 'en'] as const) {
    const out = join(dir, 'src/content/docs', lang, 'japan');
    mkdirSync(out, { recursive: true });
    for (let i = 0; i < Math.ceil(n / 2); i++)
      writeFileSync(
        join(out, `bench-${String(i).padStart(5, '0')}.mdx`),
        toStarlight(syntheticGuide(i, lang)),
      );
  }
  writeFileSync(join(dir, 'src/content/docs/zh/index.mdx'), '---\ntitle: 首页\n---\n');
  writeFileSync(join(dir, 'src/content/docs/en/index.mdx'), '---\ntitle: Home\n---\n');
}
