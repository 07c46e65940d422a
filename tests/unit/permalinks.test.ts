import { describe, expect, it } from 'vitest';
import {
  checkPermalinks,
  collectPermalinks,
  mergeManifest,
  publishedAnchors,
} from '../../src/dist-checks/permalinks.ts';

describe('permalinks', () => {
  const html =
    '<h2 id="online" data-permalink>O</h2><h3 id="a" data-permalink>A</h3><span id="old-a" class="step-alias" data-permalink></span><h2 id="sources">S</h2>';
  it('collects only marked anchors and skips redirect pages', () => {
    expect(publishedAnchors(html)).toEqual(['online', 'a', 'old-a']);
    const pages = new Map([
      ['/en/x/', html],
      ['/x/', '<meta http-equiv="refresh" content="0;url=/zh/x/">'],
    ]);
    expect(collectPermalinks(pages)).toEqual({ '/en/x/': ['online', 'a', 'old-a'] });
  });
  it('never drops a published entry when merging', () => {
    expect(mergeManifest({ '/a/': ['x'], '/old/': ['y'] }, { '/a/': ['z'] })).toEqual({
      '/a/': ['x', 'z'],
      '/old/': ['y'],
    });
  });
  it('accepts an anchor that lives on as an alias', () => {
    expect(checkPermalinks({ '/en/x/': ['old-a'] }, new Map([['/en/x/', html]]))).toEqual([]);
  });
});
