import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '~/lib/reading-time';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('countWords', () => {
  it.each([
    ['plain prose', 'Power moved out of the org chart.', 7],
    ['frontmatter is not read', '---\ntitle: A long title here\nmodule: 1\n---\nTwo words', 2],
    ['tags are not words, their text is', '<Example title="Ama at work">Ama asked.</Example>', 2],
    ['link targets are not words', 'See [the glossary](/glossary/#weak-tie) now', 4],
    ['imports are not words', "import X from '~/x.astro';\n\nHello there", 2],
    ['contractions and hyphens are one word', "It's a well-known, half-forgotten idea", 5],
    ['accented words count', 'Tomás met Zoë', 3],
    ['markdown markup is not words', '## Heading\n\n* **bold** item', 3],
  ])('%s', (_name, source, expected) => {
    expect(countWords(source)).toBe(expected);
  });
});

describe('readingMinutes', () => {
  it('rounds to the nearest minute at the reading speed', () => {
    expect(readingMinutes(words(WORDS_PER_MINUTE * 7))).toBe(7);
    expect(readingMinutes(words(Math.round(WORDS_PER_MINUTE * 7.6)))).toBe(8);
  });
  it('is at least one minute for a short text', () => {
    expect(readingMinutes('A few words.')).toBe(1);
  });
  it('is zero for an empty text', () => {
    expect(readingMinutes('---\ntitle: x\n---\n')).toBe(0);
  });
  it('takes another reading speed', () => {
    expect(readingMinutes(words(1000), 100)).toBe(10);
  });
});
