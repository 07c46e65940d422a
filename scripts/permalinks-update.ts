/**
 * `npm run permalinks:update`: run deliberately after `npm run build` to publish new pages and
 * step anchors. It adds what the build has to permalinks.json and never drops an entry; it
 * refuses to write while a published URL or anchor is missing from the build.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import {
  checkPermalinks,
  collectPermalinks,
  mergeManifest,
  type Manifest,
} from '../src/dist-checks/permalinks.ts';
import { distPages } from '../src/dist-checks/read-dist.ts';

const FILE = process.env.SIMEXIT_PERMALINKS ?? 'permalinks.json';
const pages = distPages();
const old: Manifest = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
const problems = checkPermalinks(old, pages);
if (problems.length) {
  console.error(problems.map((p) => `✗ ${p.message}`).join('\n'));
  process.exit(1);
}
const next = mergeManifest(old, collectPermalinks(pages));
writeFileSync(FILE, JSON.stringify(next, null, 1) + '\n');
const count = (m: Manifest) => Object.values(m).reduce((n, a) => n + a.length, 0);
console.log(
  `${FILE}: ${Object.keys(next).length} pages, ${count(next)} anchors (${Object.keys(next).length - Object.keys(old).length} new pages, ${count(next) - count(old)} new anchors)`,
);
