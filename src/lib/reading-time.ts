/**
 * Reading time of a lesson's text. MDX components and markup are stripped before words are counted.
 */

/** Words a minute for attentive reading of non-fiction (Brysbaert, 2019, puts silent reading at 238). */
export const WORDS_PER_MINUTE = 230;

/** Count the words of prose in MDX or Markdown source, ignoring frontmatter, imports, tags and link targets. */
export function countWords(source: string): number {
  const prose = source
    .replace(/^---[\s\S]*?\n---/, ' ')
    .replace(/^(import|export)\s.*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#*_>`|[\]{}]/g, ' ');
  const words = prose.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu);
  return words ? words.length : 0;
}

/** Whole minutes to read `source`, at least 1 for any text and 0 for none. */
export function readingMinutes(source: string, wordsPerMinute: number = WORDS_PER_MINUTE): number {
  const words = countWords(source);
  return words === 0 ? 0 : Math.max(1, Math.round(words / wordsPerMinute));
}
