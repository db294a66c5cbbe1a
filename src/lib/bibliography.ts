/**
 * Reads the course bibliography (content/references.bib, BibTeX) into plain reference records.
 * Pure: takes the file's text and returns data; src/schema.ts validates the result.
 */
import { parse } from '@retorquere/bibtex-parser';

/** A reference as read from BibTeX, before schema validation. */
export interface RawReference {
  [field: string]: unknown;
  id: string;
  kind: string;
  authors: { family: string; given: string }[];
  title: string;
  year: number | string;
  container?: string;
  volume?: string;
  issue?: string;
  pages?: string;
  edition?: string;
  note?: string;
  link?: string;
}

/** Thrown when the bibliography cannot be read; the message names the entry and the problem. */
export class BibliographyError extends Error {
  override name = 'BibliographyError';
}

interface Creator {
  lastName?: string;
  firstName?: string;
  name?: string;
}

/** Parse the text of a .bib file into one record per entry, in file order. */
export function parseBibliography(text: string): RawReference[] {
  const result = parse(text, { sentenceCase: {} });
  if (result.errors.length > 0) {
    const first = result.errors[0];
    throw new BibliographyError(`content/references.bib: ${first?.error ?? 'unreadable entry'}`);
  }
  return result.entries.map((entry) => {
    const fields = entry.fields as Record<string, unknown>;
    const text = (name: string) => {
      const raw = fields[name];
      // Some fields (publisher, organization) come back as lists of literals.
      const value = Array.isArray(raw) ? raw.filter((part) => typeof part === 'string').join('; ') : raw;
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
    };
    const creators = (fields['author'] as Creator[] | undefined) ?? [];
    const year = text('year');
    const reference: RawReference = {
      id: entry.key,
      kind: entry.type.toLowerCase(),
      authors: creators.map((c) => ({ family: c.lastName ?? c.name ?? '', given: c.firstName ?? '' })),
      title: capitaliseAfterColon(text('title') ?? ''),
      year: year && /^\d{4}$/.test(year) ? Number(year) : (year ?? ''),
    };
    const container =
      text('journal') ?? text('journaltitle') ?? text('publisher') ?? text('organization') ?? text('institution');
    const optional = {
      container,
      volume: text('volume'),
      issue: text('number'),
      pages: text('pages'),
      edition: text('edition'),
      note: text('note'),
      link: text('url') ?? (text('doi') ? `https://doi.org/${text('doi')}` : undefined),
    };
    for (const [key, value] of Object.entries(optional)) {
      if (value !== undefined) (reference as unknown as Record<string, string>)[key] = value;
    }
    return reference;
  });
}

/** APA sentence case capitalises the first word of a subtitle; the parser lowercases it. */
export function capitaliseAfterColon(title: string): string {
  return title.replace(/([:?]\s+)(\p{Ll})/gu, (_match, gap: string, letter: string) => gap + letter.toUpperCase());
}
