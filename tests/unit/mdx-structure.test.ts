import { describe, expect, it } from 'vitest';
import {
  allFragments,
  attributes,
  extractAnchors,
  extractPhoneTags,
} from '../../src/lib/mdx-structure.ts';
import { findPhoneLike, normalizePhone } from '../../src/content-rules/phones.ts';

const body = `
<Checklist id="before-you-start" title="Before you start">
- ID
</Checklist>

<Section id="online" title="Online">
<Steps>
<Step id="online-log-in" aliases="online-login old-id" title="Log in">
Call <Phone number="0120-800-000" />.
</Step>
</Steps>
</Section>
`;

describe('extractAnchors', () => {
  it('reads kind, id, title, aliases and line in page order', () => {
    expect(extractAnchors(body)).toEqual([
      {
        kind: 'checklist',
        id: 'before-you-start',
        title: 'Before you start',
        aliases: [],
        line: 2,
      },
      { kind: 'section', id: 'online', title: 'Online', aliases: [], line: 6 },
      {
        kind: 'step',
        id: 'online-log-in',
        title: 'Log in',
        aliases: ['online-login', 'old-id'],
        line: 8,
      },
    ]);
  });
  it('lists every linkable fragment, aliases included', () => {
    expect(allFragments(extractAnchors(body))).toEqual([
      'before-you-start',
      'online',
      'online-log-in',
      'online-login',
      'old-id',
    ]);
  });
  it('parses single and double quoted attributes', () => {
    expect(attributes(` id='a' title="b c"`)).toEqual({ id: 'a', title: 'b c' });
  });
  it('finds <Phone> numbers', () => {
    expect(extractPhoneTags(body)).toEqual(['0120-800-000']);
  });
});

describe('phone detection', () => {
  it.each([
    ['call 0120-959-472 now', ['0120-959-472']],
    ['from abroad +39 346 4448921', ['+39 346 4448921']],
    ['toll free 800.688.788', ['800.688.788']],
    ['0077-7-111 or 050-5434-4653', ['0077-7-111', '050-5434-4653']],
  ])('finds numbers in %s', (text, found) => {
    expect(findPhoneLike(text)).toEqual(found);
  });
  it.each([
    'since 2016-05-21',
    'about 2,400 shops',
    '¥1,100 within 1 year',
    'https://example.com/0120-959-472',
    'up to 24 months',
    'delibera 487/18/CONS',
  ])('ignores %s', (text) => {
    expect(findPhoneLike(text)).toEqual([]);
  });
  it('normalizes for comparison', () => {
    expect(normalizePhone('+39 346-444 8921')).toBe('+393464448921');
  });
});
