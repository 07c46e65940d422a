/** One term per concept in Chinese (docs/zh-style.md): the retired variants are rejected in zh files. */
import { prose, stringsIn } from '../body.ts';
import type { Rule } from '../types.ts';

/** Retired variant → the term to use instead. */
export const RETIRED_ZH_TERMS: Record<string, string> = {
  注销线路: '解约',
  注销号码: '解约',
  注销合同: '解约',
  注销手机卡: '解约',
  转网携号: '携号转网',
  号码携转: '携号转网',
  确认措施: '确认措置',
  'eSIM 描述文件': 'eSIM',
  eSIM描述文件: 'eSIM',
  topping: '充值',
  预付卡: '预付费卡',
  违约金: '提前解约费',
};

export const zhTerms: Rule = {
  name: 'zh-terms',
  check({ pages }, report) {
    for (const p of pages) {
      if (!p.lang.startsWith('zh')) continue;
      const texts = [
        prose(p.file.body),
        ...stringsIn(p.file.data)
          .filter((s) => !/(^|\.)(url|title|publisher)$/.test(s.path))
          .map((s) => s.value),
      ];
      for (const [retired, use] of Object.entries(RETIRED_ZH_TERMS)) {
        if (texts.some((t) => t.includes(retired)))
          report(
            p.file,
            `term "${retired}"`,
            `write "${use}" instead (one term per concept, docs/zh-style.md)`,
          );
      }
    }
  },
};
