/**
 * Reads the linkable structure of a guide straight from its MDX source: every
 * <Section>, <Checklist> and <Step> with its explicit id. Used by the build-time
 * content check, the table of contents and the permalink manifest, so all three
 * agree without depending on rendered headings.
 */
export type AnchorKind = 'section' | 'checklist' | 'step';

export interface Anchor {
  kind: AnchorKind;
  id: string;
  title: string;
  aliases: string[];
  /** 1-based line in the MDX body, for error messages. */
  line: number;
}

const TAG = /<(Section|Checklist|Step)\b([^>]*)>/g;
const ATTR = /([a-zA-Z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) out[m[1]!] = m[2] ?? m[3] ?? '';
  return out;
}

export function extractAnchors(body: string): Anchor[] {
  const anchors: Anchor[] = [];
  // Lines are counted as the scan moves on, not from the start for every tag.
  let line = 1;
  let counted = 0;
  for (const m of body.matchAll(TAG)) {
    for (
      let i = body.indexOf('\n', counted);
      i !== -1 && i < m.index;
      i = body.indexOf('\n', i + 1)
    )
      line++;
    counted = m.index;
    const attrs = attributes(m[2]!);
    anchors.push({
      kind: m[1]!.toLowerCase() as AnchorKind,
      id: attrs.id ?? '',
      title: attrs.title ?? '',
      aliases: (attrs.aliases ?? '').split(/[\s,]+/).filter(Boolean),
      line,
    });
  }
  return anchors;
}

/** Every fragment a reader may link to: ids and aliases, in page order. */
export function allFragments(anchors: Anchor[]): string[] {
  return anchors.flatMap((a) => [a.id, ...a.aliases]);
}

/** Numbers written as <Phone number="..."/> in the body. */
export function extractPhoneTags(body: string): string[] {
  return [...body.matchAll(/<Phone\b([^>]*)\/?>/g)].map((m) => attributes(m[1]!).number ?? '');
}

/** The section that explains a way to cancel: its `section`, else a section whose id is its type. */
export function channelSection(
  channel: { type: string; section?: string | undefined },
  anchors: Anchor[],
): string | undefined {
  if (channel.section) return channel.section;
  return anchors.some((a) => a.kind === 'section' && a.id === channel.type)
    ? channel.type
    : undefined;
}
