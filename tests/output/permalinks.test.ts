/** No published page or step anchor listed in permalinks.json has disappeared from the build. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkPermalinks,
  collectPermalinks,
  type Manifest,
} from '../../src/dist-checks/permalinks.ts';
import { distPages } from '../../src/dist-checks/read-dist.ts';

const manifestFile = process.env.SIMEXIT_PERMALINKS ?? 'permalinks.json';

describe('permalinks', () => {
  const pages = distPages();
  const manifest: Manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

  it('every published URL and anchor still resolves', () => {
    expect(checkPermalinks(manifest, pages).map((p) => p.message)).toEqual([]);
  });

  it('the manifest lists every page and anchor of this build (run `npm run permalinks:update`)', () => {
    const built = collectPermalinks(pages);
    const unlisted = Object.entries(built).flatMap(([url, anchors]) =>
      manifest[url]
        ? anchors.filter((a) => !manifest[url]!.includes(a)).map((a) => `${url}#${a}`)
        : [url],
    );
    expect(unlisted).toEqual([]);
  });
});
