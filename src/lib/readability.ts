/**
 * How hard a lesson is to read: the Flesch–Kincaid grade level of its prose (the house aim is about grade 7 to 9).
 * The formula is the `flesch-kincaid` package's and the syllable counts are the `syllable` package's; this module
 * only decides what counts as prose and where a sentence ends, so that a heading, a list item or a table cell is not
 * glued to the next sentence (which would make every page look harder than it is).
 *
 * No `~/` imports here: `npm run readability` (scripts/readability.mjs) loads this file with Node's own type stripping.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** The counts a grade level is computed from, and the grade. */
export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch–Kincaid grade level, rounded to one decimal; NaN for text with no sentence. */
  grade: number;
}

/**
 * The prose of MDX or Markdown source, one paragraph, list item or heading per line: frontmatter, imports, tags of
 * components that carry no words (worksheets, checks, tools) and Markdown markup removed; the words inside asides and
 * examples kept, since learners read them.
 */
export function proseOf(source: string): string[] {
  const text = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    // A component's opening or closing tag on a line of its own ends a paragraph; a title attribute is read as a heading.
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\btitle="([^"]*)"[^>]*>/g, '\n$1\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '\n')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[*_`[\]]/g, '');
  return text
    .split(/\n/)
    .map((line) => line.replace(/^\s*(#+|[-+>]|\d+[.)])\s+/, '').trim())
    .filter((line) => /[\p{L}\p{N}]/u.test(line));
}

/** The sentences of one line of prose: a line without end punctuation (a heading, a list item) is one sentence. */
export function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=[.!?…])["”’)]?\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** The words of a sentence (letters and digits, with inner apostrophes and hyphens). */
export function wordsOf(sentence: string): string[] {
  return sentence.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** The Flesch–Kincaid counts and grade of some lines of prose. */
export function readabilityOf(lines: readonly string[]): Readability {
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const line of lines) {
    for (const sentence of sentencesOf(line)) {
      const found = wordsOf(sentence);
      if (found.length === 0) continue;
      sentences += 1;
      words += found.length;
      // Figures ("26", "6.2") are read as one syllable each: the package counts only letters.
      syllables += found.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
    }
  }
  const grade = fleschKincaid({ sentence: sentences, word: words, syllable: syllables });
  return { sentences, words, syllables, grade: Math.round(grade * 10) / 10 };
}

/** The Flesch–Kincaid readability of a lesson's MDX source. */
export function lessonReadability(source: string): Readability {
  return readabilityOf(proseOf(source));
}
