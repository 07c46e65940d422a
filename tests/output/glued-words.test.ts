/**
 * Compression must never glue an English word to a link ("see the<a>page</a>" → "see thepage").
 * Astro 7's default compressHTML: 'jsx' does (withastro/astro#17310); astro.config.ts uses `true`.
 */
import { describe, expect, it } from 'vitest';
import { distPages } from '../../src/dist-checks/read-dist.ts';

describe('English pages', () => {
  it('have whitespace between words and inline links', () => {
    const glued: string[] = [];
    for (const [path, html] of distPages()) {
      if (!path.startsWith('/en/')) continue;
      const body = html.replace(/<script[\s\S]*?<\/script>/g, '');
      for (const m of body.matchAll(
        /[a-zA-Z]<(a|strong|em|code) [^>]*>|[a-zA-Z]<(a|strong|em|code)>|<\/(a|strong|em|code)>[a-zA-Z]/g,
      ))
        glued.push(`${path}: …${body.slice(Math.max(0, m.index - 20), m.index + 30)}…`);
    }
    expect(glued).toEqual([]);
  });
});
