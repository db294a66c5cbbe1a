import { describe, expect, it } from 'vitest';
import { apaAuthor, apaAuthors, apaReferenceText, byFirstAuthor, shortCitation } from '~/lib/citation';
import type { Reference } from '~/schema';

const kanter = { family: 'Kanter', given: 'Rosabeth Moss' };
const article: Reference = {
  id: 'seibert2001',
  kind: 'article',
  authors: [
    { family: 'Seibert', given: 'Scott E.' },
    { family: 'Kraimer', given: 'Maria L.' },
    { family: 'Liden', given: 'Robert C.' },
  ],
  title: 'A social capital theory of career success',
  year: 2001,
  container: 'Academy of Management Journal',
  volume: '44',
  issue: '2',
  pages: '219–237',
  link: 'https://doi.org/10.5465/3069452',
};

describe('apaAuthor', () => {
  it.each([
    [kanter, 'Kanter, R. M.'],
    [{ family: 'Wolff', given: 'Hans-Georg' }, 'Wolff, H.-G.'],
    [{ family: 'Murnighan', given: 'J. Keith' }, 'Murnighan, J. K.'],
    [{ family: 'Connected Commons', given: '' }, 'Connected Commons'],
  ])('%o → %s', (author, expected) => expect(apaAuthor(author)).toBe(expected));
});

describe('apaAuthors', () => {
  it('joins two authors with a comma and an ampersand', () => {
    expect(apaAuthors([kanter, { family: 'Uzzi', given: 'Brian' }])).toBe('Kanter, R. M., & Uzzi, B.');
  });
  it('lists three or more with a final ampersand', () => {
    expect(apaAuthors(article.authors)).toBe('Seibert, S. E., Kraimer, M. L., & Liden, R. C.');
  });
});

describe('shortCitation', () => {
  it.each([
    [[kanter], 2009, 'Kanter (2009)'],
    [
      [
        { family: 'Uzzi', given: 'B.' },
        { family: 'Dunlap', given: 'S.' },
      ],
      2005,
      'Uzzi & Dunlap (2005)',
    ],
    [article.authors, 2001, 'Seibert et al. (2001)'],
  ] as const)('%o', (authors, year, expected) => {
    expect(shortCitation({ authors: [...authors], year })).toBe(expected);
  });
});

describe('apaReferenceText', () => {
  it('writes a journal article with volume, issue and pages', () => {
    expect(apaReferenceText(article)).toBe(
      'Seibert, S. E., Kraimer, M. L., & Liden, R. C. (2001). A social capital theory of career success. Academy of Management Journal, 44(2), 219–237.',
    );
  });
  it('writes a book with its publisher', () => {
    expect(
      apaReferenceText({
        id: 'k',
        kind: 'book',
        authors: [kanter],
        title: 'Men and women of the corporation',
        year: 1977,
        container: 'Basic Books',
      }),
    ).toBe('Kanter, R. M. (1977). Men and women of the corporation. Basic Books.');
  });
  it('does not add a full stop after a title that ends in a question mark', () => {
    const text = apaReferenceText({ ...article, title: 'How many hours does it take to make a friend?' });
    expect(text).toContain('make a friend? Academy');
  });
  it('writes an undated web page as n.d.', () => {
    expect(
      apaReferenceText({
        id: 'c',
        kind: 'online',
        authors: [{ family: 'Cross', given: 'Rob' }],
        title: 'A page',
        year: 'n.d.',
        container: 'robcross.org',
      }),
    ).toBe('Cross, R. (n.d.). A page. robcross.org.');
  });
  it('writes an edition in brackets after the title', () => {
    expect(
      apaReferenceText({
        id: 'w',
        kind: 'book',
        authors: [{ family: 'Watkins', given: 'Michael D.' }],
        title: 'The first 90 days',
        year: 2013,
        edition: 'Updated',
        container: 'HBR Press',
      }),
    ).toBe('Watkins, M. D. (2013). The first 90 days (Updated ed.). HBR Press.');
  });
  it('ends with a note in brackets, such as the year of a first edition', () => {
    expect(
      apaReferenceText({
        id: 'g',
        kind: 'book',
        authors: [{ family: 'Granovetter', given: 'Mark S.' }],
        title: 'Getting a job: A study of contacts and careers',
        year: 1995,
        edition: '2nd',
        container: 'University of Chicago Press',
        note: 'Original work published 1974',
      }),
    ).toBe(
      'Granovetter, M. S. (1995). Getting a job: A study of contacts and careers (2nd ed.). University of Chicago Press. (Original work published 1974)',
    );
  });
});

describe('byFirstAuthor', () => {
  it('sorts by family name, then year', () => {
    const refs = [
      { authors: [kanter], year: 2009 },
      { authors: [{ family: 'Burt', given: 'R.' }], year: 2004 },
      { authors: [kanter], year: 1979 },
    ];
    expect([...refs].sort(byFirstAuthor).map((r) => `${r.authors[0]!.family} ${r.year}`)).toEqual([
      'Burt 2004',
      'Kanter 1979',
      'Kanter 2009',
    ]);
  });
});
