/** Country and carrier ids become URL segments: they must not collide with fixed routes. */
import { RESERVED_IDS } from '../../schemas/common.ts';
import type { Rule } from '../types.ts';

export const reservedFileNames: Rule = {
  name: 'reserved-file-names',
  check({ raw }, report) {
    for (const f of [...raw.countries, ...raw.carriers]) {
      if ((RESERVED_IDS as readonly string[]).includes(f.id))
        report(f, '(file name)', `"${f.id}" is reserved for a site page: rename the file`);
    }
  },
};
