import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { dataEntries, mdxEntries, type MdxModule } from '../../src/lib/content-entries.ts';
import { splitFrontmatter } from '../../src/content-rules/read.ts';
import { carrierSchema } from '../../src/schemas/carrier.ts';
import { guideSchema } from '../../src/schemas/guide.ts';

const FIXTURES = 'tests/fixtures/valid';
const read = (filePath: string) => readFileSync(filePath, 'utf8');
const carrierText = read(`${FIXTURES}/carriers/testco.yaml`);
const guidePath = `${FIXTURES}/guides/en/testland/testco.mdx`;
const guideText = read(guidePath);
const Content = (() => null) as unknown as MdxModule['Content'];
const guideModule: MdxModule = {
  frontmatter: yaml.load(splitFrontmatter(guideText).frontmatter!) as Record<string, unknown>,
  Content,
};

describe('dataEntries', () => {
  it('names entries by their path inside the folder, sorted, with the schema applied', () => {
    const entries = dataEntries(
      {
        [`/${FIXTURES}/carriers/testco.yaml`]: carrierText,
        [`/${FIXTURES}/carriers/a.yml`]: carrierText,
      },
      FIXTURES + '/carriers',
      (d) => carrierSchema.parse(d),
    );
    expect(entries.map((e) => [e.id, e.filePath])).toEqual([
      ['a', `${FIXTURES}/carriers/a.yml`],
      ['testco', `${FIXTURES}/carriers/testco.yaml`],
    ]);
    expect(entries[1]!.data).toEqual(carrierSchema.parse(yaml.load(carrierText)));
  });

  it('names the file when its data does not pass the schema', () => {
    expect(() =>
      dataEntries({ '/content/carriers/bad.yaml': 'country: 3' }, 'content/carriers', (d) =>
        carrierSchema.parse(d),
      ),
    ).toThrow(/^content\/carriers\/bad\.yaml: /);
  });

  it('takes only the files of its own folder from a glob of several', () => {
    const entries = dataEntries(
      {
        '/content/carriers/testco.yaml': carrierText,
        '/content/carriers-old/x.yaml': carrierText,
        '/content/countries/testland.yaml': 'order: 1',
      },
      'content/carriers',
      (d) => carrierSchema.parse(d),
    );
    expect(entries.map((e) => e.filePath)).toEqual(['content/carriers/testco.yaml']);
  });
});

describe('mdxEntries', () => {
  it('gives the parsed frontmatter, the component and the body without frontmatter, read once', () => {
    const reads: string[] = [];
    const [entry, ...rest] = mdxEntries(
      { [`/${guidePath}`]: guideModule },
      `./${FIXTURES}/guides/`,
      (d) => guideSchema.parse(d),
      (p) => (reads.push(p), read(p)),
    );
    expect(rest).toEqual([]);
    expect(entry!.id).toBe('en/testland/testco');
    expect(entry!.data).toEqual(guideSchema.parse(guideModule.frontmatter));
    expect(entry!.Content).toBe(Content);
    expect(reads).toEqual([]);
    expect(entry!.body).toBe(splitFrontmatter(guideText).body);
    expect(entry!.body.startsWith('---')).toBe(false);
    expect(entry!.body).toContain('<Step id=');
    expect(reads).toEqual([guidePath]);
  });

  it('names the file when its frontmatter does not pass the schema', () => {
    const broken: MdxModule = { frontmatter: { title: 'x' }, Content };
    expect(() =>
      mdxEntries(
        { '/content/guides/en/x/y.mdx': broken },
        'content/guides',
        (d) => guideSchema.parse(d),
        read,
      ),
    ).toThrow(/^content\/guides\/en\/x\/y\.mdx: /);
  });
});
