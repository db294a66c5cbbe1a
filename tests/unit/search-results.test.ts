import { describe, expect, it } from 'vitest';
import {
  anyOf,
  excerptParts,
  matchesQuery,
  passagePlace,
  searchEntries,
  searchStatus,
  searchTerms,
  withEllipses,
  type FoundPage,
  type FoundSection,
} from '~/lib/search-results';

const section = (title: string, url: string, matches: number): FoundSection => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  locations: Array.from({ length: matches }, (_, index) => index),
});

const lesson: FoundPage = {
  url: '/lessons/ties/',
  excerpt: 'the lesson',
  meta: { title: 'Weak, strong and dormant ties', kind: 'Module 5' },
  sub_results: [
    section('Weak, strong and dormant ties', '/lessons/ties/', 1),
    section('What makes a tie strong', '/lessons/ties/#strong', 7),
    section('Why weak ties bring news', '/lessons/ties/#news', 4),
    section('A test at scale', '/lessons/ties/#scale', 22),
    section('Your turn', '/lessons/ties/#turn', 0),
  ],
};

describe('searchEntries', () => {
  it('shows first the sections whose headings name more of what was searched for', () => {
    const entries = searchEntries([lesson], 'weak ties');
    expect(entries.map((entry) => entry.url)).toEqual(['/lessons/ties/#news', '/lessons/ties/#strong']);
    expect(entries[0]).toEqual({
      kind: 'Module 5',
      page: 'Weak, strong and dormant ties',
      section: 'Why weak ties bring news',
      url: '/lessons/ties/#news',
      excerpt: 'about <mark>Why weak ties bring news</mark>',
    });
  });

  it('otherwise shows the sections with the most matches first', () => {
    expect(searchEntries([lesson], 'granovetter').map((entry) => entry.url)).toEqual([
      '/lessons/ties/#scale',
      '/lessons/ties/#strong',
    ]);
  });

  it('shows as many sections of a page as asked, never one without a match', () => {
    expect(searchEntries([lesson], 'scale', 10).map((entry) => entry.url)).not.toContain('/lessons/ties/#turn');
    expect(searchEntries([lesson], 'scale', 1)).toHaveLength(1);
  });

  it('gives a match in the page’s opening no section: it opens the page itself', () => {
    const [entry] = searchEntries(
      [{ ...lesson, sub_results: [section('Weak, strong and dormant ties', '/lessons/ties/', 3)] }],
      'x',
    );
    expect(entry).toMatchObject({ page: 'Weak, strong and dormant ties', url: '/lessons/ties/' });
    expect(entry!.section).toBeUndefined();
  });

  it('keeps a glossary entry as it was indexed: its term, opening at its definition', () => {
    const term: FoundPage = {
      url: '/glossary/#weak-tie',
      excerpt: '<mark>weak</mark> <mark>tie</mark>. A relationship…',
      meta: { title: 'weak tie', kind: 'Glossary' },
    };
    expect(searchEntries([term], 'weak tie')).toEqual([
      { kind: 'Glossary', page: 'weak tie', url: '/glossary/#weak-tie', excerpt: term.excerpt },
    ]);
  });

  it('keeps the pages in the order Pagefind ranked them', () => {
    const other: FoundPage = { url: '/about/', excerpt: 'x', meta: { title: 'About' } };
    expect(searchEntries([other, lesson], 'weak').map((entry) => entry.page)[0]).toBe('About');
  });
});

describe('excerptParts', () => {
  it('marks the matched words', () => {
    expect(excerptParts('Why <mark>weak</mark> ties')).toEqual([
      { text: 'Why ', marked: false },
      { text: 'weak', marked: true },
      { text: ' ties', marked: false },
    ]);
  });

  it('decodes character references and drops any other tag, so the parts are only ever text', () => {
    expect(excerptParts('Erwin&#39;s &lt;b&gt; <img src=x onerror=alert(1)>caveat &amp; more')).toEqual([
      { text: "Erwin's <b> caveat & more", marked: false },
    ]);
  });
});

describe('searchTerms: words with no meaning of their own are not searched for', () => {
  it.each<[string, string]>([
    ['mentor vs sponsor', 'mentor sponsor'],
    ['mentor vs. sponsor', 'mentor sponsor'],
    ['Mentor VERSUS sponsor', 'Mentor sponsor'],
    ['how to give', 'give'],
    ['  the strength of weak ties ', 'strength weak ties'],
    ['weak ties', 'weak ties'],
    ['how to', 'how to'],
    ['vs', 'vs'],
    ['', ''],
  ])('%j is searched as %j', (query, terms) => expect(searchTerms(query)).toBe(terms));
});

describe('anyOf: pages found for any of several words', () => {
  it('keeps each page once, at its best score, best first', () => {
    const mentor = [
      { id: 'refs', score: 4 },
      { id: 'power', score: 8 },
    ];
    const sponsor = [
      { id: 'earning', score: 21 },
      { id: 'refs', score: 6 },
    ];
    expect(anyOf([mentor, sponsor])).toEqual([
      { id: 'earning', score: 21 },
      { id: 'power', score: 8 },
      { id: 'refs', score: 6 },
    ]);
    expect(anyOf([[], []])).toEqual([]);
  });
});

describe('searchStatus: the line under the search box never claims more than was found', () => {
  const base = {
    typed: 'weak ties',
    searched: 'weak ties',
    missing: [],
    someWords: false,
    pageCount: 3,
    shownAtMost: 6,
  };
  it.each<[string, Partial<Parameters<typeof searchStatus>[0]>, string]>([
    ['pages found', {}, '3 pages match “weak ties”.'],
    ['one page', { pageCount: 1 }, '1 page matches “weak ties”.'],
    ['more than are shown', { pageCount: 11 }, '11 pages match “weak ties”; the best 6 are shown.'],
    ['nothing', { pageCount: 0 }, 'Nothing found for “weak ties”. Try fewer or other words.'],
    [
      'a word no page has',
      { typed: 'sponsor xylophone', searched: 'sponsor', missing: ['xylophone'] },
      'No page has “xylophone”. 3 pages match “sponsor”.',
    ],
    [
      'no word any page has',
      { typed: 'zzqx xylophone', searched: '', missing: ['zzqx', 'xylophone'], pageCount: 0 },
      'No page has “zzqx” or “xylophone”. Try fewer or other words.',
    ],
    [
      'no page with every word',
      { typed: 'sponsor ramp', searched: 'sponsor ramp', someWords: true, pageCount: 9 },
      'No page has all of “sponsor ramp”; 9 pages have some of these words; the best 6 are shown.',
    ],
    [
      'both',
      { typed: 'sponsor ramp zzqx', searched: 'sponsor ramp', missing: ['zzqx'], someWords: true, pageCount: 2 },
      'No page has “zzqx”. None has all of “sponsor ramp”; 2 pages have some of these words.',
    ],
    [
      'a very long query, quoted by its start only',
      { typed: 'networking '.repeat(60).trim(), searched: 'networking '.repeat(60).trim(), pageCount: 25 },
      '25 pages match “networking networking networking…”; the best 6 are shown.',
    ],
  ])('%s', (_what, change, expected) => expect(searchStatus({ ...base, ...change })).toBe(expected));
});

describe('passagePlace: where a passage sits in its page', () => {
  const content =
    'Module 9. Words that open doors. Ask   Martin and Sophie what she did with their advice. Then thank them, and wait';
  it.each<[string, string, ReturnType<typeof passagePlace>]>([
    [
      'inside a sentence, to its end',
      'Martin and Sophie what she did with their advice.',
      { startsSentence: false, endsSentence: true },
    ],
    ['at a sentence start, stopping inside one', 'Then thank them,', { startsSentence: true, endsSentence: false }],
    ['at the very start', 'Module 9. Words', { startsSentence: true, endsSentence: false }],
    ['at the very end, with no full stop', 'thank them, and wait', { startsSentence: false, endsSentence: true }],
    ['after a colon', 'Words that open doors.', { startsSentence: true, endsSentence: true }],
    ['not in the page as it stands', 'Martin and Sophia', undefined],
    ['empty', '', undefined],
  ])('%s', (_what, passage, expected) => expect(passagePlace(content, passage)).toEqual(expected));
});

describe('withEllipses: a passage cut by the search says so', () => {
  const text = (parts: ReturnType<typeof withEllipses>) => parts.map((part) => part.text).join('');
  it.each<[string, string]>([
    ['networks pay them <mark>less</mark>. This module shows how', '… networks pay them less. This module shows how …'],
    ['A <mark>sponsor</mark> is not a mentor.', 'A sponsor is not a mentor.'],
    ['<mark>Weak</mark> ties bring news', 'Weak ties bring news …'],
    ['colleagues (2022), ties helped.', '… colleagues (2022), ties helped.'],
    ['“Ask first,” she said', '“Ask first,” she said …'],
    ['2022 study of ties.', '… 2022 study of ties.'],
  ])('%j reads %j', (excerpt, expected) => expect(text(withEllipses(excerptParts(excerpt)))).toBe(expected));

  it('a passage that opens with its heading (a glossary entry, in small letters) was not cut before', () => {
    const parts = excerptParts('<mark>otherish</mark> giver. Grant’s name for givers who care');
    expect(text(withEllipses(parts, 'otherish giver'))).toBe('otherish giver. Grant’s name for givers who care …');
    expect(text(withEllipses(parts, 'sponsor'))).toBe('… otherish giver. Grant’s name for givers who care …');
    const lesson = excerptParts('5. <mark>Weak</mark>, strong and dormant ties. About 35 minutes.');
    expect(text(withEllipses(lesson, 'Weak, strong and dormant ties'))).toBe(
      '5. Weak, strong and dormant ties. About 35 minutes.',
    );
  });

  it('where the page’s text tells, follows it rather than the look of the passage', () => {
    const parts = excerptParts('Martin and <mark>Sophie</mark> what she did with their advice.');
    expect(text(withEllipses(parts, '', { startsSentence: false, endsSentence: true }))).toBe(
      '… Martin and Sophie what she did with their advice.',
    );
    const lower = excerptParts('otherish giver. Grant’s name for givers');
    expect(text(withEllipses(lower, '', { startsSentence: true, endsSentence: false }))).toBe(
      'otherish giver. Grant’s name for givers …',
    );
  });

  it('keeps the marked words marked, and adds nothing to an empty passage', () => {
    expect(withEllipses(excerptParts('about <mark>ties</mark>')).filter((part) => part.marked)).toEqual([
      { text: 'ties', marked: true },
    ]);
    expect(withEllipses([])).toEqual([]);
  });
});

describe('matchesQuery: a page found only for a stand-in of a word typed does not count', () => {
  const found = (excerpt: string, sections: string[] = []): FoundPage => ({
    url: '/references/',
    excerpt,
    meta: { title: 'References' },
    sub_results: sections.map((text, index) => ({
      title: 'R',
      url: `/references/#${index}`,
      excerpt: text,
      locations: [1],
    })),
  });

  it('a word the course does not have, answered with an initial, is no match', () => {
    expect(matchesQuery(found('Levin, D. <mark>Z.</mark>, Walter, J.'), 'zzqx')).toBe(false);
    expect(matchesQuery(found('Bauer, T. N., <mark>B.</mark>'), 'blorf')).toBe(false);
  });

  it('a whole word, a word half typed, a stem and a plural all match', () => {
    expect(matchesQuery(found('is a <mark>broker</mark>'), 'broker')).toBe(true);
    expect(matchesQuery(found('of <mark>brokerage</mark>'), 'brok')).toBe(true);
    expect(matchesQuery(found('your <mark>networking</mark> plan'), 'networks')).toBe(true);
    expect(matchesQuery(found('<mark>Weak</mark> ties'), 'WEAK')).toBe(true);
  });

  it('a short word matches on what was typed, and one matching word of several is enough', () => {
    expect(matchesQuery(found('<mark>a</mark> tie'), 'a')).toBe(true);
    expect(matchesQuery(found('the <mark>sponsor</mark>'), 'zzqx sponsor')).toBe(true);
  });

  it('a match in a section’s passage counts; a page with no matched word does not', () => {
    expect(matchesQuery(found('the opening', ['about <mark>dormant</mark> ties']), 'dormant')).toBe(true);
    expect(matchesQuery(found('the opening', ['nothing marked']), 'dormant')).toBe(false);
  });

  it('punctuation before a matched word does not hide it', () => {
    expect(matchesQuery(found('<mark>“moxie”</mark>'), 'moxie')).toBe(true);
  });
});
