import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/lib/mdx-structure.ts';
import { stepNumbers } from '../../src/lib/step-numbers.ts';

const anchors = extractAnchors(
  `<Checklist id="bring" title="Bring">\n</Checklist>\n<Section id="online" title="Online">\n<Step id="a" title="A">\n</Step>\n<Step id="b" title="B">\n</Step>\n</Section>\n<Section id="after" title="After">\n</Section>`,
);

describe('step numbers', () => {
  it('counts steps within their section', () => {
    expect([...stepNumbers(anchors)]).toEqual([
      ['a', { n: 1, of: 2, section: 'Online' }],
      ['b', { n: 2, of: 2, section: 'Online' }],
    ]);
  });
});
