/**
 * Finding glossary terms in lesson source, so the glossary can say where each term is used
 * and build checks can confirm every <Term id> has an entry.
 */

/** The ids of every <Term id="..."> in an MDX source, in order of first use, without repeats. */
export function termIdsIn(source: string): string[] {
  const ids = [...source.matchAll(/<Term\s+id=["']([^"']+)["']/g)].map((match) => match[1]!);
  return [...new Set(ids)];
}

/** Sort glossary entries alphabetically by term, ignoring case and leading articles. */
export function byTerm<T extends { term: string }>(a: T, b: T): number {
  const key = (term: string) => term.toLowerCase().replace(/^(the|a|an)\s+/, '');
  return key(a.term).localeCompare(key(b.term), 'en');
}
