/** What the readability measure counts as prose and as a sentence, and the grade it gives for known counts. */
import { describe, expect, it } from 'vitest';
import { lessonReadability, proseOf, readabilityOf, sentencesOf, wordsOf } from '~/lib/readability';

describe('proseOf', () => {
  it('drops frontmatter and tags that carry no words, keeps asides, headings and list items as lines', () => {
    const source = [
      '---',
      'title: A lesson',
      '---',
      '',
      '## Why it matters',
      '',
      'People like you more than you think. Send the note.',
      '',
      '- **Ask** one thing.',
      '',
      '<Aside kind="try" title="One small test">',
      'Count your questions.',
      '</Aside>',
      '',
      '<Worksheet id="x" />',
    ].join('\n');
    expect(proseOf(source)).toEqual([
      'Why it matters',
      'People like you more than you think. Send the note.',
      'Ask one thing.',
      'One small test',
      'Count your questions.',
    ]);
  });
});

describe('sentencesOf and wordsOf', () => {
  it('splits at full stops, question marks and exclamation marks before a capital or a figure', () => {
    expect(sentencesOf('It took 6.2 months. Is that long? Yes! "Quite," she said. 26 weeks is half a year.')).toEqual([
      'It took 6.2 months.',
      'Is that long?',
      'Yes!',
      '"Quite," she said.',
      '26 weeks is half a year.',
    ]);
    expect(wordsOf("Erwin's protégé didn't self-promote.")).toEqual(["Erwin's", 'protégé', "didn't", 'self-promote']);
  });
});

describe('readabilityOf', () => {
  it('computes the Flesch–Kincaid grade from sentences, words and syllables', () => {
    // 2 sentences, 8 words, 9 syllables: 0.39 × 4 + 11.8 × 1.125 − 15.59 = −0.755.
    expect(readabilityOf(['The cat sat down. A dog ran after.'])).toEqual({
      sentences: 2,
      words: 8,
      syllables: 9,
      grade: -0.8,
    });
  });

  it('gives harder text a higher grade', () => {
    const easy = lessonReadability('We met. We talked. She helped.');
    const hard = lessonReadability(
      'Organisational socialisation research consistently demonstrates that informational networks predict newcomers’ subsequent performance.',
    );
    expect(hard.grade).toBeGreaterThan(easy.grade + 8);
  });
});
