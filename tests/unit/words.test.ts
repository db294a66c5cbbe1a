import { describe, expect, it } from 'vitest';
import { countOf } from '~/lib/words';

describe('countOf', () => {
  it.each([
    [0, '0 reports'],
    [1, '1 report'],
    [2, '2 reports'],
    [12, '12 reports'],
  ])('%i → %s', (count, words) => {
    expect(countOf(count, 'report', 'reports')).toBe(words);
  });
});
