/**
 * `node scripts/search-speed.ts [--runs 7]`: typing → first results in the header search and the
 * bytes of the first query, zh and en, as medians over fresh browser contexts. Needs dist/
 * (`astro build`); lighter than `npm run bench`, which also builds three benchmark sites.
 */
import { parseArgs } from 'node:util';
import { DIST } from '../src/dist-checks/read-dist.ts';
import { launch } from '../tests/support/chromium.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { searchCost } from './bench/browser-metrics.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const { url, server } = await serveDist(DIST);
const browser = await launch();
try {
  for (const [path, q] of [
    ['/zh/japan/docomo/', '软银'],
    ['/en/japan/docomo/', 'cancel'],
  ] as const) {
    const ms: number[] = [];
    const bytes: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = await searchCost(browser, url + path, q);
      ms.push(s.msToResults);
      bytes.push(s.firstQuery.total);
    }
    console.log(
      `"${q}": typing → first results (from focus, typed at once) median ${median(ms)} ms (${ms.join(', ')}); first query ${(median(bytes) / 1024).toFixed(1)} KB`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
