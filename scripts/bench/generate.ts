/**
 * Synthetic guides for the benchmark: realistic size and structure (checklist, four sections
 * of five steps, about 1,100 words, ten cited sources), valid under the real schema and content rules.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CARRIERS = ['docomo', 'au', 'softbank', 'rakuten-mobile'];
const WORDS = {
  en: 'Check the contract summary and any device instalments before you confirm; keep the completion screen as proof and pay the last bill before you leave.',
  zh: '确认前先核对合同摘要和手机分期余额；保存完成页面作为凭证，并在离开前付清最后一期账单。',
};

const SOURCES = 10;
const SECTIONS = ['online', 'store', 'port', 'from-abroad'];

export function syntheticGuide(i: number, lang: 'zh' | 'en'): string {
  const carrier = CARRIERS[i % CARRIERS.length];
  const title = lang === 'zh' ? `基准测试指南 ${i}：解约` : `Benchmark guide ${i}: cancel a line`;
  let cite = 0;
  const nextCite = () => `<Cite source="source-${cite++ % SOURCES}" />`;
  const sections = SECTIONS.map((s) => {
    const steps = [1, 2, 3, 4, 5]
      .map(
        (n) =>
          `<Step id="${s}-step-${n}" title="${lang === 'zh' ? `第 ${n} 步` : `Step ${n}`} (${s} ${i})">\n${WORDS[lang]} ${nextCite()} ${WORDS[lang]}\n</Step>`,
      )
      .join('\n');
    return `<Section id="${s}" title="${s} ${i}">\n${WORDS[lang]}\n\n<Steps>\n${steps}\n</Steps>\n</Section>`;
  }).join('\n\n');
  const sources = Array.from(
    { length: SOURCES },
    (_, k) => `  - id: source-${k}
    url: https://www.example.com/source-${i}-${k}
    title: Synthetic source ${k}
    publisher: SIM Exit benchmark
    accessed: 2026-11-01
    official: false`,
  ).join('\n');
  return `---
title: "${title}"
description: "${lang === 'zh' ? '用于衡量构建速度的合成指南。' : 'A synthetic guide used to measure build speed.'}"
country: japan
carrier: ${carrier}
kind: carrier
simTypes: [physical, esim]
channels:
  - type: online
    note: Synthetic.
    abroad: "yes"
  - type: store
    note: Synthetic.
    abroad: "no"
lastVerified: 2026-11-01
sources:
${sources}
---

<Checklist id="before-you-start" title="${lang === 'zh' ? '开始之前' : 'Before you start'}">
- ${WORDS[lang]}
- ${WORDS[lang]}
</Checklist>

${sections}
`;
}

/** Writes `n` guide pages (n/2 topics × zh + en) plus the real countries and carriers into `dir`. */
export function generateContent(dir: string, n: number): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync('content/countries', join(dir, 'countries'), { recursive: true });
  cpSync('content/carriers', join(dir, 'carriers'), { recursive: true });
  for (const lang of ['zh', 'en'] as const) {
    const out = join(dir, 'guides', lang, 'japan');
    mkdirSync(out, { recursive: true });
    for (let i = 0; i < Math.ceil(n / 2); i++)
      writeFileSync(join(out, `bench-${String(i).padStart(5, '0')}.mdx`), syntheticGuide(i, lang));
  }
}

/** A synthetic guide split for the comparison sites: title/description lines and a body without citations. */
export function plainParts(mdx: string): { frontmatter: string; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(mdx)!;
  const frontmatter = m[1]!
    .split('\n')
    .filter((l) => /^(title|description):/.test(l))
    .join('\n');
  return { frontmatter, body: m[2]!.replace(/ ?<Cite [^>]*\/>/g, '') };
}
