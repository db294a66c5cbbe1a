/** Ordering the glossary, and its A–Z index. */

/** The key a term is filed under: lower case, without a leading article ("the strength of weak ties" → "strength…"). */
function sortKey(term: string): string {
  return term.toLowerCase().replace(/^(the|a|an)\s+/, '');
}

/** Sort glossary entries alphabetically by term, ignoring case and leading articles. */
export function byTerm<T extends { term: string }>(a: T, b: T): number {
  return sortKey(a.term).localeCompare(sortKey(b.term), 'en');
}

/** The letter a term is filed under in the A–Z index ("#" for a term that starts with a digit or a sign). */
export function termInitial(term: string): string {
  const first = sortKey(term)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** One letter of the A–Z index, with the entries filed under it (none for a letter no term starts with). */
export interface GlossaryLetter<T> {
  letter: string;
  entries: T[];
}

/**
 * The A–Z index: every letter from A to Z in order, each with its entries in glossary order, then "#" for any
 * term that does not start with a letter. Entries must already be sorted with `byTerm`.
 */
export function alphabetical<T extends { term: string }>(entries: readonly T[]): GlossaryLetter<T>[] {
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
  const index = letters.map((letter): GlossaryLetter<T> => ({ letter, entries: [] }));
  for (const entry of entries) index[letters.indexOf(termInitial(entry.term))]!.entries.push(entry);
  return index.filter(({ letter, entries: filed }) => letter !== '#' || filed.length > 0);
}
