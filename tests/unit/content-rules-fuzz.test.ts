/**
 * The content check never throws and no rule crashes, whatever the input: random and mutated
 * frontmatter and MDX (fixed seed, bounded runs) must come back as a list of problems.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-rules/index.ts';
import { splitFrontmatter, type RawContent, type RawFile } from '../../src/content-rules/read.ts';
import yaml from 'js-yaml';

const fixture = (p: string) => readFileSync(`tests/fixtures/valid/${p}`, 'utf8');
const guideText = fixture('guides/en/testland/testco.mdx');
const { frontmatter, body } = splitFrontmatter(guideText);
const validData = yaml.load(frontmatter!) as Record<string, unknown>;

/** Pieces that stress the MDX scanners: tags, attributes, links, braces, code, CJK, numbers. */
const TOKENS = [
  '<',
  '>',
  '</',
  '/>',
  '<Step',
  '<Section',
  ' id="',
  ' id=""',
  ' aliases="',
  '"',
  "'",
  '{',
  '}',
  '`',
  '```',
  '](',
  '](#',
  '](/',
  '(javascript:',
  'onclick=',
  '<Cite source="',
  '<Phone number="',
  '<Action href="',
  '\n',
  '\n\n',
  '- ',
  '| a |',
  '¥1,100',
  '30 days',
  '9:00',
  '2026-11-24',
  '0120-800-000',
  '解约',
  '注销线路',
  '\u0000',
  '😀',
  'https://',
  'http://t.me/x',
];

const mutatedBody = fc
  .array(fc.tuple(fc.nat(), fc.oneof(fc.constantFrom(...TOKENS), fc.string())), { maxLength: 12 })
  .map((edits) =>
    edits.reduce(
      (b, [at, s]) => b.slice(0, at % (b.length + 1)) + s + b.slice(at % (b.length + 1)),
      body,
    ),
  );

const mutatedData = fc.oneof(
  fc.anything(),
  fc
    .record({
      key: fc.constantFrom(...Object.keys(validData), 'channels', 'sources', 'maker'),
      value: fc.anything(),
    })
    .map(({ key, value }) => ({ ...validData, [key]: value })),
);

const file = (id: string, data: unknown, b = ''): RawFile => ({
  file: `x/${id}`,
  id,
  data,
  body: b,
  bodyOffset: 0,
});

function content(data: unknown, b: string, carrier: unknown, country: unknown): RawContent {
  return {
    countries: [file('testland', country)],
    carriers: [file('testco', carrier)],
    guides: [file('en/testland/testco', data, b), file('zh/testland/testco', validData, body)],
    hubs: [
      file(
        'en/testland',
        { title: 'T', description: 'D', lastVerified: '2026-01-01', sources: [] },
        b,
      ),
    ],
    situations: [file('s', data)],
  };
}

describe('content check under random input', () => {
  it('returns problems and never throws or crashes a rule', () => {
    const carrier = yaml.load(fixture('carriers/testco.yaml'));
    const country = yaml.load(fixture('countries/testland.yaml'));
    fc.assert(
      fc.property(
        mutatedData,
        mutatedBody,
        fc.oneof(fc.constant(carrier), fc.anything()),
        fc.oneof(fc.constant(country), fc.anything()),
        (data, b, c, k) => {
          const problems = checkContent(content(data, b, c, k));
          expect(Array.isArray(problems)).toBe(true);
          const crashed = problems.filter(
            (p) => p.field.startsWith('(rule ') || p.field === '(model)',
          );
          expect(crashed).toEqual([]);
        },
      ),
      { seed: 20261201, numRuns: 300 },
    );
  });
});
