import { describe, expect, it } from 'vitest';
import { factIn } from '../../src/content-rules/facts.ts';
import { blocks, citedIds } from '../../src/content-rules/body.ts';

describe('factIn: what must be cited', () => {
  it.each([
    ['Call 0120-800-000 for help.', 'a phone number'],
    ['It costs ¥1,100.', 'a money amount'],
    ['解约费 1,100 日元。', 'a money amount'],
    ['A fee of £20 applies.', 'a money amount'],
    ['Pay 5 euros.', 'a money amount'],
    ['Give 30 days notice.', 'a count of days, weeks, months, years, hours or minutes'],
    ['通知期 30 天。', 'a count of days, weeks, months, years, hours or minutes'],
    ['12 个月内解约。', 'a count of days, weeks, months, years, hours or minutes'],
    ['within one working day', 'a count of days, weeks, months, years, hours or minutes'],
    ['3% less', 'a percentage'],
    ['Open 9:00 to 20:00.', 'a time of day'],
    ['Since May 2023, it works.', 'a date'],
    ['2023年5月起', 'a date'],
  ])('%s → %s', (text, kind) => {
    expect(factIn(text)).toBe(kind);
  });
  it.each(['Log in to My docomo.', 'Use the app.', '在 App 里办理。', 'Get a 4G SIM.'])(
    '%s states no fact',
    (text) => {
      expect(factIn(text)).toBeNull();
    },
  );
});

describe('blocks and citations', () => {
  it('splits paragraphs, list items and table rows, without component tag lines', () => {
    const b = blocks(
      '<Section id="a" title="A">\nOne para\nstill one.\n\n- item 1\n- item 2\n| x | y |\n</Section>',
    );
    expect(b.map((x) => x.text.trim())).toEqual([
      'One para\nstill one.',
      '- item 1',
      '- item 2',
      '| x | y |',
    ]);
    expect(b.map((x) => x.line)).toEqual([2, 5, 6, 7]);
  });
  it('reads every cited id', () => {
    expect(citedIds('A <Cite source="a b" /> and <Cite source="c"/>')).toEqual(['a', 'b', 'c']);
  });
});
