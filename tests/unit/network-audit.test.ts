/**
 * The network audit's data operations (src/lib/network/audit.ts): adding, changing and removing contacts, the
 * symmetric "who knows whom" ties, snapshots, and the stored record's validation as read through decodeStored.
 */
import { describe, expect, it } from 'vitest';
import {
  ACCESS,
  ALLIANCES,
  FREQUENCY,
  HOW_MET,
  LEVELS,
  MAX_CONTACTS,
  NETWORK_TYPES,
  setRestApart,
  POWER_LINES,
  SIDES,
  addContact,
  auditRecordSpec,
  emptyAudit,
  labelOf,
  newContact,
  pairKey,
  removeContact,
  removeSnapshot,
  sameName,
  setTie,
  takeSnapshot,
  tieBetween,
  updateContact,
  type AuditRecord,
  type Choice,
  type Contact,
  type Pair,
  type Tie,
} from '~/lib/network/audit';
import {
  PERSON_QUESTIONS,
  answeredCount,
  answeredPairsByPerson,
  introductionInWords,
  introductionOf,
  isAnswered,
  pairAnswer,
  pairCounts,
} from '~/lib/network/answers';
import { decodeStored } from '~/lib/storage/stored-record';

const NOW = '2026-03-15T09:30:00.000Z';

const person = (id: string, alias: string, extra: Partial<Contact> = {}): Contact => ({
  ...newContact(id, alias),
  ...extra,
});

/** An audit holding the given contacts and ties. */
const auditOf = (contacts: Contact[], ties: Tie[] = [], apart: Pair[] = []): AuditRecord => ({
  ...emptyAudit(NOW),
  contacts,
  ties,
  apart,
});

/** `count` contacts c1, c2, … with aliases P1, P2, …. */
const many = (count: number) => Array.from({ length: count }, (_, i) => person(`c${i + 1}`, `P${i + 1}`));

describe('emptyAudit and newContact', () => {
  it('an empty audit is version 2, stamped with the time given, with nothing in it', () => {
    expect(emptyAudit(NOW)).toEqual({
      v: 2,
      updatedAt: NOW,
      setup: {},
      contacts: [],
      ties: [],
      apart: [],
      snapshots: [],
    });
  });

  it('a new contact has only its id and alias: every question, "who introduced you" included, is blank', () => {
    expect(newContact('c7', 'J. M.')).toEqual({ id: 'c7', alias: 'J. M.' });
  });

  it('a new contact has no answer to any question', () => {
    const contact = newContact('a', 'A');
    expect(PERSON_QUESTIONS.filter((question) => isAnswered(contact, question))).toEqual([]);
    expect(answeredCount(contact)).toBe(0);
  });
});

describe('labelOf', () => {
  it.each<[string, readonly Choice[], string | undefined, string]>([
    ['a way of meeting', HOW_MET, 'shared-activity', 'A shared activity (project, committee, club, volunteering)'],
    ['a side', SIDES, 'outside', 'Outside it'],
    ['a level', LEVELS, 'higher', 'More senior than you'],
    ['a kind of network', NETWORK_TYPES, 'strategic', 'Strategic: seeing what is coming, winning support'],
    ['an alliance', ALLIANCES, 'junior', 'Junior ally'],
    ['a line of power', POWER_LINES, 'support', 'Support: backing and approval'],
    ['a kind of access', ACCESS, 'competencies', 'The skills you need to get on'],
    ['a frequency', FREQUENCY, 'rarer', 'Less than once a year'],
  ])('gives the words the learner sees for %s', (_what, choices, value, label) => {
    expect(labelOf(choices, value)).toBe(label);
  });

  it.each<[string, string | undefined]>([
    ['an unknown value', 'coffee'],
    ['no value', undefined],
    ['an empty value', ''],
    ['a label instead of a value', 'Online'],
  ])('gives an empty string for %s', (_what, value) => {
    expect(labelOf(HOW_MET, value)).toBe('');
  });
});

describe('pairKey', () => {
  it.each([
    ['a', 'b', 'a|b'],
    ['b', 'a', 'a|b'],
    ['c2', 'c10', 'c10|c2'],
    ['c10', 'c2', 'c10|c2'],
    ['x1', 'x1', 'x1|x1'],
  ])('pairKey(%s, %s) is %s, the smaller id first', (a, b, key) => {
    expect(pairKey(a, b)).toBe(key);
  });

  it('is the same whichever way round the pair is given', () => {
    expect(pairKey('zeta', 'alpha')).toBe(pairKey('alpha', 'zeta'));
  });
});

describe('addContact', () => {
  it('adds the contact at the end and leaves the original audit as it was', () => {
    const before = auditOf([person('c1', 'Ama')]);
    const after = addContact(before, person('c2', 'Ben'));
    expect(after.contacts.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(before.contacts.map((c) => c.id)).toEqual(['c1']);
  });

  it.each([
    [0, 1],
    [1, 2],
    [MAX_CONTACTS - 1, MAX_CONTACTS],
  ])('with %i contacts, adding one gives %i', (have, expected) => {
    const after = addContact(auditOf(many(have)), person('new', 'New'));
    expect(after.contacts).toHaveLength(expected);
    expect(after.contacts.at(-1)?.id).toBe('new');
  });

  it(`refuses a contact past ${MAX_CONTACTS}: the audit comes back unchanged`, () => {
    const full = auditOf(many(MAX_CONTACTS));
    const after = addContact(full, person('c151', 'One too many'));
    expect(after).toBe(full);
    expect(after.contacts).toHaveLength(150);
    expect(after.contacts.some((c) => c.id === 'c151')).toBe(false);
  });

  it('MAX_CONTACTS is 150', () => {
    expect(MAX_CONTACTS).toBe(150);
  });
});

describe('sameName', () => {
  const contacts = [person('c1', 'Sam K'), person('c2', 'Ama'), person('c3', ' Jo ')];
  it.each<[string, string, string | undefined]>([
    ['the same name', 'Ama', 'c2'],
    ['another case and spaces around', '  ama ', 'c2'],
    ['inner spaces doubled', 'sam   k', 'c1'],
    ['a saved name with spaces around', 'Jo', 'c3'],
    ['a name that only starts the same', 'Sam', undefined],
    ['a new name', 'Ben', undefined],
    ['nothing but spaces', '   ', undefined],
  ])('%s: %j finds %s', (_what, alias, id) => {
    expect(sameName(contacts, alias)?.id).toBe(id);
  });

  it('leaves out the person being renamed', () => {
    expect(sameName(contacts, 'Ama', 'c2')).toBeUndefined();
    expect(sameName(contacts, 'Ama', 'c1')?.id).toBe('c2');
  });
});

describe('updateContact', () => {
  const audit = auditOf([person('c1', 'Ama', { field: 'Finance' }), person('c2', 'Ben', { closeness: 2 })]);

  it.each<[string, Partial<Omit<Contact, 'id'>>, Partial<Contact>]>([
    ['renames the alias', { alias: 'Ama K.' }, { alias: 'Ama K.' }],
    ['sets closeness', { closeness: 5 }, { closeness: 5 }],
    ['replaces a list', { access: ['opportunities', 'competencies'] }, { access: ['opportunities', 'competencies'] }],
    ['records a free-text introducer', { introducedBy: 'Priya' }, { introducedBy: 'Priya' }],
  ])('%s of the matching contact only', (_what, change, expected) => {
    const after = updateContact(audit, 'c1', change);
    expect(after.contacts[0]).toEqual({ ...audit.contacts[0], ...expected });
    expect(after.contacts[0]?.id).toBe('c1');
    expect(after.contacts[1]).toEqual(audit.contacts[1]);
  });

  it('keeps the other answers of the changed contact', () => {
    const after = updateContact(audit, 'c1', { closeness: 3 });
    expect(after.contacts[0]).toEqual({ id: 'c1', alias: 'Ama', field: 'Finance', closeness: 3 });
  });

  it('clearing an answer removes it: the question is blank again, not answered with "undefined"', () => {
    const after = updateContact(audit, 'c1', { field: undefined });
    expect(after.contacts[0]).toEqual({ id: 'c1', alias: 'Ama' });
    expect('field' in after.contacts[0]!).toBe(false);
  });

  it('does not change the original audit', () => {
    updateContact(audit, 'c1', { alias: 'Changed' });
    expect(audit.contacts[0]?.alias).toBe('Ama');
  });

  it('changes nobody when the id is unknown', () => {
    expect(updateContact(audit, 'nobody', { alias: 'X' }).contacts).toEqual(audit.contacts);
  });
});

describe('removeContact', () => {
  const audit = auditOf(
    [
      person('c1', 'Ama'),
      person('c2', 'Ben', { introducedBy: 'c1' }),
      person('c3', 'Cleo', { introducedBy: 'c1' }),
      person('c4', 'Dev', { introducedBy: 'c2' }),
      person('c5', 'Eli', { introducedBy: 'Priya' }),
    ],
    [
      { a: 'c1', b: 'c2', strength: 2 },
      { a: 'c1', b: 'c3', strength: 1 },
      { a: 'c2', b: 'c4', strength: 1 },
      { a: 'c3', b: 'c5', strength: 2 },
    ],
  );
  const after = removeContact(audit, 'c1');

  it('takes the contact out', () => {
    expect(after.contacts.map((c) => c.id)).toEqual(['c2', 'c3', 'c4', 'c5']);
  });

  it('takes its ties with it, on either end, and keeps the rest', () => {
    expect(after.ties).toEqual([
      { a: 'c2', b: 'c4', strength: 1 },
      { a: 'c3', b: 'c5', strength: 2 },
    ]);
  });

  it('anyone it introduced is now introduced by its alias: the introduction still happened', () => {
    expect(after.contacts.find((c) => c.id === 'c2')?.introducedBy).toBe('Ama');
    expect(after.contacts.find((c) => c.id === 'c3')?.introducedBy).toBe('Ama');
  });

  it.each([
    ['c4', 'c2'],
    ['c5', 'Priya'],
  ])('%s keeps its introducer %s', (id, introducer) => {
    expect(after.contacts.find((c) => c.id === id)?.introducedBy).toBe(introducer);
  });

  it('removing a ties-only contact at the end of a tie also removes that tie', () => {
    const later = removeContact(audit, 'c4');
    expect(later.ties.some((tie) => tie.a === 'c4' || tie.b === 'c4')).toBe(false);
    expect(later.ties).toHaveLength(3);
  });

  it('an unknown id removes nobody and no tie', () => {
    const same = removeContact(audit, 'ghost');
    expect(same.contacts).toEqual(audit.contacts);
    expect(same.ties).toEqual(audit.ties);
  });

  it('does not change the original audit', () => {
    expect(audit.contacts).toHaveLength(5);
    expect(audit.ties).toHaveLength(4);
    expect(audit.contacts[1]?.introducedBy).toBe('c1');
  });
});

describe('setTie and tieBetween', () => {
  const base = auditOf([person('a', 'A'), person('b', 'B'), person('c', 'C')]);

  it.each<[string, string, string, 1 | 2, Tie]>([
    ['given in order', 'a', 'b', 1, { a: 'a', b: 'b', strength: 1 }],
    ['given backwards', 'b', 'a', 2, { a: 'a', b: 'b', strength: 2 }],
    ['with ids that sort as text', 'c9', 'c10', 1, { a: 'c10', b: 'c9', strength: 1 }],
  ])('stores a tie %s with the smaller id as a', (_what, a, b, strength, stored) => {
    expect(setTie(base, a, b, strength).ties).toEqual([stored]);
  });

  it.each<[string, string]>([
    ['a', 'b'],
    ['b', 'a'],
  ])('is symmetric: set as %s–%s, it reads the same both ways', (a, b) => {
    const audit = setTie(base, a, b, 2);
    expect(tieBetween(audit.ties, 'a', 'b')).toBe(2);
    expect(tieBetween(audit.ties, 'b', 'a')).toBe(2);
  });

  it('setting a pair again replaces its strength instead of adding a second tie', () => {
    const audit = setTie(setTie(base, 'a', 'b', 1), 'b', 'a', 2);
    expect(audit.ties).toEqual([{ a: 'a', b: 'b', strength: 2 }]);
  });

  it.each<[string, string]>([
    ['a', 'b'],
    ['b', 'a'],
  ])('strength 0 given as %s–%s removes the tie', (a, b) => {
    const audit = setTie(setTie(setTie(base, 'a', 'b', 2), 'b', 'c', 1), a, b, 0);
    expect(audit.ties).toEqual([{ a: 'b', b: 'c', strength: 1 }]);
    expect(tieBetween(audit.ties, 'a', 'b')).toBe(0);
  });

  it('strength 0 for a pair with no tie leaves the ties as they were', () => {
    const audit = setTie(base, 'a', 'b', 1);
    expect(setTie(audit, 'a', 'c', 0).ties).toEqual(audit.ties);
  });

  it.each([0, 1, 2] as const)('a contact tied to itself (strength %i) is ignored', (strength) => {
    const audit = setTie(base, 'a', 'b', 1);
    const after = setTie(audit, 'c', 'c', strength);
    expect(after).toBe(audit);
  });

  it('does not change the original audit', () => {
    setTie(base, 'a', 'b', 2);
    expect(base.ties).toEqual([]);
  });

  it.each<[string, 0 | 1 | 2, Tie[], string, string]>([
    ['no ties', 0, [], 'a', 'b'],
    ['only a different pair', 0, [{ a: 'a', b: 'c', strength: 2 }], 'a', 'b'],
    ['a tie of strength 1', 1, [{ a: 'a', b: 'b', strength: 1 }], 'a', 'b'],
    ['a tie stored the wrong way round', 2, [{ a: 'b', b: 'a', strength: 2 }], 'a', 'b'],
    ['a tie asked for the wrong way round', 2, [{ a: 'a', b: 'b', strength: 2 }], 'b', 'a'],
  ])('tieBetween with %s gives %i', (_what, expected, ties, a, b) => {
    expect(tieBetween(ties, a, b)).toBe(expected);
  });
});

describe('snapshots', () => {
  const audit = auditOf([person('c1', 'Ama'), person('c2', 'Ben')], [{ a: 'c1', b: 'c2', strength: 1 }]);

  it('a snapshot holds the contacts and ties of the moment, with its id, time and label', () => {
    const after = takeSnapshot(audit, 's1', '2026-01-05T10:00:00.000Z', 'Week 0');
    expect(after.snapshots).toEqual([
      {
        id: 's1',
        takenAt: '2026-01-05T10:00:00.000Z',
        label: 'Week 0',
        contacts: audit.contacts,
        ties: audit.ties,
        apart: [],
      },
    ]);
    expect(after.contacts).toEqual(audit.contacts);
  });

  it('later changes to the audit do not change an earlier snapshot', () => {
    let after = takeSnapshot(audit, 's1', '2026-01-05T10:00:00.000Z', 'Week 0');
    after = addContact(after, person('c3', 'Cleo'));
    after = updateContact(after, 'c1', { alias: 'Ama K.' });
    after = setTie(after, 'c1', 'c2', 0);
    const snapshot = after.snapshots[0]!;
    expect(snapshot.contacts.map((c) => c.alias)).toEqual(['Ama', 'Ben']);
    expect(snapshot.ties).toEqual([{ a: 'c1', b: 'c2', strength: 1 }]);
  });

  it('snapshots are kept in the order taken', () => {
    let after = takeSnapshot(audit, 's1', '2026-01-05T10:00:00.000Z', 'Week 0');
    after = takeSnapshot(after, 's2', '2026-04-06T10:00:00.000Z', 'Week 13');
    expect(after.snapshots.map((s) => s.label)).toEqual(['Week 0', 'Week 13']);
  });

  it.each([
    ['s1', ['s2', 's3']],
    ['s2', ['s1', 's3']],
    ['s3', ['s1', 's2']],
    ['missing', ['s1', 's2', 's3']],
  ])('removing snapshot %s leaves %j', (id, left) => {
    let after = audit;
    for (const s of ['s1', 's2', 's3']) after = takeSnapshot(after, s, NOW, s);
    expect(removeSnapshot(after, id).snapshots.map((s) => s.id)).toEqual(left);
  });
});

describe('auditRecordSpec validation through decodeStored', () => {
  /** A realistic record using every field, one tie and one snapshot. */
  const valid = (): AuditRecord => ({
    v: 2,
    updatedAt: NOW,
    setup: { situation: 'new-in-role', monthsInOrganisation: 4, jobContact: 2, goal: 'Understand how budgets are set' },
    contacts: [
      {
        id: 'c1',
        alias: 'Zoë N.',
        introducedBy: 'me',
        howMet: 'shared-activity',
        side: 'inside',
        field: 'Finance',
        level: 'higher',
        networkType: 'strategic',
        alliances: ['sponsor'],
        lines: ['supply', 'support'],
        access: ['opportunities', 'how-it-works'],
        frequency: 'monthly',
        closeness: 4,
        lastConversation: '2026-02-27',
        energy: -2,
        giveGet: 2,
      },
      person('c2', 'Ben', { introducedBy: 'c1' }),
    ],
    ties: [{ a: 'c1', b: 'c2', strength: 2 }],
    apart: [],
    snapshots: [
      {
        id: 's1',
        takenAt: '2026-01-05T10:00:00.000Z',
        label: 'Week 0',
        contacts: [person('c1', 'Zoë N.')],
        ties: [],
        apart: [],
      },
    ],
  });

  it('a valid record reads back as it was written', () => {
    const record = valid();
    const decoded = decodeStored(JSON.stringify(record), auditRecordSpec);
    expect(decoded).toEqual({ kind: 'ok', record });
  });

  it(`a record with exactly ${MAX_CONTACTS} contacts is valid`, () => {
    const record = { ...valid(), contacts: many(MAX_CONTACTS) };
    expect(decodeStored(JSON.stringify(record), auditRecordSpec).kind).toBe('ok');
  });

  it('an empty audit is valid', () => {
    expect(decodeStored(JSON.stringify(emptyAudit(NOW)), auditRecordSpec)).toEqual({
      kind: 'ok',
      record: emptyAudit(NOW),
    });
  });

  type Breaker = (record: AuditRecord) => unknown;
  const contact0 = (record: AuditRecord, change: Record<string, unknown>) => ({
    ...record,
    contacts: [{ ...record.contacts[0], ...change }, ...record.contacts.slice(1)],
  });

  const invalid: [string, Breaker, string][] = [
    ['a way of meeting not in the list', (r) => contact0(r, { howMet: 'coffee' }), 'contacts.0.howMet'],
    ['a side not in the list', (r) => contact0(r, { side: 'both' }), 'contacts.0.side'],
    ['a level not in the list', (r) => contact0(r, { level: 'boss' }), 'contacts.0.level'],
    ['a network type not in the list', (r) => contact0(r, { networkType: 'social' }), 'contacts.0.networkType'],
    ['an alliance not in the list', (r) => contact0(r, { alliances: ['sponsor', 'mentor'] }), 'contacts.0.alliances.1'],
    ['a line not in the list', (r) => contact0(r, { lines: ['money'] }), 'contacts.0.lines.0'],
    ['an access kind not in the list', (r) => contact0(r, { access: ['gossip'] }), 'contacts.0.access.0'],
    ['a frequency not in the list', (r) => contact0(r, { frequency: 'daily' }), 'contacts.0.frequency'],
    ['closeness 6', (r) => contact0(r, { closeness: 6 }), 'contacts.0.closeness'],
    ['closeness 0', (r) => contact0(r, { closeness: 0 }), 'contacts.0.closeness'],
    ['closeness 2.5', (r) => contact0(r, { closeness: 2.5 }), 'contacts.0.closeness'],
    ['closeness as text', (r) => contact0(r, { closeness: '3' }), 'contacts.0.closeness'],
    ['energy 3', (r) => contact0(r, { energy: 3 }), 'contacts.0.energy'],
    ['give and get −3', (r) => contact0(r, { giveGet: -3 }), 'contacts.0.giveGet'],
    [
      'a last conversation in words',
      (r) => contact0(r, { lastConversation: 'last spring' }),
      'contacts.0.lastConversation',
    ],
    [
      'a last conversation with slashes',
      (r) => contact0(r, { lastConversation: '2026/02/27' }),
      'contacts.0.lastConversation',
    ],
    [
      'a last conversation with a time',
      (r) => contact0(r, { lastConversation: '2026-02-27T10:00' }),
      'contacts.0.lastConversation',
    ],
    ['an empty id', (r) => contact0(r, { id: '' }), 'contacts.0.id'],
    ['an alias of 201 characters', (r) => contact0(r, { alias: 'x'.repeat(201) }), 'contacts.0.alias'],
    ['alliances that are not a list', (r) => contact0(r, { alliances: 'sponsor' }), 'contacts.0.alliances'],
    ['no list of pairs answered "no"', (r) => ({ ...r, apart: undefined }), 'apart'],
    ['a pair answered "no" without a second person', (r) => ({ ...r, apart: [{ a: 'c1' }] }), 'apart.0.b'],
    [`${MAX_CONTACTS + 1} contacts`, (r) => ({ ...r, contacts: many(MAX_CONTACTS + 1) }), 'contacts'],
    ['a tie of strength 3', (r) => ({ ...r, ties: [{ a: 'c1', b: 'c2', strength: 3 }] }), 'ties.0.strength'],
    ['a tie of strength 0', (r) => ({ ...r, ties: [{ a: 'c1', b: 'c2', strength: 0 }] }), 'ties.0.strength'],
    ['an updatedAt that is not a time', (r) => ({ ...r, updatedAt: 'yesterday' }), 'updatedAt'],
    ['an updatedAt that is only a date', (r) => ({ ...r, updatedAt: '2026-03-15' }), 'updatedAt'],
    ['a situation not in the list', (r) => ({ ...r, setup: { situation: 'retired' } }), 'setup.situation'],
    ['a job contact of 0', (r) => ({ ...r, setup: { jobContact: 0 } }), 'setup.jobContact'],
    [
      'negative months in the organisation',
      (r) => ({ ...r, setup: { monthsInOrganisation: -1 } }),
      'setup.monthsInOrganisation',
    ],
    [
      'a snapshot taken at a bad time',
      (r) => ({ ...r, snapshots: [{ ...r.snapshots[0], takenAt: '5 January' }] }),
      'snapshots.0.takenAt',
    ],
    [
      'a snapshot contact with closeness 6',
      (r) => ({
        ...r,
        snapshots: [{ ...r.snapshots[0], contacts: [{ ...r.snapshots[0]!.contacts[0], closeness: 6 }] }],
      }),
      'snapshots.0.contacts.0.closeness',
    ],
    ['no snapshots list', (r) => ({ ...r, snapshots: undefined }), 'snapshots'],
  ];

  it.each(invalid.map(([what, breaker, where]) => [what, where, breaker] as const))(
    '%s fails, saying where: %s',
    (_what, where, breaker) => {
      const broken = breaker(valid());
      const validation = auditRecordSpec.validate(broken);
      expect(validation).toMatchObject({ ok: false, where });
      const decoded = decodeStored(JSON.stringify(broken), auditRecordSpec);
      expect(decoded.kind).toBe('corrupt');
      expect(decoded.kind === 'corrupt' && decoded.reason).toContain(`${where}: `);
    },
  );

  // BUG: the date check is a pattern only (\d{4}-\d{2}-\d{2}), so a date that does not exist is accepted. Such a
  // date then reads as an Invalid Date in isDormant, which silently says "not dormant".
  it('a last conversation on a day that does not exist (30 February) fails', () => {
    const broken = contact0(valid(), { lastConversation: '2025-02-30' });
    expect(auditRecordSpec.validate(broken)).toMatchObject({ ok: false, where: 'contacts.0.lastConversation' });
  });

  it('a record written by a newer version is kept aside, not read', () => {
    const decoded = decodeStored(JSON.stringify({ ...valid(), v: 3 }), auditRecordSpec);
    expect(decoded).toMatchObject({ kind: 'newer', version: 3 });
  });
});

describe('who knows whom: answered pairs, open pairs and "no"', () => {
  const audit = auditOf([person('a', 'Ama'), person('b', 'Ben'), person('c', 'Cleo'), person('d', 'Dev')]);

  it('a pair starts unanswered: neither a tie nor "do not know each other"', () => {
    expect(pairAnswer(audit, 'a', 'b')).toBeUndefined();
    expect(pairCounts(audit)).toEqual({ answered: 0, open: 6, total: 6 });
  });

  it('"no" is stored as an answer, and counts as answered', () => {
    const after = setTie(audit, 'b', 'a', 0);
    expect(after.apart).toEqual([{ a: 'a', b: 'b' }]);
    expect(after.ties).toEqual([]);
    expect(pairAnswer(after, 'a', 'b')).toBe(0);
    expect(pairCounts(after)).toEqual({ answered: 1, open: 5, total: 6 });
  });

  it('changing "no" to "yes" or "well" moves the pair, so it is never both', () => {
    let after = setTie(audit, 'a', 'b', 0);
    after = setTie(after, 'a', 'b', 2);
    expect(after.apart).toEqual([]);
    expect(after.ties).toEqual([{ a: 'a', b: 'b', strength: 2 }]);
    after = setTie(after, 'b', 'a', 0);
    expect(after.ties).toEqual([]);
    expect(after.apart).toEqual([{ a: 'a', b: 'b' }]);
  });

  it('"nobody else" answers "no" for every open pair of that person, and changes no answer given', () => {
    const after = setRestApart(setTie(audit, 'a', 'b', 1), 'a');
    expect(pairAnswer(after, 'a', 'b')).toBe(1);
    expect(pairAnswer(after, 'a', 'c')).toBe(0);
    expect(pairAnswer(after, 'a', 'd')).toBe(0);
    expect(pairAnswer(after, 'b', 'c')).toBeUndefined();
    expect(pairCounts(after)).toEqual({ answered: 3, open: 3, total: 6 });
    expect(setRestApart(after, 'a')).toBe(after);
  });

  it('counts answered pairs per person, ignoring pairs with someone no longer listed and repeats', () => {
    const withGhosts = {
      ...audit,
      ties: [
        { a: 'a', b: 'b', strength: 1 as const },
        { a: 'b', b: 'a', strength: 2 as const },
        { a: 'a', b: 'gone', strength: 1 as const },
      ],
      apart: [{ a: 'c', b: 'd' }],
    };
    expect(Object.fromEntries(answeredPairsByPerson(withGhosts))).toEqual({ a: 1, b: 1, c: 1, d: 1 });
    expect(pairCounts(withGhosts)).toEqual({ answered: 2, open: 4, total: 6 });
  });

  it('removing a person takes their "no" answers with them', () => {
    const after = removeContact(setTie(setTie(audit, 'a', 'b', 0), 'c', 'd', 0), 'a');
    expect(after.apart).toEqual([{ a: 'c', b: 'd' }]);
  });

  it('a snapshot keeps the "no" answers of the moment', () => {
    const after = takeSnapshot(setTie(audit, 'a', 'b', 0), 's1', NOW, 'Week 0');
    expect(after.snapshots[0]!.apart).toEqual([{ a: 'a', b: 'b' }]);
  });
});

describe('who introduced you, read one way everywhere', () => {
  const contacts = [
    person('c1', 'Ama', { introducedBy: 'me' }),
    person('c2', 'Ben', { introducedBy: 'c1' }),
    person('c3', 'Cleo', { introducedBy: 'Priya' }),
    person('c4', 'Dev', { introducedBy: '' }),
    person('c5', 'Eli'),
    person('c6', 'Fay', { introducedBy: ' Me ' }),
  ];

  it.each<[string, string, string]>([
    ['c1', 'me', 'nobody (I introduced myself)'],
    ['c2', 'contact', 'Ama'],
    ['c3', 'someone', 'Priya'],
    ['c4', 'someone', 'someone not on my list'],
    ['c5', 'blank', ''],
    ['c6', 'me', 'nobody (I introduced myself)'],
  ])('%s reads as %s: %j', (id, kind, words) => {
    const introduction = introductionOf(
      contacts.find((c) => c.id === id)!,
      contacts,
    );
    expect(introduction.kind).toBe(kind);
    expect(introductionInWords(introduction)).toBe(words);
  });

  it('a blank is not an answer; "someone not on my list" without a name is', () => {
    expect(isAnswered(contacts[4]!, 'introducedBy')).toBe(false);
    expect(isAnswered(contacts[3]!, 'introducedBy')).toBe(true);
  });

  it('a field of spaces is not an answer', () => {
    expect(isAnswered(person('x', 'X', { field: '   ' }), 'field')).toBe(false);
  });

  it('"none of these" (an empty list) is an answer; no list is not', () => {
    expect(isAnswered(person('x', 'X', { alliances: [] }), 'alliances')).toBe(true);
    expect(isAnswered(person('x', 'X'), 'alliances')).toBe(false);
  });
});

describe('reading a version-1 audit (which filled in answers by default)', () => {
  const v1 = {
    v: 1,
    updatedAt: NOW,
    setup: { jobContact: 2 },
    contacts: [
      // Added by name only: every default of version 1, nothing chosen.
      { id: 'c1', alias: 'Ama', introducedBy: 'me', alliances: [], lines: [], access: [] },
      // Opened and answered: "me" may have been chosen, so it stays.
      { id: 'c2', alias: 'Ben', introducedBy: 'me', alliances: [], lines: ['supply'], access: [], closeness: 4 },
      { id: 'c3', alias: 'Cleo', introducedBy: 'c2', alliances: ['peer'], lines: [], access: ['opportunities'] },
    ],
    ties: [{ a: 'c2', b: 'c3', strength: 2 }],
    snapshots: [
      {
        id: 's1',
        takenAt: NOW,
        label: 'Week 0',
        contacts: [{ id: 'c1', alias: 'Ama', introducedBy: 'me', alliances: [], lines: [], access: [] }],
        ties: [],
      },
    ],
  };
  const decoded = decodeStored(JSON.stringify(v1), auditRecordSpec);
  const record = decoded.kind === 'ok' ? decoded.record : undefined;

  it('loads, saying it was migrated', () => {
    expect(decoded).toMatchObject({ kind: 'ok', migratedFrom: 1, record: { v: 2 } });
  });

  it('a person with nothing but a name loses the default "me": the share no longer counts them', () => {
    expect(record!.contacts[0]).toEqual({ id: 'c1', alias: 'Ama' });
    expect(record!.snapshots[0]!.contacts[0]).toEqual({ id: 'c1', alias: 'Ama' });
  });

  it('a person with other answers keeps "me", and every answer', () => {
    expect(record!.contacts[1]).toEqual({
      id: 'c2',
      alias: 'Ben',
      introducedBy: 'me',
      lines: ['supply'],
      closeness: 4,
    });
    expect(record!.contacts[2]).toEqual({
      id: 'c3',
      alias: 'Cleo',
      introducedBy: 'c2',
      alliances: ['peer'],
      access: ['opportunities'],
    });
  });

  it('empty tick-box lists become blanks, ticked ones stay', () => {
    expect(isAnswered(record!.contacts[1]!, 'alliances')).toBe(false);
    expect(record!.contacts[1]!.lines).toEqual(['supply']);
  });

  it('keeps the ties and setup, and starts with no pair answered "no" (version 1 did not record them)', () => {
    expect(record!.ties).toEqual(v1.ties);
    expect(record!.setup).toEqual(v1.setup);
    expect(record!.apart).toEqual([]);
    expect(record!.snapshots[0]!.apart).toEqual([]);
    expect(pairCounts(record!)).toEqual({ answered: 1, open: 2, total: 3 });
  });
});
