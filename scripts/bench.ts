/**
 * `npm run bench [-- --n 5000] [--runs 3] [--no-starlight] [--no-lighthouse]`: prints figures,
 * asserts nothing.
 *  1. Generates N synthetic guide pages (N/2 topics in zh + en, about 1,100 words each) into
 *     .bench/content, builds them (Astro, then Pagefind separately) and reports time, ms per
 *     page, peak memory, sizes. Then builds the same pages as SIM Exit, a plain Astro + MDX +
 *     Pagefind floor site and Starlight, alternating, and prints medians and the ratio line.
 *  2. Measures the real site (dist/, built if missing) in Chromium: first-view bytes of the
 *     home and a guide page, bytes before the first search, bytes and time of the first zh and
 *     en query, and Lighthouse mobile scores of home, hub, guide and search.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../src/integrations/pagefind.ts';
import { launch } from '../tests/support/chromium.ts';
import { DIST, distFiles } from '../src/dist-checks/read-dist.ts';
import { serveDist } from '../tests/support/static-server.ts';
import { firstView, searchCost, type Weight } from './bench/browser-metrics.ts';
import { generateContent } from './bench/generate.ts';
import { lighthouseScores } from './bench/lighthouse.ts';
import { generateFloor } from './bench/floor.ts';
import { generateStarlight } from './bench/starlight.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    'no-lighthouse': { type: 'boolean', default: false },
    'no-starlight': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const n = Number(values.n);
const BENCH_DEPS = 'scripts/bench';
const STARLIGHT_SITE = 'scripts/bench/.starlight';
const FLOOR_SITE = 'scripts/bench/.floor';
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const sizeOf = (dir: string) =>
  existsSync(dir) ? distFiles(dir).reduce((s, f) => s + statSync(f).size, 0) : 0;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(34)} ${value}`);

console.log(`SIM Exit benchmark — Node ${process.version}, ${new Date().toISOString()}`);

// 0. The benchmark's own tools (Starlight, Lighthouse) live in scripts/bench/, installed on first use.
if (!existsSync(join(BENCH_DEPS, 'node_modules/@astrojs/starlight/package.json'))) {
  // `npm install` with the committed lockfile: `npm ci` trips over an optional Windows-only
  // package of Lighthouse's in npm 11.
  console.log('\n(installing the benchmark tools once: npm install --prefix scripts/bench)');
  const r = spawnSync('npm', ['install', '--prefix', BENCH_DEPS, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// 1. Build + index of N synthetic guides
console.log(`\n[build] ${n} synthetic guide pages`);
generateContent('.bench/content', n);
/** Runs `astro build` as a child process; wall time and (with GNU time) peak RSS. */
function timedBuild(
  args: string[],
  env: Record<string, string>,
  astro = 'node_modules/.bin/astro',
): { ms: number; rssMB?: number | undefined } {
  return timed([astro, 'build', ...args], env);
}

/** Runs a command as a child process; wall time and (with GNU time) peak RSS. */
function timed(
  command: string[],
  env: Record<string, string>,
): { ms: number; rssMB?: number | undefined } {
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'BENCH_RSS_KB=%M'] : [];
  const cmd = [...time, ...command];
  const t0 = performance.now();
  const r = spawnSync(cmd[0]!, cmd.slice(1), {
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'http://localhost:4321', NO_COLOR: '1', ...env },
    maxBuffer: 1 << 28,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(r.stdout.slice(-4000), r.stderr.slice(-4000));
    process.exit(1);
  }
  const kbRss = /BENCH_RSS_KB=(\d+)/.exec(r.stderr)?.[1];
  return { ms, rssMB: kbRss ? Number(kbRss) / 1024 : undefined };
}

const built = timedBuild(['--outDir', '.bench/dist'], {
  SIMEXIT_CONTENT: '.bench/content',
  SIMEXIT_CACHE: '.bench/cache',
  SIMEXIT_PAGEFIND: '0',
});
const buildMs = built.ms;
const idxStart = performance.now();
const indexed = await indexSite(join(process.cwd(), '.bench/dist'));
const indexMs = performance.now() - idxStart;
const pages = distFiles('.bench/dist').filter((f) => f.endsWith('.html')).length;
line('pages built (HTML files)', String(pages));
line('astro build', `${(buildMs / 1000).toFixed(1)} s  (${(buildMs / pages).toFixed(1)} ms/page)`);
line(
  'pagefind index',
  `${(indexMs / 1000).toFixed(1)} s  (${(indexMs / indexed).toFixed(1)} ms/page, ${indexed} pages)`,
);
line('build + index', `${((buildMs + indexMs) / 1000).toFixed(1)} s`);
const mem = (mb?: number) => (mb ? `${mb.toFixed(0)} MB` : 'n/a (no /usr/bin/time)');
line('peak memory (astro build)', mem(built.rssMB));
line('dist/ size', kb(sizeOf('.bench/dist')));
line('pagefind index size', kb(sizeOf('.bench/dist/pagefind')));

// Build + index of the same pages as three sites, alternating, `--runs` times each: SIM Exit
// (astro build with its Pagefind step), the plain Astro + MDX floor (astro build, then
// `pagefind --site dist`) and Starlight (its build includes Pagefind). Caches are cleared first.
const runs = Number(values.runs);
const benchAstro = join(BENCH_DEPS, 'node_modules/.bin/astro');
const starlightVersion = JSON.parse(
  readFileSync(join(BENCH_DEPS, 'node_modules/@astrojs/starlight/package.json'), 'utf8'),
).version;
generateFloor(FLOOR_SITE, n);
if (!values['no-starlight']) generateStarlight(STARLIGHT_SITE, n);
const clear = (...dirs: string[]) =>
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
const sites: { name: string; run: () => { ms: number; rssMB?: number | undefined } }[] = [
  {
    name: 'SIM Exit',
    run: () => {
      clear('.bench/cache-full', '.bench/dist-full');
      return timedBuild(['--outDir', '.bench/dist-full'], {
        SIMEXIT_CONTENT: '.bench/content',
        SIMEXIT_CACHE: '.bench/cache-full',
      });
    },
  },
  {
    name: 'floor',
    run: () => {
      clear(join(FLOOR_SITE, 'dist'), join(FLOOR_SITE, 'node_modules'), join(FLOOR_SITE, '.astro'));
      const b = timedBuild(['--root', FLOOR_SITE], {}, benchAstro);
      const p = timed(
        [join(BENCH_DEPS, 'node_modules/.bin/pagefind'), '--site', join(FLOOR_SITE, 'dist')],
        {},
      );
      return { ms: b.ms + p.ms, rssMB: Math.max(b.rssMB ?? 0, p.rssMB ?? 0) || undefined };
    },
  },
  ...(values['no-starlight']
    ? []
    : [
        {
          name: `Starlight ${starlightVersion}`,
          run: () => {
            clear(
              join(STARLIGHT_SITE, 'dist'),
              join(STARLIGHT_SITE, 'node_modules'),
              join(STARLIGHT_SITE, '.astro'),
            );
            return timedBuild(['--root', STARLIGHT_SITE], {}, benchAstro);
          },
        },
      ]),
];
console.log(`\n[compare] build + index of the same ${n} pages, ${runs} alternating runs each`);
const times = new Map<string, { ms: number[]; rss: number[] }>(
  sites.map((x) => [x.name, { ms: [], rss: [] }]),
);
for (let r = 0; r < runs; r++) {
  for (let k = 0; k < sites.length; k++) {
    const site = sites[(r + k) % sites.length]!; // rotate the order so no site always goes first
    const t = site.run();
    times.get(site.name)!.ms.push(t.ms);
    if (t.rssMB) times.get(site.name)!.rss.push(t.rssMB);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
for (const [name, t] of times) {
  line(
    name,
    `median ${(median(t.ms) / 1000).toFixed(1)} s (${t.ms.map((x) => (x / 1000).toFixed(1)).join(', ')}), ${(median(t.ms) / n).toFixed(1)} ms/page, peak ${mem(Math.max(...t.rss, 0) || undefined)}`,
  );
}
const med = (name: string) => median(times.get(name)?.ms ?? []);
const ratios = [`SIM Exit / floor = ${(med('SIM Exit') / med('floor')).toFixed(2)}×`];
if (!values['no-starlight'])
  ratios.push(
    `SIM Exit / Starlight = ${(med('SIM Exit') / med(`Starlight ${starlightVersion}`)).toFixed(2)}×`,
  );
console.log(`ratio: ${ratios.join(', ')} (${n} pages, median of ${runs})`);

// 2. The real site in Chromium
if (!existsSync(join(DIST, 'pagefind/pagefind.js'))) {
  console.log('\n(dist/ missing: running `astro build`)');
  spawnSync('node_modules/.bin/astro', ['build'], {
    stdio: 'inherit',
    env: { ...process.env, SITE_URL: 'http://localhost:4321' },
  });
}
const { url, server } = await serveDist(DIST);
const browser = await launch();
const show = (label: string, w: Weight) =>
  line(
    label,
    `${kb(w.total)} gzip  (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, other ${kb(w.other)}; ${w.requests} requests)`,
  );
try {
  console.log('\n[first view] real site, gzip-compressed bytes');
  show('home /en/', await firstView(browser, `${url}/en/`));
  const guide = await firstView(browser, `${url}/en/japan/docomo/`);
  show('guide /en/japan/docomo/', guide);
  const text = readFileSync(join(DIST, 'en/japan/docomo/index.html'), 'utf8')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
  line(
    'guide HTML+CSS beyond its text',
    `${kb(guide.html + guide.css - (await import('node:zlib')).gzipSync(text).length)} (budget 10 KB)`,
  );
  line(
    'guide JS needed to read',
    '0 B (header search script loads; reading works with it blocked)',
  );

  console.log('\n[search] header search, first query');
  for (const [page, q] of [
    [`${url}/en/japan/docomo/`, 'cancel'],
    [`${url}/zh/japan/docomo/`, '软银'],
  ] as const) {
    // Five fresh browser contexts (nothing cached); the median time is quoted.
    const tries: Awaited<ReturnType<typeof searchCost>>[] = [];
    for (let k = 0; k < 5; k++) tries.push(await searchCost(browser, page, q));
    const s = tries[0]!;
    line(
      `"${q}": before searching`,
      `${kb(s.beforeSearch.total)} (JS ${kb(s.beforeSearch.js)}, pagefind requests: 0)`,
    );
    line(
      `"${q}": first query transferred`,
      `${kb(s.firstQuery.total)} in ${s.firstQuery.requests} requests (budget 150 KB)`,
    );
    line(
      `"${q}": typing → first results`,
      `median ${median(tries.map((x) => x.msToResults))} ms (${tries.map((x) => x.msToResults).join(', ')}; from focus, typed at once; in-page clock)`,
    );
  }

  if (!values['no-lighthouse']) {
    console.log('\n[lighthouse] mobile: performance / accessibility / best practices / SEO');
    const urls = [
      '/en/',
      '/en/japan/',
      '/en/japan/docomo/',
      '/en/search/',
      '/zh/japan/docomo/',
    ].map((p) => url + p);
    for (const [u, s] of Object.entries(await lighthouseScores(urls))) {
      line(
        new URL(u).pathname,
        `${s.performance} / ${s.accessibility} / ${s['best-practices']} / ${s.seo}`,
      );
    }
  }
} finally {
  await browser.close();
  server.close();
}
