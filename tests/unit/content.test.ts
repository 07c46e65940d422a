/** The real content folder passes every rule (the same check the build runs). */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check';
import { readContent } from '../../src/lib/content-files';

describe('content/', () => {
  it('has no content problems', () => {
    const raw = readContent(process.cwd(), 'content');
    expect(raw.guides.length).toBeGreaterThan(0);
    expect(checkContent(raw).map(formatProblem)).toEqual([]);
  });
});
