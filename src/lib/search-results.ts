/**
 * Search results as the learner sees them: for each page Pagefind finds, the passages (sections, under their
 * headings) that match best, each a link that opens the page at that section. Pure: it takes what Pagefind's
 * `result.data()` gives and returns what to draw (src/scripts/search-dialog.ts draws it).
 */
import { countOf } from '~/lib/words';

/** A section of a found page, as Pagefind gives it. */
export interface FoundSection {
  title: string;
  /** The page's address, with `#heading-id` for a section under a heading. */
  url: string;
  /** A short passage, HTML-escaped, with `<mark>` around the words that matched. */
  excerpt: string;
  /** The same passage as plain text. */
  plain_excerpt?: string;
  /** Where the matched words are, by word position. */
  locations: number[];
}

/** A found page, as Pagefind's `result.data()` gives it (the parts used here). */
export interface FoundPage {
  url: string;
  excerpt: string;
  plain_excerpt?: string;
  /** The page's whole text, as indexed. */
  content?: string;
  meta: Record<string, string | undefined>;
  sub_results?: FoundSection[];
}

/** One link in the results: the page (and its kind), the section, where it opens, and the passage. */
export interface SearchEntry {
  /** "Module 5", "Glossary", "Tool"; none for pages without a kind. */
  kind?: string;
  page: string;
  /** The heading of the matching section; none when the match is in the page's opening. */
  section?: string;
  url: string;
  excerpt: string;
  /** Whether the passage starts and ends where a sentence does, when the page's text tells (see passagePlace). */
  place?: PassagePlace;
}

/**
 * Words that carry no meaning of their own in a search ("mentor vs sponsor", "how to give"). Pagefind finds only
 * pages that have every word searched for, so one of these would hide the pages that do not happen to use it.
 */
const FILLER = new Set(
  'a an and are as at be by can do does for from how i in is it my of on or the to v vs versus what when why with'.split(
    ' ',
  ),
);

/**
 * What to ask Pagefind for: the query without filler words, or the query as typed when it is nothing but filler
 * ("how to").
 */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const meaningful = words.filter((word) => !FILLER.has(word.toLowerCase().replace(/[^\p{L}]/gu, '')));
  return (meaningful.length > 0 ? meaningful : words).join(' ');
}

/**
 * The pages found for any of several words, each once (at its best score), best first: what to show when no page
 * has every word searched for.
 */
export function anyOf<Result extends { id: string; score: number }>(lists: Result[][]): Result[] {
  const best = new Map<string, Result>();
  for (const result of lists.flat()) {
    const kept = best.get(result.id);
    if (!kept || result.score > kept.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** What a search found, for the status line under the search box. */
export interface SearchOutcome {
  /** What the learner typed. */
  typed: string;
  /** The words searched for in the end: without filler words and without words no page has. */
  searched: string;
  /** Words typed that no page has (each looked up alone). */
  missing: string[];
  /** Whether no page had every word searched for, so the pages shown have some of them. */
  someWords: boolean;
  /** How many pages were found, and how many at most are shown. */
  pageCount: number;
  shownAtMost: number;
}

/** How much of what was typed the status line repeats: a long query would push the results off a phone's screen. */
export const QUOTED_LENGTH = 40;

/** Text in quotation marks, its start only (cut at a word, with "…") when it is long. */
function quote(text: string): string {
  if (text.length <= QUOTED_LENGTH) return `“${text}”`;
  const cut = text.slice(0, QUOTED_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `“${(space > QUOTED_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

/** The status line for a search: what was found, for which words, and which words no page has. */
export function searchStatus(outcome: SearchOutcome): string {
  const { typed, searched, missing, someWords, pageCount, shownAtMost } = outcome;
  const absent = missing.length > 0 ? `No page has ${missing.map(quote).join(' or ')}. ` : '';
  if (pageCount === 0) return `${absent || `Nothing found for ${quote(typed)}. `}Try fewer or other words.`;
  const shown = pageCount > shownAtMost ? `; the best ${shownAtMost} are shown.` : '.';
  if (someWords)
    return `${absent}${absent ? 'None' : 'No page'} has all of ${quote(searched)}; ${countOf(pageCount, 'page has', 'pages have')} some of these words${shown}`;
  return `${absent}${countOf(pageCount, 'page matches', 'pages match')} ${quote(absent ? searched : typed)}${shown}`;
}

/** The words of a query worth matching against headings: three letters or more, plural `s` dropped. */
function queryWords(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((word) => word.length >= 3)
    .map((word) => word.replace(/s$/, ''));
}

/**
 * The entries to show for `pages` (best first, as Pagefind ranked them): at most `perPage` sections of each, those
 * with the most matches first, and a section whose heading names what was searched for before any other.
 */
export function searchEntries(pages: FoundPage[], query: string, perPage = 2): SearchEntry[] {
  const words = queryWords(query);
  const headingMatches = (title: string) => words.filter((word) => title.toLowerCase().includes(word)).length;
  return pages.flatMap((page) => {
    const title = page.meta['title'] || page.url;
    const kind = page.meta['kind'];
    const sections = (page.sub_results ?? []).filter((section) => section.locations.length > 0);
    const chosen =
      sections.length === 0
        ? [{ title, url: page.url, excerpt: page.excerpt, plain_excerpt: page.plain_excerpt, locations: [] }]
        : sections
            .map((section, order) => ({
              section,
              order,
              // The page's own title matching says which page, not which passage: only headings within count.
              score: section.locations.length + (section.url.includes('#') ? 100 * headingMatches(section.title) : 0),
            }))
            .sort((a, b) => b.score - a.score || a.order - b.order)
            .slice(0, perPage)
            .map(({ section }) => section);
    return chosen.map((section) => ({
      ...(kind && { kind }),
      page: title,
      // The page's own opening has no heading of its own: it is the page.
      ...(section.url.includes('#') && section.title !== title && { section: section.title }),
      url: section.url,
      excerpt: section.excerpt,
      ...withPlace(page.content, section.plain_excerpt),
    }));
  });
}

/** Where a passage sits in its page's text: whether it starts a sentence, and whether it ends one (or the page). */
export interface PassagePlace {
  startsSentence: boolean;
  endsSentence: boolean;
}

const sentenceEnd = /[.!?:…]["”’')\]]*$/u;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Where `passage` sits in `content`, or undefined when it is not found there as it stands. */
export function passagePlace(content: string, passage: string): PassagePlace | undefined {
  const text = flat(content);
  const words = flat(passage);
  const at = words === '' ? -1 : text.indexOf(words);
  if (at === -1) return undefined;
  const before = text.slice(0, at).trimEnd();
  const after = text.slice(at + words.length).trimStart();
  return {
    startsSentence: before === '' || sentenceEnd.test(before),
    endsSentence: after === '' || sentenceEnd.test(words),
  };
}

const withPlace = (content: string | undefined, passage: string | undefined) => {
  const place = content !== undefined && passage !== undefined ? passagePlace(content, passage) : undefined;
  return place ? { place } : {};
};

/** Piece of an excerpt: plain text, and whether it is a matched word. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

/**
 * An excerpt as text pieces, matched words marked: any tag but `<mark>` is dropped and character references are
 * decoded, so the pieces can be put on the page as text, never as HTML.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      marked = piece === '<mark>';
      continue;
    }
    const text = piece.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (whole, name: string) => entities[name] ?? whole);
    if (text !== '') parts.push({ text, marked });
  }
  return parts;
}

/**
 * An excerpt's parts with "…" where the passage was cut. Where the page's text tells (`place`), before it when it
 * starts inside a sentence and after it when it stops inside one. Otherwise by its look: before it when it starts
 * with a small letter, a digit or punctuation and not with `heading` (a glossary entry opens with its term in small
 * letters), and after it when it does not end a sentence. Pagefind cuts passages to a number of words and does not
 * say where.
 */
export function withEllipses(parts: ExcerptPart[], heading = '', place?: PassagePlace): ExcerptPart[] {
  if (parts.length === 0) return parts;
  const first = parts[0]!.text.trimStart();
  const last = parts.at(-1)!.text.trimEnd();
  const opening = parts
    .map((part) => part.text)
    .join('')
    .trimStart()
    .toLowerCase()
    // A lesson's opening is its heading after its module's number: "5. Weak, strong and dormant ties".
    .replace(/^\d+\.\s*/, '');
  const atHeading = heading !== '' && opening.startsWith(heading.toLowerCase());
  const cutBefore = place ? !place.startsSentence : !atHeading && !/^[\p{Lu}“"‘'([]/u.test(first);
  const cutAfter = place ? !place.endsSentence : !/[.!?…”"’')\]]$/u.test(last);
  return [
    ...(cutBefore ? [{ text: '… ', marked: false }] : []),
    ...parts,
    ...(cutAfter ? [{ text: ' …', marked: false }] : []),
  ];
}

/**
 * Whether Pagefind found `page` for what was typed, or only for a stand-in. When a word is in no page, Pagefind
 * searches for the longest start of it that is ("zzqx" becomes "z", which matches the initial in "Levin, D. Z."):
 * fine for a word half typed, misleading for a word the course does not have. A page counts when one of its matched
 * words begins with the first three letters (or all, if fewer) of a word typed.
 */
export function matchesQuery(page: FoundPage, query: string): boolean {
  const typed = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => word.slice(0, 3));
  const excerpts = [page.excerpt, ...(page.sub_results ?? []).map((section) => section.excerpt)];
  return excerpts.some((excerpt) =>
    excerptParts(excerpt)
      .filter((part) => part.marked)
      .some((part) => {
        const word = part.text.toLowerCase().replace(/^[^\p{L}\p{N}]+/u, '');
        return typed.some((start) => word.startsWith(start));
      }),
  );
}
