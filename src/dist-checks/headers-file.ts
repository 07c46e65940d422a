/**
 * Reads the `_headers` format of Netlify / Cloudflare Pages (a path pattern line, then
 * indented "Name: value" lines) and computes the headers for a path, so tests can serve
 * dist/ exactly as such a host would.
 */
export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (m && rules.length) rules.at(-1)!.headers.push([m[1]!.trim(), m[2]!.trim()]);
  }
  return rules;
}

/** `*` matches any run of characters (slashes included), as the splat does on those hosts. */
export function patternMatches(pattern: string, path: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(path);
}

export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of rules)
    if (patternMatches(r.pattern, path))
      for (const [k, v] of r.headers) out[k] = out[k] ? `${out[k]}, ${v}` : v;
  return out;
}
