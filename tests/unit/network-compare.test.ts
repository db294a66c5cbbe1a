/**
 * Comparing two audits (src/lib/network/compare.ts): who came, went and stayed, matched by id so that renaming a
 * contact keeps them the same person; each measure then and now with what it rests on; and whether a difference is a
 * change in the network, comes from what was answered since, or is too small or too thinly based to mean anything.
 */
import { describe, expect, it } from 'vitest';
import { newContact, pairKey, type Contact, type Pair, type Tie } from '~/lib/network/audit';
import { THRESHOLDS, compareAudits, type AuditState, type MeasureChange } from '~/lib/network/compare';

const TODAY = '2026-03-15';

const person = (id: string, alias: string, extra: Partial<Contact> = {}): Contact => ({
  ...newContact(id, alias),
  ...extra,
});

/** Every pair among `ids` that the ties do not join, answered "do not know each other". */
const apartAmong = (ids: string[], ties: readonly Tie[]): Pair[] => {
  const tied = new Set(ties.map((tie) => pairKey(tie.a, tie.b)));
  const apart: Pair[] = [];
  ids.forEach((a, i) => ids.slice(i + 1).forEach((b) => tied.has(pairKey(a, b)) || apart.push({ a, b })));
  return apart;
};

/** An audit state; by default every pair is answered (the ties, and "no" for the rest). */
const state = (label: string, contacts: Contact[], ties: Tie[] = [], apart?: readonly Pair[]): AuditState => ({
  label,
  takenAt: '2026-01-05T10:00:00.000Z',
  contacts,
  ties,
  apart:
    apart ??
    apartAmong(
      contacts.map((c) => c.id),
      ties,
    ),
});

const LABELS = [
  'People',
  'Effective size',
  'Efficiency',
  'Constraint (out of 100)',
  'Density',
  'Introduced yourself',
  'Fields covered',
  'Strategic contacts',
  'Kinds of access covered (of 4)',
  'Dormant ties',
];

describe('who came, went and stayed', () => {
  const then = state('Week 0', [person('c1', 'Ama'), person('c2', 'Ben'), person('c3', 'Cleo')]);

  it.each<[string, Contact[], { came: string[]; went: string[]; stayed: number }]>([
    [
      'two new people, one gone',
      [person('c1', 'Ama'), person('c3', 'Cleo'), person('c4', 'Dev'), person('c5', 'Eli')],
      { came: ['Dev', 'Eli'], went: ['Ben'], stayed: 2 },
    ],
    [
      'a renamed alias is the same person',
      [person('c1', 'Ama K.'), person('c2', 'Benjamin'), person('c3', 'Cleo')],
      { came: [], went: [], stayed: 3 },
    ],
    [
      'a new person who takes an old alias is someone new',
      [person('c1', 'Ama'), person('c3', 'Cleo'), person('c9', 'Ben')],
      { came: ['Ben'], went: ['Ben'], stayed: 2 },
    ],
    ['everyone gone', [], { came: [], went: ['Ama', 'Ben', 'Cleo'], stayed: 0 }],
    [
      'the same people in another order',
      [person('c3', 'Cleo'), person('c1', 'Ama'), person('c2', 'Ben')],
      { came: [], went: [], stayed: 3 },
    ],
  ])('%s', (_what, contacts, expected) => {
    const result = compareAudits(then, state('Week 13', contacts), TODAY);
    expect({ came: result.came, went: result.went, stayed: result.stayed }).toEqual(expected);
  });

  it('came uses the alias of now, went the alias of then', () => {
    const result = compareAudits(
      state('then', [person('c1', 'A. O.'), person('c2', 'B. L.')]),
      state('now', [person('c2', 'Ben Lee'), person('c3', 'Cleo Park')]),
      TODAY,
    );
    expect(result.came).toEqual(['Cleo Park']);
    expect(result.went).toEqual(['A. O.']);
  });

  it('from an empty first audit, everyone came', () => {
    const result = compareAudits(state('then', []), then, TODAY);
    expect(result).toMatchObject({ came: ['Ama', 'Ben', 'Cleo'], went: [], stayed: 0 });
  });
});

/** Twelve people with every question answered, some ties: a full audit. */
const full = (): Contact[] =>
  ['Ama', 'Ben', 'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Inés', 'Jo', 'Kofi', 'Leila'].map((alias, i) =>
    person(`c${i + 1}`, alias, {
      introducedBy: i % 3 === 0 ? 'me' : 'Priya',
      howMet: 'same-team',
      side: i % 2 === 0 ? 'inside' : 'outside',
      field: ['Finance', 'Software', 'Nursing'][i % 3],
      level: 'same',
      networkType: i % 4 === 0 ? 'strategic' : 'operational',
      alliances: i === 0 ? ['sponsor'] : [],
      lines: i === 1 ? ['supply'] : [],
      access: i < 2 ? ['opportunities'] : [],
      frequency: 'monthly',
      closeness: 1 + (i % 5),
      lastConversation: i === 5 ? '2019-01-01' : '2026-01-01',
      energy: 0,
      giveGet: 0,
    }),
  );
const fullTies: Tie[] = [
  { a: 'c1', b: 'c2', strength: 2 },
  { a: 'c2', b: 'c3', strength: 1 },
  { a: 'c1', b: 'c3', strength: 1 },
  { a: 'c5', b: 'c6', strength: 1 },
  { a: 'c8', b: 'c9', strength: 2 },
];

const rowOf = (measures: MeasureChange[], id: string): MeasureChange => {
  const found = measures.find((m) => m.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
};

describe('the rows of a comparison', () => {
  const result = compareAudits(state('Week 0', full(), fullTies), state('Now', full(), fullTies), TODAY);

  it('has the ten rows in order', () => {
    expect(result.measures.map((m) => m.label)).toEqual(LABELS);
  });

  it('writes percentages as whole numbers, the one way the audit writes them, and gives each side its base', () => {
    const density = rowOf(result.measures, 'density');
    expect(density.then).toMatch(/^\d+%$/);
    expect(density.thenBase).toBe('66 of 66 pairs answered');
    expect(rowOf(result.measures, 'strategic').nowBase).toBe('12 of 12 answered');
    expect(rowOf(result.measures, 'effective-size').nowBase).toBe('12 of 12 fully answered');
  });

  it('an audit compared with itself changes nothing, and says so on every row', () => {
    expect(result).toMatchObject({
      came: [],
      went: [],
      stayed: 12,
      cameUnanswered: [],
      answeredSince: { answers: 0, pairs: 0 },
    });
    for (const change of result.measures) {
      expect(change.then).toBe(change.now);
      expect(change.delta).toBe(0);
      expect(change.reading).toBe('no-change');
    }
    expect(rowOf(result.measures, 'people').note).toBe('The same people.');
  });

  it('renaming a contact changes no measure', () => {
    const renamed = full().map((c) => (c.id === 'c1' ? { ...c, alias: 'Ama Okafor' } : c));
    const compared = compareAudits(state('then', full(), fullTies), state('now', renamed, fullTies), TODAY);
    expect(compared.measures.every((change) => change.delta === 0 && change.reading === 'no-change')).toBe(true);
  });

  it('the thresholds are a person of effective size, ten points, one field, one kind, one dormant tie', () => {
    expect(THRESHOLDS).toMatchObject({
      'effective-size': 1,
      density: 10,
      strategic: 10,
      fields: 1,
      access: 1,
      dormant: 1,
    });
  });
});

describe('the case reported: two people added with nothing answered', () => {
  const then = state('Week 0', full(), fullTies);
  // The two new people are added with a name only; no pair with them is answered.
  const now = state('Now', [...full(), person('c13', 'Nils'), person('c14', 'Omar')], fullTies, then.apart);
  const result = compareAudits(then, now, TODAY);

  it('says who came with nothing answered: they count in no measure yet', () => {
    expect(result.came).toEqual(['Nils', 'Omar']);
    expect(result.cameUnanswered).toEqual(['Nils', 'Omar']);
  });

  it('no measure moves: effective size, density and every share read "no change"', () => {
    for (const change of result.measures.filter((m) => m.id !== 'people')) {
      expect([change.id, change.delta, change.reading]).toEqual([change.id, 0, 'no-change']);
    }
  });

  it('the people row counts them, and their bases show what is still unanswered', () => {
    expect(rowOf(result.measures, 'people')).toMatchObject({
      then: '12',
      now: '14',
      reading: 'network',
      note: '2 people came.',
    });
    expect(rowOf(result.measures, 'density').nowBase).toBe('66 of 91 pairs answered');
    expect(rowOf(result.measures, 'strategic').nowBase).toBe('12 of 14 answered');
  });
});

describe('telling a change in the network from a change in what was answered', () => {
  it('answers given later move a share, but like for like nothing changed: "from new answers"', () => {
    // Then: 6 of 12 have a kind, 1 strategic (17%). Now the other 6 are answered too, 4 of them strategic: 42%.
    const thenPeople = full().map((c, i) =>
      i < 6
        ? { ...c, networkType: i === 0 ? ('strategic' as const) : ('operational' as const) }
        : { ...c, networkType: undefined },
    );
    const nowPeople = full().map((c, i) => ({
      ...c,
      networkType: i === 0 || (i >= 6 && i < 10) ? ('strategic' as const) : ('operational' as const),
    }));
    const result = compareAudits(state('then', thenPeople, fullTies), state('now', nowPeople, fullTies), TODAY);
    const row = rowOf(result.measures, 'strategic');
    expect([row.then, row.now, row.reading]).toEqual(['17%', '42%', 'answers']);
    expect(row.note).toBe(
      'The difference comes from what was answered, not from the network: like for like (6 people answered both times): 17% then, 17% now.',
    );
    expect(result.answeredSince.answers).toBe(6);
  });

  it('the same people answered both times, two of them now strategic: a change in the network', () => {
    const nowPeople = full().map((c, i) => (i === 1 || i === 2 ? { ...c, networkType: 'strategic' as const } : c));
    const result = compareAudits(state('then', full(), fullTies), state('now', nowPeople, fullTies), TODAY);
    expect(rowOf(result.measures, 'strategic')).toMatchObject({
      then: '25%',
      now: '42%',
      reading: 'network',
      note: 'A change in your network.',
    });
  });

  it('a difference under the threshold is too small to mean anything', () => {
    // One person of 12 changes kind: 25% → 33%, eight points.
    const nowPeople = full().map((c, i) => (i === 1 ? { ...c, networkType: 'strategic' as const } : c));
    const result = compareAudits(state('then', full(), fullTies), state('now', nowPeople, fullTies), TODAY);
    expect(rowOf(result.measures, 'strategic')).toMatchObject({ then: '25%', now: '33%', reading: 'too-small' });
    // The reading says it; the note does not say it again.
    expect(rowOf(result.measures, 'strategic').note).toBe('');
  });

  it('too few answers on one side: too thinly based to compare', () => {
    const thenPeople = full().map((c, i) => (i < 3 ? c : { ...c, networkType: undefined }));
    const result = compareAudits(state('then', thenPeople, fullTies), state('now', full(), fullTies), TODAY);
    const row = rowOf(result.measures, 'strategic');
    expect(row.reading).toBe('too-thin');
    expect(row.note).toBe('Too few answers to compare: this needs 5 on each side, and has 3 then and 12 now.');
    // The thin side shows no figure, as the audit gives none for it; the other side keeps its figure.
    expect(row).toMatchObject({ then: '—', now: '25%' });
  });

  it('pairs answered since: new "yes" answers in pairs not answered before are not a change in the network', () => {
    const people = full();
    const ids = people.map((c) => c.id);
    // Then only the pairs among the first six were answered (15 pairs); now all 66, with two more ties elsewhere.
    const thenApart = apartAmong(ids.slice(0, 6), fullTies);
    const nowTies = [
      ...fullTies,
      { a: 'c10', b: 'c11', strength: 1 as const },
      { a: 'c11', b: 'c12', strength: 1 as const },
    ];
    const result = compareAudits(
      state(
        'then',
        people,
        fullTies.filter((t) => ids.slice(0, 6).includes(t.a) && ids.slice(0, 6).includes(t.b)),
        thenApart,
      ),
      state('now', people, nowTies),
      TODAY,
    );
    const density = rowOf(result.measures, 'density');
    expect(density.thenBase).toBe('15 of 66 pairs answered');
    expect(density.nowBase).toBe('66 of 66 pairs answered');
    expect(density.reading).toBe('answers');
    expect(density.note).toContain('like for like (15 pairs answered both times): 27% then, 27% now');
    expect(result.answeredSince.pairs).toBe(51);
  });

  it('from an empty audit, every measure but the people is too thinly based', () => {
    const fromNothing = compareAudits(state('then', []), state('now', full(), fullTies), TODAY);
    expect(rowOf(fromNothing.measures, 'people')).toMatchObject({ then: '0', now: '12', delta: 12 });
    for (const change of fromNothing.measures.filter((m) => m.id !== 'people')) expect(change.reading).toBe('too-thin');
    expect(rowOf(fromNothing.measures, 'self-introduced').then).toBe('—');
  });

  it('dormancy is judged on the day given, for both audits', () => {
    const earlier = compareAudits(state('then', full(), fullTies), state('now', full(), fullTies), '2020-06-01');
    expect(rowOf(earlier.measures, 'dormant')).toMatchObject({ then: '0', now: '0', delta: 0 });
  });
});
