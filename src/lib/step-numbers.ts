import type { Anchor } from './mdx-structure.ts';

/** For every step id: the title of its section and "step n of m", counted within that section (from the MDX structure). */
export function stepNumbers(
  anchors: Anchor[],
): Map<string, { n: number; of: number; section: string }> {
  const out = new Map<string, { n: number; of: number; section: string }>();
  let group: string[] = [];
  let section = '';
  const flush = () => {
    group.forEach((id, i) => out.set(id, { n: i + 1, of: group.length, section }));
    group = [];
  };
  for (const a of anchors) {
    if (a.kind === 'step') group.push(a.id);
    else {
      flush();
      section = a.title;
    }
  }
  flush();
  return out;
}
