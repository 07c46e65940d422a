import { describe, expect, it } from 'vitest';
import { formatDate, isOutdated, isoDate } from '../../src/lib/dates.ts';

describe('isOutdated', () => {
  const now = new Date('2026-11-25T10:00:00Z');
  it.each([
    ['2025-11-24', true],
    ['2025-11-25', false],
    ['2026-06-01', false],
  ])('%s → %s', (d, expected) => {
    expect(isOutdated(new Date(`${d}T00:00:00Z`), now)).toBe(expected);
  });
});

describe('dates', () => {
  const d = new Date('2026-11-24T00:00:00Z');
  it('formats in each language, in UTC', () => {
    expect(formatDate(d, 'zh')).toBe('2026年11月24日');
    expect(formatDate(d, 'en')).toBe('24 November 2026');
    expect(isoDate(d)).toBe('2026-11-24');
  });
});
