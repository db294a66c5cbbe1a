import { describe, expect, it } from 'vitest';
import { excerptParts, matchesQuery, searchEntries, type FoundPage, type FoundSection } from '~/lib/search-results';

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
