/**
 * Bad-input fixtures: each folder under tests/fixtures/invalid/ overlays one broken file on
 * the valid fixture set; the content check must reject it naming the file, the field and the fix.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-rules/index.ts';
import { readContent } from '../../src/content-rules/read.ts';

const FIXTURES = join(process.cwd(), 'tests/fixtures');
const work = mkdtempSync(join(tmpdir(), 'simexit-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function check(overlay?: string): string[] {
  const dir = join(work, overlay ?? 'valid');
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (overlay) cpSync(join(FIXTURES, 'invalid', overlay), dir, { recursive: true });
  return checkContent(readContent(dir, dir)).map(formatProblem);
}

const G = 'guides/en/testland/testco.mdx';
/** fixture → [file, field, part of the fix message] */
const expected: Record<string, [string, string, string]> = {
  'http-source': [G, 'sources[0].url', 'use https:// for the source url'],
  'unknown-carrier': [G, 'carrier', 'unknown carrier "nope"'],
  'duplicate-step-id': [
    G,
    'step "online" (line 25)',
    'duplicate id "online" (first used on line 23)',
  ],
  'bad-step-id': [G, 'step "Online_Log_In" (line 25)', 'lowercase ASCII kebab-case'],
  'long-step-id': [
    G,
    'step "online-log-in-to-the-customer-area-with-your-password" (line 25)',
    'at most 40 characters',
  ],
  'ids-differ': [
    'guides/zh/testland/testco.mdx',
    'step ids',
    'only in zh: [online-log-in], missing from en',
  ],
  'alias-only-in-en': [
    G,
    'step ids',
    'only in en: [online-login], missing from zh (guides/zh/testland/testco.mdx)',
  ],
  'future-date': [G, 'lastVerified', 'lastVerified is in the future'],
  'search-word-no-site': ['search-words/cancel.yaml', 'site', 'give site: the word the guides use'],
  'long-description': [G, 'description', 'at most 160 characters'],
  'unlisted-phone': [
    G,
    'phone "0120-123-456"',
    'not in the phones of content/carriers/testco.yaml',
  ],
  'bad-sim-type': [
    G,
    'simTypes[0]',
    'simTypes values must be among physical, esim, prepaid, data-only',
  ],
  'country-mismatch': [G, 'country', 'is in the "testland" folder'],
  'reserved-id': [G, 'section "sources" (line 23)', 'used by the page layout'],
  'layout-id-clash': [
    G,
    'step "site-search" (line 33)',
    '"site-search" is used by the page layout',
  ],
  'raw-script': [G, '<script> (line 34)', 'raw HTML and unknown components are not allowed'],
  'raw-iframe': [G, '<iframe> (line 34)', 'raw HTML and unknown components are not allowed'],
  'event-handler': [G, 'onclick (line 31)', 'event-handler attributes are not allowed'],
  'javascript-link': [G, 'link javascript: (line 32)', 'only https:// links'],
  'mdx-expression': [G, '{ (line 32)', 'MDX {expressions} are not allowed'],
  'phone-in-channel-note': [
    G,
    'channels[0].note: phone "0120-999-999"',
    'not in the phones of content/carriers/testco.yaml',
  ],
  'fee-without-citation': [G, 'line 32', 'states a money amount without a citation'],
  'channel-fee-without-cite': [
    G,
    'channels[0].fee',
    'states a money amount: add cite: [source-id]',
  ],
  'unknown-citation': [G, '<Cite source="testco-faq">', 'no source with id "testco-faq"'],
  'unused-source': [G, 'sources[1] "testco-news"', 'this source is never cited'],
  'official-blog': [
    G,
    'sources[1].official',
    "random-blog.example is not a carrier's own site, a regulator or a government domain",
  ],
  'no-from-abroad': [G, 'section "from-abroad"', 'add <Section id="from-abroad"'],
  'channel-unknown-section': [G, 'channels[0].section', 'no <Section id="shop"> in this file'],
  'document-sharing-link': [
    G,
    'link https://www.scribd.com/document/1/form',
    'document-sharing sites are not allowed',
  ],
  'retired-zh-term': ['guides/zh/testland/testco.mdx', 'term "注销线路"', 'write "解约" instead'],
  'broken-internal-link': [G, 'link /en/testland/nope/ (line 32)', 'no such page'],
  'broken-anchor': [
    G,
    'link #online-sign-in (line 32)',
    'no id "online-sign-in" on /en/testland/testco/',
  ],
  'link-to-draft': [G, 'link /en/testland/draft/ (line 32)', 'no such page (or it is a draft)'],
  'bad-kind': [G, 'kind', 'kind must be one of carrier, general, device'],
  'no-sources': [G, 'sources', 'add at least one source'],
  'no-frontmatter': [G, '(file)', 'no frontmatter'],
  'missing-pair': [
    'guides/en/testland/extra.mdx',
    '(translation)',
    'no zh version: add content/guides/zh/testland/extra.mdx',
  ],
  'carrier-unknown-country': ['carriers/testco.yaml', 'country', 'unknown country "atlantis"'],
  'phone-http-source': [
    'carriers/testco.yaml',
    'phones[0].source',
    'use https:// for the phone source',
  ],
  'carrier-bad-kind': [
    'carriers/testco.yaml',
    'kind',
    'kind must be one of mno, sub-brand, mvno, travel-esim',
  ],
  'telegram-link': [G, 'link https://t.me/simhelp', 'Telegram links are not allowed'],
  'http-link-in-body': [G, 'link http://testco.example/help', 'use https://'],
  'unlisted-link-host': [
    G,
    'link https://random-blog.example/cancel',
    'link only to a page listed in sources',
  ],
  'country-bad-url': ['countries/testland.yaml', 'regulator.url', 'not a valid URL'],
};

describe('content check', () => {
  it('accepts the valid fixture set', () => {
    expect(check()).toEqual([]);
  });

  it('has an expectation for every invalid fixture', () => {
    expect(readdirSync(join(FIXTURES, 'invalid')).sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('rejects %s', (overlay, [file, field, fix]) => {
    const problems = check(overlay);
    const hit = problems.find((p) => p.startsWith(`${file}: ${field}: `));
    expect(hit, `no problem for ${file}: ${field} in\n${problems.join('\n')}`).toBeDefined();
    expect(hit).toContain(fix);
  });
});
