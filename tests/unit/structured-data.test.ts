import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/lib/mdx-structure.ts';
import { howTos, jsonLd } from '../../src/lib/structured-data.ts';

const anchors = extractAnchors(
  `<Checklist id="bring" title="Bring">\n</Checklist>\n<Section id="online" title="Online">\n<Step id="a" title="A">\n</Step>\n<Step id="b" title="B">\n</Step>\n</Section>\n<Section id="after" title="After">\n</Section>`,
);

describe('structured data', () => {
  it('builds one HowTo per section with steps, each step with its own URL', () => {
    const h = howTos('https://s.test/en/x/', anchors, 'en');
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({
      name: 'Online',
      url: 'https://s.test/en/x/#online',
      step: [{ url: 'https://s.test/en/x/#a' }, { url: 'https://s.test/en/x/#b', position: 2 }],
    });
  });
  it('escapes "<" so the JSON cannot close its script element', () => {
    expect(jsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
    expect(JSON.parse(jsonLd({ name: '</script>' })).name).toBe('</script>');
  });
});
