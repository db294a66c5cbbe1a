/** The glossary's order and its A–Z index. */
import { describe, expect, it } from 'vitest';
import { alphabetical, byTerm, termInitial } from '~/lib/glossary';

describe('termInitial', () => {
  it.each([
    ['weak tie', 'W'],
    ['Effective size', 'E'],
    ['the strength of weak ties', 'S'],
    ['an otherish giver', 'O'],
    ['élite', 'E'],
    ['360-degree review', '#'],
  ])('files "%s" under %s', (term, letter) => {
    expect(termInitial(term)).toBe(letter);
  });
});

describe('alphabetical', () => {
  const terms = ['weak tie', 'the bridge', 'broker', 'effective size', 'Weak ties (strength of)', '3-D'].map(
    (term) => ({ term }),
  );
  const index = alphabetical([...terms].sort(byTerm));

  it('has every letter from A to Z in order, and "#" last only when a term needs it', () => {
    expect(index.map(({ letter }) => letter).join('')).toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ#');
    expect(alphabetical([{ term: 'broker' }]).map(({ letter }) => letter)).not.toContain('#');
  });

  it('files each entry once, under its letter, in glossary order', () => {
    const filed = Object.fromEntries(index.map(({ letter, entries }) => [letter, entries.map(({ term }) => term)]));
    expect(filed['B']).toEqual(['the bridge', 'broker']);
    expect(filed['E']).toEqual(['effective size']);
    expect(filed['W']).toEqual(['weak tie', 'Weak ties (strength of)']);
    expect(filed['#']).toEqual(['3-D']);
    expect(filed['A']).toEqual([]);
    expect(index.flatMap(({ entries }) => entries)).toHaveLength(terms.length);
  });
});
