/**
 * Bad-input fixtures: each folder under tests/fixtures/invalid/ overlays one broken file on
 * the valid fixture set; the content check must reject it naming the file, the field and the fix.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { readContent } from '../../src/lib/content-files.ts';

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
  'duplicate-step-id': [G, 'step "online" (line 22)', 'duplicate id "online" (first used on line 20)'],
  'bad-step-id': [G, 'step "Online_Log_In" (line 22)', 'lowercase ASCII kebab-case'],
  'long-step-id': [G, 'step "online-log-in-to-the-customer-area-with-your-password" (line 22)', 'at most 40 characters'],
  'ids-differ': ['guides/zh/testland/testco.mdx', 'step ids', 'only in zh: [online-log-in], only in en'],
  'alias-only-in-en': ['guides/zh/testland/testco.mdx', 'step ids', 'only in zh: [], only in en (guides/en/testland/testco.mdx): [online-login]'],
  'future-date': [G, 'lastVerified', 'lastVerified is in the future'],
  'long-description': [G, 'description', 'at most 160 characters'],
  'unlisted-phone': [G, 'phone "0120-123-456"', 'not in the phones of content/carriers/testco.yaml'],
  'bad-sim-type': [G, 'simTypes[0]', 'simTypes values must be among physical, esim, prepaid, data-only'],
  'country-mismatch': [G, 'country', 'is in the "testland" folder'],
  'reserved-id': [G, 'section "sources" (line 20)', 'used by the page layout'],
  'bad-kind': [G, 'kind', 'kind must be one of carrier, general, device'],
  'no-sources': [G, 'sources', 'add at least one source'],
  'no-frontmatter': [G, '(file)', 'no frontmatter'],
  'missing-pair': ['guides/en/testland/extra.mdx', '(translation)', 'no zh version: add content/guides/zh/testland/extra.mdx'],
  'carrier-unknown-country': ['carriers/testco.yaml', 'country', 'unknown country "atlantis"'],
  'phone-http-source': ['carriers/testco.yaml', 'phones[0].source', 'use https:// for the phone source'],
  'carrier-bad-kind': ['carriers/testco.yaml', 'kind', 'kind must be one of mno, sub-brand, mvno, travel-esim'],
  'telegram-link': [G, 'link https://t.me/simhelp', 'Telegram links are not allowed'],
  'http-link-in-body': [G, 'link http://testco.example/help', 'use https://'],
  'unlisted-link-host': [G, 'link https://random-blog.example/cancel', 'link only to a page listed in sources'],
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
