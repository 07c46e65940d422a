/**
 * Printing one way: a guide opened at a way's section (#online) prints that way, the checklist,
 * the local words and the sources with their URLs, on at most 2 A4 pages.
 */
import { describe, expect, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';

const { open } = useBrowser();

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('print', () => {
  for (const path of [
    '/en/japan/docomo/#store',
    '/en/italy/iliad/#online',
    '/zh/japan/softbank/#store',
  ]) {
    it(`${path} prints the chosen way on at most 2 A4 pages`, async () => {
      const page = await open(path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (sel: string) =>
          [...document.querySelectorAll(sel)].filter(
            (e) =>
              getComputedStyle(e).display !== 'none' && (e as HTMLElement).offsetParent !== null,
          );
        return {
          sections: visible(
            '.guide-body > .guide-section:not(.checklist), .guide-body > section.guide-section:not(.checklist)',
          ).map((s) => s.getAttribute('data-section')),
          checklist: visible('.checklist').length,
          sourceUrls: visible('.source-url').length,
        };
      });
      expect(shown.sections).toEqual([new URL(path, 'https://x').hash.slice(1)]);
      expect(shown.checklist).toBeGreaterThan(0);
      expect(shown.sourceUrls).toBeGreaterThan(0);
      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      expect(pageCount(pdf)).toBeLessThanOrEqual(2);
    });
  }
});
