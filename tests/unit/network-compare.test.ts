/**
 * Comparing two audits (src/lib/network/compare.ts): who came, went and stayed, matched by id so that renaming a
 * contact keeps them the same person, and each measure then, now and the change, checked against hand calculations.
 */
import { describe, expect, it } from 'vitest';
import { newContact, type Contact } from '~/lib/network/audit';
import { compareAudits, type AuditState, type MeasureChange } from '~/lib/network/compare';

const TODAY = '2026-03-15';

const person = (id: string, alias: string, extra: Partial<Contact> = {}): Contact => ({
  ...newContact(id, alias),
  ...extra,
});

const state = (label: string, contacts: Contact[], ties: AuditState['ties'] = []): AuditState => ({
  label,
  takenAt: '2026-01-05T10:00:00.000Z',
  contacts,
  ties,
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

describe('measures then and now', () => {
  /*
   * Then: Ama, Ben, Cleo; no ties, closeness unanswered (strength 1 each). ES 3, efficiency 100%, constraint
   * 3 × (⅓)² = ⅓ → 33, density 0. Introduced: Ama me, Ben me, Cleo by Ama → 2/3 → 67%. Fields Finance, Nursing → 2.
   * No types → —. No access → 0. Ben last spoke 2020-01-01 → 1 dormant.
   *
   * Now: Ama, Cleo, Dev, Eli (Ben went); Cleo and Dev know each other (0.5). E's total 4, p_E = .25 each; Cleo and
   * Dev each total 1.5, p between them ⅓. ES: Cleo and Dev each 1 − .25·(.5/1) = .875, Ama and Eli 1: 3.75;
   * efficiency .9375 → 94%. Constraint: Ama, Eli .0625 each; Cleo, Dev (.25 + .25·⅓)² = 1/9 each: 25/72 → 35.
   * Density 2·1 / (4·3) = 1/6 → 17%. Introduced: Ama me, Cleo by Ama, Dev me, Eli by Priya → 50%.
   * Fields Finance, finance, Software → 2. Types: Dev strategic, Eli operational → 50%. Access: Ama gives two kinds
   * → 2. Dormant: Cleo (2022-01-01) and Eli (2021-05-05) → 2.
   */
  const then = state('Week 0', [
    person('c1', 'Ama', { field: 'Finance' }),
    person('c2', 'Ben', { field: 'Nursing', lastConversation: '2020-01-01' }),
    person('c3', 'Cleo', { introducedBy: 'c1' }),
  ]);
  const now = state(
    'Now',
    [
      person('c1', 'Ama', { field: 'Finance', access: ['how-it-works', 'competencies'] }),
      person('c3', 'Cleo', { introducedBy: 'c1', field: 'finance', lastConversation: '2022-01-01' }),
      person('c4', 'Dev', { field: 'Software', networkType: 'strategic' }),
      person('c5', 'Eli', { introducedBy: 'Priya', networkType: 'operational', lastConversation: '2021-05-05' }),
    ],
    [{ a: 'c3', b: 'c4', strength: 1 }],
  );
  const result = compareAudits(then, now, TODAY);
  const row = (label: string): MeasureChange => {
    const found = result.measures.find((m) => m.label === label);
    if (!found) throw new Error(`no row ${label}`);
    return found;
  };

  it('has the ten rows in order', () => {
    expect(result.measures.map((m) => m.label)).toEqual(LABELS);
  });

  it.each<[string, string, string, number]>([
    ['People', '3', '4', 1],
    ['Effective size', '3.0', '3.8', 0.75],
    ['Efficiency', '100%', '94%', -0.0625],
    ['Constraint (out of 100)', '33', '35', 2500 / 72 - 100 / 3],
    ['Density', '0%', '17%', 1 / 6],
    ['Introduced yourself', '67%', '50%', 0.5 - 2 / 3],
    ['Fields covered', '2', '2', 0],
    ['Kinds of access covered (of 4)', '0', '2', 2],
    ['Dormant ties', '1', '2', 1],
  ])('%s: then %s, now %s, change %d', (label, thenText, nowText, delta) => {
    const change = row(label);
    expect(change.then).toBe(thenText);
    expect(change.now).toBe(nowText);
    expect(change.delta).toBeCloseTo(delta, 10);
  });

  it('a measure missing then is shown as — and its change is NaN', () => {
    const change = row('Strategic contacts');
    expect(change).toMatchObject({ then: '—', now: '50%' });
    expect(change.delta).toBeNaN();
  });

  it('an audit compared with itself changes nothing', () => {
    const same = compareAudits(now, now, TODAY);
    expect(same).toMatchObject({ came: [], went: [], stayed: 4 });
    for (const change of same.measures) {
      expect(change.then).toBe(change.now);
      expect(change.delta).toBe(0);
    }
  });

  it('renaming a contact changes no measure', () => {
    const renamed = state(
      'renamed',
      now.contacts.map((c) => (c.id === 'c1' ? { ...c, alias: 'Ama Okafor' } : c)),
      now.ties,
    );
    const result = compareAudits(now, renamed, TODAY);
    expect(result.stayed).toBe(4);
    expect(result.measures.every((change) => change.delta === 0)).toBe(true);
  });

  it('from an empty audit, the ratios then are — and their changes NaN', () => {
    const fromNothing = compareAudits(state('then', []), now, TODAY);
    const people = fromNothing.measures.find((m) => m.label === 'People')!;
    expect(people).toMatchObject({ then: '0', now: '4', delta: 4 });
    for (const label of ['Effective size', 'Efficiency', 'Constraint (out of 100)', 'Density', 'Introduced yourself']) {
      const change = fromNothing.measures.find((m) => m.label === label)!;
      expect(change.then).toBe('—');
      expect(change.delta).toBeNaN();
    }
  });

  it('dormancy is judged on the day given, for both audits', () => {
    // On 2024-06-01, Ben (2020-01-01) and Eli (2021-05-05) are dormant, Cleo (2022-01-01) is not yet.
    const earlier = compareAudits(then, now, '2024-06-01');
    expect(earlier.measures.find((m) => m.label === 'Dormant ties')).toMatchObject({ then: '1', now: '1', delta: 0 });
  });
});
