import { describe, expect, it } from 'vitest';
import { countOf, signed } from '~/lib/words';

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

describe('signed', () => {
  it.each([
    [2, '+2'],
    [0, '0'],
    [-1, '−1'],
  ])('%i → %s, with a true minus sign', (value, words) => {
    expect(signed(value)).toBe(words);
  });
});
