/**
 * Reading an MDX body the way the rules need it: prose without tags and URLs, the blocks a
 * citation must sit in (paragraphs, list items, table rows), citations, and every string
 * in a frontmatter object with its path.
 */
import { attributes } from '../lib/mdx-structure.ts';

/** The body with fenced and inline code blanked out (same length, so offsets and lines stay). */
export function withoutCode(body: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return body.replace(/```[\s\S]*?(```|$)/g, blank).replace(/`[^`\n]*`/g, blank);
}

/** Text a reader sees: tags and link targets removed. */
export function prose(text: string): string {
  return text
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ');
}

export interface Block {
  text: string;
  /** 1-based line in the body where the block starts. */
  line: number;
}

const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const TAG_LINE = /^\s*<\/?(?:Section|Steps|Step|Checklist)\b[^>]*>\s*$/;

/** Paragraphs, list items and table rows: the units a fact and its citation share. */
export function blocks(body: string): Block[] {
  const out: Block[] = [];
  let cur: Block | null = null;
  const flush = () => {
    if (cur && cur.text.trim()) out.push(cur);
    cur = null;
  };
  withoutCode(body)
    .split('\n')
    .forEach((raw, i) => {
      const line = raw
        .replace(/^\s*<(?:Section|Step|Checklist)\b[^>]*>/, '')
        .replace(/<\/(?:Section|Step|Checklist|Steps)>\s*$/, '');
      if (!raw.trim() || TAG_LINE.test(raw)) return flush();
      if (ITEM.test(line) || /^\s*\|/.test(line)) flush();
      if (!cur) cur = { text: '', line: i + 1 };
      cur.text += line + '\n';
    });
  flush();
  return out;
}

/** Source ids cited in a text: <Cite source="a b" />. */
export function citedIds(text: string): string[] {
  return [...text.matchAll(/<Cite\b([^>]*)\/?>/g)].flatMap((m) =>
    (attributes(m[1]!).source ?? '').split(/[\s,]+/).filter(Boolean),
  );
}

/** Every string inside a parsed YAML value, with a readable path ("channels[0].note"). */
export function stringsIn(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path: path || '(value)', value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, path ? `${path}.${k}` : k));
  }
  return [];
}
