/**
 * Citations in one style, APA (7th edition), for the reference lists on lesson pages and /references/.
 * Returns text runs rather than HTML so that components render them without any HTML injection.
 */
import type { Reference } from '~/schema';

/** A run of citation text; `italic` runs are titles of journals and books. */
export interface CitationRun {
  text: string;
  italic?: boolean;
}

/** "Kanter, R. M." from family "Kanter" and given "Rosabeth Moss". */
export function apaAuthor(author: { family: string; given: string }): string {
  const initials = author.given
    .split(/[\s.]+/)
    .filter(Boolean)
    .map((name) =>
      name
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return initials ? `${author.family}, ${initials}` : author.family;
}

/** The author list in APA form: "A, B., C, D., & E, F." (up to 20 authors). */
export function apaAuthors(authors: Reference['authors']): string {
  const names = authors.map(apaAuthor);
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) return `${names[0]}, & ${names[1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
}

/** The in-text form: "Kanter (1979)", "Uzzi & Dunlap (2005)", "Huang et al. (2017)". */
export function shortCitation(reference: Pick<Reference, 'authors' | 'year'>): string {
  const families = reference.authors.map((author) => author.family);
  const who =
    families.length === 1
      ? families[0]
      : families.length === 2
        ? `${families[0]} & ${families[1]}`
        : `${families[0]} et al.`;
  return `${who} (${reference.year})`;
}

/** Ensure a sentence-like part ends with one full stop (titles ending in ? or ! keep theirs). */
function closed(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** The full APA reference as text runs, e.g. Kanter, R. M. (1979). Power failure… *Harvard Business Review*, *57*(4). */
export function apaReference(reference: Reference): CitationRun[] {
  const runs: CitationRun[] = [{ text: `${closed(apaAuthors(reference.authors))} (${reference.year}). ` }];
  const isJournal = reference.kind === 'article';
  if (isJournal) {
    runs.push({ text: `${closed(reference.title)} ` });
    if (reference.container) {
      runs.push({ text: reference.container, italic: true });
      if (reference.volume) {
        runs.push({ text: ', ' }, { text: reference.volume, italic: true });
        if (reference.issue) runs.push({ text: `(${reference.issue})` });
      }
      if (reference.pages) runs.push({ text: `, ${reference.pages}` });
      runs.push({ text: '.' });
    }
  } else {
    const edition = reference.edition ? ` (${reference.edition} ed.)` : '';
    runs.push({ text: reference.title, italic: reference.kind === 'book' || reference.kind === 'report' });
    runs.push({ text: edition ? `${edition}. ` : /[.?!]$/.test(reference.title) ? ' ' : '. ' });
    if (reference.container) runs.push({ text: `${closed(reference.container)}` });
  }
  if (reference.note) runs.push({ text: ` (${reference.note})` });
  return runs.filter((run) => run.text !== '');
}

/** The whole reference as plain text (for print, exports and tests). */
export function apaReferenceText(reference: Reference): string {
  return apaReference(reference)
    .map((run) => run.text)
    .join('')
    .trim();
}

/** APA order for a reference list: by first author's family name, then year. */
export function byFirstAuthor(a: Pick<Reference, 'authors' | 'year'>, b: Pick<Reference, 'authors' | 'year'>): number {
  const key = (r: Pick<Reference, 'authors' | 'year'>) =>
    `${r.authors.map((author) => `${author.family} ${author.given}`).join(' ')} ${r.year}`;
  return key(a).localeCompare(key(b), 'en');
}
