/** The real content folder passes every rule (the same check the build runs). */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/content-rules/index.ts';
import { contentDir } from '../../src/config.ts';
import { readContent } from '../../src/content-rules/read.ts';

describe('content/', () => {
  it('has no content problems', () => {
    const raw = readContent(process.cwd(), contentDir());
    expect(raw.guides.length).toBeGreaterThan(0);
    expect(checkContent(raw).map(formatProblem)).toEqual([]);
  });
});
