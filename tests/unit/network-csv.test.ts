/**
 * The contacts as CSV (src/lib/network/csv.ts), read back with Papa Parse as a spreadsheet would: byte-order mark,
 * header, awkward names round-tripping exactly, numbers left alone, formula injection guarded, and labels in place
 * of stored values.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { newContact, type Contact } from '~/lib/network/audit';
import { CSV_COLUMNS, contactsCsv } from '~/lib/network/csv';

const person = (id: string, alias: string, extra: Partial<Contact> = {}): Contact => ({
  ...newContact(id, alias),
  ...extra,
});

const BOM = '\uFEFF';

/** The CSV parsed back into rows of strings (the byte-order mark checked and removed first). */
function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

/** The parsed rows as objects keyed by column heading. */
function records(contacts: Contact[]): Record<string, string>[] {
  const [header, ...rows] = parse(contactsCsv(contacts));
  return rows.map((row) => Object.fromEntries(header!.map((column, i) => [column, row[i]!])));
}

const column = (contacts: Contact[], heading: string) => records(contacts).map((row) => row[heading]);

describe('the file', () => {
  const contacts = [person('c1', 'Ama'), person('c2', 'Ben')];
  const csv = contactsCsv(contacts);

  it('starts with a UTF-8 byte-order mark, once', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).not.toContain(BOM);
  });

  it('has CRLF line ends, including after the last row', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('its header row is exactly CSV_COLUMNS', () => {
    expect(parse(csv)[0]).toEqual(CSV_COLUMNS);
  });

  it('has fifteen columns', () => {
    expect(CSV_COLUMNS).toHaveLength(15);
  });

  it('has one row per contact, in order, each as wide as the header', () => {
    const rows = parse(csv).slice(1);
    expect(rows.map((row) => row[0])).toEqual(['Ama', 'Ben']);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
  });

  it('with no contacts has the header and no contact rows', () => {
    expect(parse(contactsCsv([]))).toEqual([CSV_COLUMNS]);
  });

  // BUG: Papa.unparse wraps an empty data array as one empty row ([[]]), so with no contacts the file is the header,
  // CRLF, an empty line, CRLF: a spreadsheet shows a blank row under the header.
  it('with no contacts is exactly the byte-order mark, the header and one CRLF', () => {
    expect(contactsCsv([])).toBe(`${BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('awkward names round-trip exactly', () => {
  it.each([
    ['a comma', 'Okafor, Ada'],
    ['double quotes', 'Sam "the fixer" Lee'],
    ['accents', 'Zoë Nuñez'],
    ['a line break', 'Line one\nline two'],
    ['a Windows line break', 'Line one\r\nline two'],
    ['a comma, quotes and a line break together', 'Dr "Jo", Finance\nPlanning'],
    ['leading and trailing spaces', '  Ama  '],
    ['a semicolon', 'Ama; Ben'],
    ['non-Latin script', '王芳 (Wang Fang)'],
  ])('a name with %s', (_what, alias) => {
    const contacts = [person('c1', alias), person('c2', 'Next')];
    expect(column(contacts, 'Name or alias')).toEqual([alias, 'Next']);
  });

  it('a field of study with a comma and accents round-trips', () => {
    expect(column([person('c1', 'A', { field: 'Finance, Trésorerie' })], 'Function or field')).toEqual([
      'Finance, Trésorerie',
    ]);
  });
});

describe('numbers', () => {
  const contacts = [
    person('c1', 'Ama', { closeness: 4, energy: -2, giveGet: -1, lastConversation: '2025-11-02' }),
    person('c2', 'Ben', { closeness: 1, energy: 2, giveGet: 0 }),
    person('c3', 'Cleo'),
  ];

  it.each<[string, string[]]>([
    ['Closeness (1-5)', ['4', '1', '']],
    ['Energy (-2 to 2)', ['-2', '2', '']],
    ['Give and get (-2 to 2)', ['-1', '0', '']],
    ['Last real conversation', ['2025-11-02', '', '']],
  ])('%s is written plainly, and empty when unanswered', (heading, values) => {
    expect(column(contacts, heading)).toEqual(values);
  });

  it('a negative number is written as -2, not escaped as a formula', () => {
    const csv = contactsCsv([person('c1', 'Ama', { energy: -2, giveGet: -1 })]);
    expect(csv).toContain(',-2,-1\r\n');
    expect(csv).not.toContain("'-");
  });
});

describe('formula injection', () => {
  it.each([
    ['=', '=HYPERLINK("http://example.com","click")'],
    ['+', '+44 20 7946 0000'],
    ['-', '-1+1'],
    ['@', '@SUM(A1:A2)'],
    ['a tab', '\t=1+1'],
  ])('a name starting with %s is prefixed with an apostrophe', (_what, alias) => {
    expect(column([person('c1', alias)], 'Name or alias')).toEqual([`'${alias}`]);
  });

  it.each<[string, Partial<Contact>]>([
    ['Function or field', { field: '=cmd|"/c calc"!A1' }],
    ['Introduced by', { introducedBy: '=1+2' }],
  ])('a %s starting with = is escaped too', (heading, change) => {
    const value = Object.values(change)[0] as string;
    expect(column([person('c1', 'Ama', change)], heading)).toEqual([`'${value}`]);
  });

  it.each([
    ['an equals sign inside', 'A=B'],
    ['a hyphenated name', 'Anne-Marie'],
    ['an email address', 'ama@example.com'],
  ])('a name with %s not at the start is left alone', (_what, alias) => {
    expect(column([person('c1', alias)], 'Name or alias')).toEqual([alias]);
  });

  // BUG: Papa Parse's escapeFormulae pattern is /^[=+\-@\t\r].*$/ without the s flag, so "." stops at a line break
  // and "$" cannot match: a cell that starts with "=" and contains a line break is written unescaped.
  it('a name starting with = that contains a line break is escaped too', () => {
    const alias = '=HYPERLINK("http://example.com","click")\nsecond line';
    expect(column([person('c1', alias)], 'Name or alias')).toEqual([`'${alias}`]);
  });
});

describe('introduced by', () => {
  const contacts = [
    person('c1', 'Ama', { introducedBy: 'me' }),
    person('c2', 'Ben', { introducedBy: 'c1' }),
    person('c3', 'Cleo', { introducedBy: 'Priya Raman' }),
    person('c4', 'Dev', { introducedBy: undefined }),
    person('c5', 'Eli', { introducedBy: 'c4' }),
    person('c6', 'Fay', { introducedBy: 'c99' }),
    person('c7', 'Gus', { introducedBy: '' }),
  ];

  it.each<[string, string, string]>([
    ['"me" as nobody', 'Ama', 'nobody (I introduced myself)'],
    ["a contact's id as that contact's alias", 'Ben', 'Ama'],
    ['a free-text name as written', 'Cleo', 'Priya Raman'],
    ['no answer as empty', 'Dev', ''],
    ['someone not on the list, name not given, in words', 'Gus', 'someone not on my list'],
    ['a contact later in the list as their alias', 'Eli', 'Dev'],
    ['an id of nobody on the list as written', 'Fay', 'c99'],
  ])('shows %s', (_what, alias, shown) => {
    const row = records(contacts).find((r) => r['Name or alias'] === alias);
    expect(row?.['Introduced by']).toBe(shown);
  });
});

describe('choices are written as the words the learner saw', () => {
  const full = person('c1', 'Ama', {
    howMet: 'shared-activity',
    side: 'outside',
    field: 'Nursing',
    level: 'higher',
    networkType: 'strategic',
    alliances: ['sponsor', 'peer'],
    lines: ['supply', 'information', 'support'],
    access: ['opportunities', 'how-it-works'],
    frequency: 'quarterly',
  });
  const empty = person('c2', 'Ben');
  const [row, blank] = records([full, empty]);

  it.each([
    ['How you met', 'A shared activity (project, committee, club, volunteering)'],
    ['Inside or outside', 'Outside it'],
    ['Function or field', 'Nursing'],
    ['Level', 'More senior than you'],
    ['Kind of network', 'Strategic: seeing what is coming, winning support'],
    ['How often in touch', 'A few times a year'],
  ])('%s: "%s"', (heading, text) => {
    expect(row?.[heading]).toBe(text);
  });

  it.each([
    ['Alliance', 'Sponsor: senior, backs you; Peer ally'],
    [
      'Lines of power',
      'Supply: resources your work needs; Information: what is really going on; Support: backing and approval',
    ],
    ['Access they give', 'Other job opportunities; How the organisation really works'],
  ])('multi-choice %s: labels joined by "; "', (heading, text) => {
    expect(row?.[heading]).toBe(text);
  });

  it('a contact with only an alias has every other column empty: a blank is written as a blank', () => {
    expect(blank).toEqual(Object.fromEntries(CSV_COLUMNS.map((c) => [c, c === 'Name or alias' ? 'Ben' : ''])));
  });

  it('"none of these" is written "none", unlike a blank', () => {
    const row = records([person('c1', 'Ama', { alliances: [], lines: undefined })])[0]!;
    expect(row['Alliance']).toBe('none');
    expect(row['Lines of power']).toBe('');
  });
});
