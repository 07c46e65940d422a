/** The benchmark's synthetic content passes the real content rules. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generate.ts';
import { checkContent, formatProblem } from '../../src/content-rules/index.ts';
import { readContent } from '../../src/content-rules/read.ts';

describe('benchmark content', () => {
  it('is valid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'simexit-bench-'));
    try {
      generateContent(dir, 10);
      const raw = readContent(dir, dir);
      expect(raw.guides).toHaveLength(10);
      expect(checkContent(raw).map(formatProblem)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
