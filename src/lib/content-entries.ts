/**
 * The content folder as entries for the pages, from the modules Vite compiled (import.meta.glob
 * in src/lib/data.ts) rather than from Astro's content layer: at 1,000 guides the content layer
 * (its sync, its data store, a data module holding every body) cost about as much as compiling
 * and rendering the guides themselves (docs/build-speed.md). Every file has already passed the
 * content check before Vite may load it (src/integrations/content-guard.ts); here the data only
 * goes through its schema again, for the schema's defaults and transforms. Pure: the modules,
 * the parser and the file reader come in.
 */
import type { MDXInstance } from 'astro';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../content-rules/read.ts';

/** What @astrojs/mdx compiles a .mdx file to (the parts the pages use). */
export type MdxModule = Pick<MDXInstance<Record<string, unknown>>, 'frontmatter' | 'Content'>;

export interface DataEntry<D> {
  /** Path inside the collection folder without extension: "docomo", "zh/japan/docomo". */
  id: string;
  data: D;
  /** The file, relative to the project root: "content/carriers/docomo.yaml". */
  filePath: string;
}

export interface MdxEntry<D> extends DataEntry<D> {
  /** The MDX body without frontmatter, read from the file on first use (anchors, citations). */
  readonly body: string;
  Content: MdxModule['Content'];
}

export class ContentEntryError extends Error {
  override name = 'ContentEntryError';
}

/**
 * The entries of one collection folder. `modules` is keyed as import.meta.glob keys them, by
 * path from the project root ("/content/carriers/docomo.yaml"), and may hold other folders'
 * files too; `folder` is the collection's folder from the root ("content/carriers").
 */
function entries<M, E>(
  modules: Record<string, M>,
  folder: string,
  make: (m: M, base: { id: string; filePath: string }) => E,
): E[] {
  const prefix = `/${folder.replace(/^\.\/|\/$/g, '')}/`;
  return Object.entries(modules)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, mod]) => {
      const id = key.slice(prefix.length).replace(/\.(ya?ml|mdx)$/, '');
      return { id, entry: make(mod, { id, filePath: key.slice(1) }) };
    })
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((e) => e.entry);
}

function parsed<D>(parse: (data: unknown) => D, data: unknown, filePath: string): D {
  try {
    return parse(data);
  } catch (e) {
    throw new ContentEntryError(`${filePath}: ${(e as Error).message}`);
  }
}

/** YAML files (imported as text) as entries, sorted by id. */
export function dataEntries<D>(
  modules: Record<string, string>,
  folder: string,
  parse: (data: unknown) => D,
): DataEntry<D>[] {
  return entries(modules, folder, (text, base) => ({
    ...base,
    data: parsed(parse, yaml.load(text), base.filePath),
  }));
}

/** MDX modules as entries, sorted by id; `readText` reads a file by its path from the root. */
export function mdxEntries<D>(
  modules: Record<string, MdxModule>,
  folder: string,
  parse: (frontmatter: unknown) => D,
  readText: (filePath: string) => string,
): MdxEntry<D>[] {
  return entries(modules, folder, (mod, base) => {
    let body: string | undefined;
    return {
      ...base,
      data: parsed(parse, mod.frontmatter, base.filePath),
      get body() {
        return (body ??= splitFrontmatter(readText(base.filePath)).body);
      },
      Content: mod.Content,
    };
  });
}
