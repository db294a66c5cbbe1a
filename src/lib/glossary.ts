/** Ordering the glossary. */

/** Sort glossary entries alphabetically by term, ignoring case and leading articles. */
export function byTerm<T extends { term: string }>(a: T, b: T): number {
  const key = (term: string) => term.toLowerCase().replace(/^(the|a|an)\s+/, '');
  return key(a.term).localeCompare(key(b.term), 'en');
}
