import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BibliographyError, capitaliseAfterColon, parseBibliography } from '~/lib/bibliography';
import { referenceSchema } from '~/schema';

describe('parseBibliography', () => {
  it('reads an article into a reference record', () => {
    const [reference] = parseBibliography(`@article{kanter1979,
      author = {Kanter, Rosabeth Moss},
      title = {Power Failure in Management Circuits},
      journal = {Harvard Business Review}, year = {1979}, volume = {57}, number = {4}, pages = {65--75},
      url = {https://hbr.org/1979/07/power-failure-in-management-circuits}}`);
    expect(reference).toEqual({
      id: 'kanter1979',
      kind: 'article',
      authors: [{ family: 'Kanter', given: 'Rosabeth Moss' }],
      title: 'Power failure in management circuits',
      year: 1979,
      container: 'Harvard Business Review',
      volume: '57',
      issue: '4',
      pages: '65–75',
      link: 'https://hbr.org/1979/07/power-failure-in-management-circuits',
    });
  });

  it('keeps braced words capitalised and capitalises a subtitle', () => {
    const [reference] = parseBibliography(
      '@online{k, author = {Kanter, R.}, title = {On {Twitter}: The Connectors}, year = {2009}}',
    );
    expect(reference?.title).toBe('On Twitter: The connectors');
  });

  it('keeps "n.d." for an undated page', () => {
    const [reference] = parseBibliography('@online{c, author = {Cross, Rob}, title = {A page}, year = {n.d.}}');
    expect(reference?.year).toBe('n.d.');
  });

  it('reports a broken file as a BibliographyError', () => {
    expect(() => parseBibliography('@article{broken, title = {Unclosed')).toThrow(BibliographyError);
  });

  it('every entry of the course bibliography passes the reference schema', () => {
    const entries = parseBibliography(readFileSync('content/references.bib', 'utf8'));
    expect(entries.length).toBeGreaterThan(10);
    for (const entry of entries) {
      const result = referenceSchema.safeParse(entry);
      expect(result.success, `${entry.id}: ${result.error?.message}`).toBe(true);
    }
    const ids = entries.map((entry) => entry.id);
    expect(new Set(ids).size, 'every key is unique').toBe(ids.length);
  });
});

describe('capitaliseAfterColon', () => {
  it.each([
    ['Give and take: a revolutionary approach', 'Give and take: A revolutionary approach'],
    ['How much should I give? the effects', 'How much should I give? The effects'],
    ['No subtitle here', 'No subtitle here'],
  ])('%s', (input, expected) => expect(capitaliseAfterColon(input)).toBe(expected));
});
