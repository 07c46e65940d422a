import type { Anchor } from './mdx-structure.ts';

/** "Step n of m" for every step id, counted within its section (from the MDX structure). */
export function stepNumbers(anchors: Anchor[]): Map<string, { n: number; of: number }> {
  const out = new Map<string, { n: number; of: number }>();
  let group: string[] = [];
  const flush = () => {
    group.forEach((id, i) => out.set(id, { n: i + 1, of: group.length }));
    group = [];
  };
  for (const a of anchors) {
    if (a.kind === 'step') group.push(a.id);
    else flush();
  }
  flush();
  return out;
}
