/** Reads the raw content folder (countries, carriers, guides) without Astro. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import yaml from 'js-yaml';

export interface RawFile {
  /** Path relative to the project root, with forward slashes (for messages). */
  file: string;
  /** Path inside the collection folder without extension, e.g. "zh/japan/docomo". */
  id: string;
  data: unknown;
  body: string;
  /** Lines before the body (the frontmatter block), so body line N is file line N + bodyOffset. */
  bodyOffset: number;
  /** Set when the file could not be parsed. */
  parseError?: string;
}

export interface RawContent {
  countries: RawFile[];
  carriers: RawFile[];
  guides: RawFile[];
  hubs: RawFile[];
  situations: RawFile[];
  /** content/search-words: validated here, used only by search (no page rule reads them). */
  searchWords?: RawFile[];
}

function walk(dir: string, exts: string[]): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return walk(p, exts);
    return exts.some((e) => n.endsWith(e)) ? [p] : [];
  });
}

const posix = (p: string) => p.split(sep).join('/');

export function splitFrontmatter(text: string): { frontmatter: string | null; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { frontmatter: null, body: text };
  return { frontmatter: m[1]!, body: text.slice(m[0].length) };
}

function readOne(root: string, base: string, path: string, kind: 'data' | 'mdx'): RawFile {
  const file = posix(relative(root, path));
  const id = posix(relative(base, path)).replace(/\.(ya?ml|mdx)$/, '');
  const text = readFileSync(path, 'utf8');
  try {
    if (kind === 'data') return { file, id, data: yaml.load(text), body: '', bodyOffset: 0 };
    const { frontmatter, body } = splitFrontmatter(text);
    if (frontmatter === null)
      return {
        file,
        id,
        data: undefined,
        body,
        bodyOffset: 0,
        parseError: 'no frontmatter: start the file with a --- block',
      };
    const bodyOffset = text.slice(0, text.length - body.length).split('\n').length - 1;
    return { file, id, data: yaml.load(frontmatter), body, bodyOffset };
  } catch (e) {
    return {
      file,
      id,
      data: undefined,
      body: '',
      bodyOffset: 0,
      parseError: `YAML does not parse: ${(e as Error).message.split('\n')[0]}`,
    };
  }
}

export function readContent(root: string, contentDir: string): RawContent {
  const dir = (d: string) => join(contentDir, d);
  return {
    countries: walk(dir('countries'), ['.yaml', '.yml']).map((p) =>
      readOne(root, dir('countries'), p, 'data'),
    ),
    carriers: walk(dir('carriers'), ['.yaml', '.yml']).map((p) =>
      readOne(root, dir('carriers'), p, 'data'),
    ),
    guides: walk(dir('guides'), ['.mdx']).map((p) => readOne(root, dir('guides'), p, 'mdx')),
    hubs: walk(dir('hubs'), ['.mdx']).map((p) => readOne(root, dir('hubs'), p, 'mdx')),
    situations: walk(dir('situations'), ['.yaml', '.yml']).map((p) =>
      readOne(root, dir('situations'), p, 'data'),
    ),
    searchWords: walk(dir('search-words'), ['.yaml', '.yml']).map((p) =>
      readOne(root, dir('search-words'), p, 'data'),
    ),
  };
}
