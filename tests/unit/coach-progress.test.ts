/**
 * The client's side of an assignment (src/lib/coach/progress.ts): the stored record of accepted assignments, what
 * accepting a link does, each item's status by its due date (also across a daylight-saving change), and the progress
 * report built from what the client chose to share.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assignment } from '~/lib/coach/assignment';
import {
  DUE_SOON_DAYS,
  STATUS_WORDS,
  accept,
  acceptOutcome,
  assignmentsRecordSpec,
  dismiss,
  emptyAssignments,
  itemStatus,
  statusInWords,
  type AcceptOutcome,
  type AssignmentsRecord,
  type ItemStatus,
  type ReportChoices,
} from '~/lib/coach/progress';
import {
  checkReport,
  encodeReport,
  readReportText,
  type ProgressReport,
  type ReportWorksheet,
} from '~/lib/coach/report';

/** An unlocked report token read back, as the coach's page reads it. */
const decodeReport = (token: string): { ok: true; value: ProgressReport } | { ok: false } => {
  const read = readReportText(token);
  return read.ok && read.value.kind === 'plain' ? { ok: true, value: read.value.report } : { ok: false };
};
import { decodeStored } from '~/lib/storage/stored-record';
import { acceptWarnings } from '~/lib/coach/accept-warnings';
import { buildReport } from '~/lib/coach/report-build';

const zoneAtStart = process.env.TZ;
const ISSUED = '2026-03-02T19:04:11.532Z';
const LATER = '2026-03-09T08:30:00.000Z';
const EARLIER = '2026-02-23T12:00:00.000Z';
const ACCEPTED = '2026-03-03T07:15:00.000Z';
const NOW = '2026-03-10T21:00:00.000Z';

const assignment = (changes: Partial<Assignment> = {}): Assignment => ({
  id: 'k3J9-xQ2_pLmZ',
  coach: 'Dr. Amara Okafor',
  client: 'Zoë Nuñez',
  items: [
    { kind: 'module', id: 'audit-your-network', due: '2026-03-09' },
    { kind: 'worksheet', id: 'giving-style' },
  ],
  note: 'See you Thursday.',
  issuedAt: ISSUED,
  ...changes,
});

const recordWith = (...assignments: Assignment[]): AssignmentsRecord => ({
  v: 2,
  updatedAt: ACCEPTED,
  accepted: Object.fromEntries(assignments.map((a) => [a.id, { assignment: a, acceptedAt: ACCEPTED }])),
});

/** A stored record as text, with one accepted assignment whose fields may be replaced. */
const storedText = (assignmentChanges: Record<string, unknown> = {}, recordChanges: Record<string, unknown> = {}) =>
  JSON.stringify({
    v: 2,
    updatedAt: ACCEPTED,
    accepted: { 'k3J9-xQ2_pLmZ': { assignment: { ...assignment(), ...assignmentChanges }, acceptedAt: ACCEPTED } },
    ...recordChanges,
  });

describe('assignmentsRecordSpec, read through decodeStored', () => {
  it('reads a good record back exactly as it was stored', () => {
    const record = recordWith(assignment(), assignment({ id: 'other-coach', coach: 'Sam Lee', note: undefined }));
    const stored = JSON.parse(JSON.stringify(record)) as AssignmentsRecord;
    expect(decodeStored(JSON.stringify(record), assignmentsRecordSpec)).toStrictEqual({ kind: 'ok', record: stored });
  });

  it('reads nothing stored as empty, not as a problem', () => {
    expect(decodeStored(null, assignmentsRecordSpec)).toEqual({ kind: 'empty' });
  });

  it.each([
    ['a script tag', '<script>alert("x")</script>'],
    ['an image with an onerror handler', '<img src=x onerror=alert(1)>'],
    ['markup and an entity', '<b>Zoë</b> &amp; "Sam"'],
  ])('keeps a client name made of %s, as text, unchanged', (_what, client) => {
    const decoded = decodeStored(storedText({ client }), assignmentsRecordSpec);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind !== 'ok') return;
    expect(decoded.record.accepted['k3J9-xQ2_pLmZ']?.assignment.client).toBe(client);
  });

  it.each([
    ['a word', 'last Tuesday', 'accepted.k3J9-xQ2_pLmZ.assignment.issuedAt'],
    ['a day that does not exist', '2026-02-30T10:00:00.000Z', 'accepted.k3J9-xQ2_pLmZ.assignment.issuedAt'],
    ['a day without a time', '2026-03-02', 'accepted.k3J9-xQ2_pLmZ.assignment.issuedAt'],
    ['a number', 1772478251532, 'accepted.k3J9-xQ2_pLmZ.assignment.issuedAt'],
  ])('refuses an assignment whose issuedAt is %s, naming where', (_what, issuedAt, where) => {
    const raw = storedText({ issuedAt });
    const decoded = decodeStored(raw, assignmentsRecordSpec);
    expect(decoded).toMatchObject({ kind: 'corrupt', raw });
    if (decoded.kind === 'corrupt') expect(decoded.reason).toContain(`not valid at ${where}:`);
  });

  it.each([
    ['a lesson', 'lesson'],
    ['a quiz', 'quiz'],
    ['a capitalised module', 'Module'],
    ['the wire letter m', 'm'],
  ])('refuses an item of unknown kind (%s)', (_what, kind) => {
    const raw = storedText({ items: [{ kind, id: 'audit-your-network' }] });
    const decoded = decodeStored(raw, assignmentsRecordSpec);
    expect(decoded).toMatchObject({ kind: 'corrupt', raw });
    if (decoded.kind === 'corrupt') {
      expect(decoded.reason).toContain('not valid at accepted.k3J9-xQ2_pLmZ.assignment.items.0.kind:');
    }
  });

  it('refuses a bad acceptedAt and a bad record time', () => {
    const badAccepted = JSON.stringify({
      v: 1,
      updatedAt: ACCEPTED,
      accepted: { 'k3J9-xQ2_pLmZ': { assignment: assignment(), acceptedAt: 'soon' } },
    });
    expect(decodeStored(badAccepted, assignmentsRecordSpec)).toMatchObject({ kind: 'corrupt' });
    expect(decodeStored(storedText({}, { updatedAt: 'never' }), assignmentsRecordSpec)).toMatchObject({
      kind: 'corrupt',
    });
  });

  it('leaves a record from a newer version of the site alone', () => {
    const raw = storedText({}, { v: 3 });
    expect(decodeStored(raw, assignmentsRecordSpec)).toEqual({ kind: 'newer', raw, version: 3 });
  });

  it('reads a version-1 record, from before keys, as version 2 with nothing changed', () => {
    const raw = storedText({}, { v: 1 });
    const decoded = decodeStored(raw, assignmentsRecordSpec);
    expect(decoded).toStrictEqual({ kind: 'ok', record: { ...JSON.parse(raw), v: 2 }, migratedFrom: 1 });
  });
});

describe('acceptOutcome', () => {
  const have = recordWith(assignment());
  it.each<[string, AssignmentsRecord | null, Assignment, AcceptOutcome]>([
    ['nothing accepted yet', null, assignment(), 'added'],
    ['an empty record', emptyAssignments(ACCEPTED), assignment(), 'added'],
    ['another coach’s assignment only', recordWith(assignment({ id: 'other' })), assignment(), 'added'],
    [
      'a newer link from the same coach (same id)',
      have,
      assignment({ issuedAt: LATER, note: 'Moved to Friday.' }),
      'updated',
    ],
    ['a newer link with nothing else changed', have, assignment({ issuedAt: LATER }), 'updated'],
    ['the very same link again', have, assignment(), 'same'],
    ['an identical copy made separately', have, structuredClone(assignment()), 'same'],
    ['an older link from the same coach', have, assignment({ issuedAt: EARLIER, note: 'Old plan.' }), 'older'],
    ['an older link identical in all but time', have, assignment({ issuedAt: EARLIER }), 'older'],
  ])('with %s gives %s', (_what, record, incoming, outcome) => {
    expect(acceptOutcome(record, incoming)).toBe(outcome);
  });

  it('calls a link with the same time but different items an update, not the same', () => {
    const changed = assignment({ items: [{ kind: 'module', id: 'give-before-you-get' }] });
    expect(acceptOutcome(have, changed)).toBe('updated');
  });
});

describe('acceptWarnings: what is pointed out before a link replaces an assignment', () => {
  const KEY = 'K'.repeat(43);
  const now = Date.parse(NOW);
  const have = recordWith(assignment({ key: KEY }));

  it('says nothing for a first link, or a newer one from the same coach with the same key', () => {
    expect(acceptWarnings(null, assignment({ key: KEY }), now)).toStrictEqual({});
    expect(acceptWarnings(have, assignment({ key: KEY, issuedAt: LATER }), now)).toStrictEqual({});
  });

  it('points out another coach’s name, whatever the case, spacing or invisible characters', () => {
    expect(acceptWarnings(have, assignment({ key: KEY, coach: 'Mallory' }), now)).toStrictEqual({
      coachWas: 'Dr. Amara Okafor',
    });
    expect(acceptWarnings(have, assignment({ key: KEY, coach: 'dr.  amara okafor' }), now)).toStrictEqual({});
  });

  it('points out a link without the key of the assignment the client has, or with another', () => {
    expect(acceptWarnings(have, assignment({ key: 'M'.repeat(43) }), now)).toStrictEqual({ keyChanged: true });
    expect(acceptWarnings(have, assignment(), now)).toStrictEqual({ keyChanged: true });
    // An old assignment with no key that gets one is the coach's new link, not a change of key.
    expect(acceptWarnings(recordWith(assignment()), assignment({ key: KEY }), now)).toStrictEqual({});
  });

  it('points out a link dated more than a day ahead', () => {
    expect(acceptWarnings(null, assignment({ issuedAt: '9999-12-31T00:00:00.000Z' }), now)).toStrictEqual({
      future: true,
    });
    expect(acceptWarnings(null, assignment({ issuedAt: '2026-03-11T20:00:00.000Z' }), now)).toStrictEqual({});
  });
});

describe('a link dated in the future never keeps out the coach’s later links', () => {
  it('counts any link as newer than one dated more than a day ahead', () => {
    const pinned = recordWith(assignment({ issuedAt: '9999-12-31T00:00:00.000Z', coach: 'Mallory' }));
    expect(acceptOutcome(pinned, assignment({ issuedAt: LATER }), Date.parse(NOW))).toBe('updated');
    const next = accept(pinned, assignment({ issuedAt: LATER }), NOW);
    expect(next.accepted['k3J9-xQ2_pLmZ']?.assignment.coach).toBe('Dr. Amara Okafor');
  });

  it('replaces with an older link only when the client chose it', () => {
    const record = recordWith(assignment({ issuedAt: LATER }));
    const older = assignment({ issuedAt: EARLIER });
    expect(accept(record, older, NOW)).toBe(record);
    expect(accept(record, older, NOW, true).accepted['k3J9-xQ2_pLmZ']?.assignment).toStrictEqual(older);
  });
});

describe('accept', () => {
  it('adds a first assignment under its id, with the time it was accepted', () => {
    const next = accept(emptyAssignments(ACCEPTED), assignment(), NOW);
    expect(next.accepted).toStrictEqual({ 'k3J9-xQ2_pLmZ': { assignment: assignment(), acceptedAt: NOW } });
  });

  it('replaces the assignment when a newer link comes from the same coach: one assignment, never two', () => {
    const newer = assignment({ issuedAt: LATER, items: [{ kind: 'module', id: 'give-before-you-get' }] });
    const next = accept(recordWith(assignment()), newer, NOW);
    expect(Object.keys(next.accepted)).toEqual(['k3J9-xQ2_pLmZ']);
    expect(next.accepted['k3J9-xQ2_pLmZ']).toStrictEqual({ assignment: newer, acceptedAt: NOW });
  });

  it.each([
    ['an older link', assignment({ issuedAt: EARLIER, note: 'Old plan.' })],
    ['the same link again', assignment()],
  ])('changes nothing for %s: the record is returned as it was', (_what, incoming) => {
    const record = recordWith(assignment());
    const copy = structuredClone(record);
    const next = accept(record, incoming, NOW);
    expect(next).toBe(record);
    expect(next).toStrictEqual(copy);
    expect(next.accepted['k3J9-xQ2_pLmZ']?.acceptedAt).toBe(ACCEPTED);
  });

  it('keeps assignments from other coaches when adding or updating one', () => {
    const other = assignment({ id: 'other-coach', coach: 'Sam Lee' });
    const next = accept(recordWith(other, assignment()), assignment({ issuedAt: LATER }), NOW);
    expect(Object.keys(next.accepted).sort()).toEqual(['k3J9-xQ2_pLmZ', 'other-coach']);
    expect(next.accepted['other-coach']).toStrictEqual({ assignment: other, acceptedAt: ACCEPTED });
  });

  it('leaves the record it was given unchanged', () => {
    const record = recordWith(assignment());
    const copy = structuredClone(record);
    accept(record, assignment({ issuedAt: LATER }), NOW);
    accept(record, assignment({ id: 'new-one' }), NOW);
    expect(record).toStrictEqual(copy);
  });
});

describe('dismiss', () => {
  it('removes one assignment and keeps the others', () => {
    const other = assignment({ id: 'other-coach' });
    const next = dismiss(recordWith(assignment(), other), 'k3J9-xQ2_pLmZ');
    expect(next.accepted).toStrictEqual({ 'other-coach': { assignment: other, acceptedAt: ACCEPTED } });
  });

  it('changes nothing when the id is not there, and leaves the record given unchanged', () => {
    const record = recordWith(assignment());
    const copy = structuredClone(record);
    expect(dismiss(record, 'not-there')).toStrictEqual(copy);
    dismiss(record, 'k3J9-xQ2_pLmZ');
    expect(record).toStrictEqual(copy);
  });
});

describe('itemStatus', () => {
  const today = '2026-05-14';
  it.each<[string, string | undefined, boolean, ItemStatus]>([
    ['done, even when long overdue', '2026-01-02', true, 'done'],
    ['done, with no date', undefined, true, 'done'],
    ['due yesterday', '2026-05-13', false, 'overdue'],
    ['due a month ago', '2026-04-14', false, 'overdue'],
    ['due today', '2026-05-14', false, 'due-soon'],
    ['due tomorrow', '2026-05-15', false, 'due-soon'],
    ['due in 3 days', '2026-05-17', false, 'due-soon'],
    ['due in 4 days', '2026-05-18', false, 'upcoming'],
    ['due next year', '2027-05-14', false, 'upcoming'],
    ['with no date', undefined, false, 'no-date'],
    ['with an empty date', '', false, 'no-date'],
  ])('an item %s is %s', (_what, due, done, status) => {
    expect(itemStatus(due === undefined ? {} : { due }, done, today)).toBe(status);
  });

  it.each<[string | undefined, string]>([
    ['2026-05-14', 'Due today'],
    ['2026-05-15', 'Due soon'],
    ['2026-05-13', 'Overdue'],
    [undefined, 'To do'],
  ])('an item due %s reads "%s"', (due, words) => {
    expect(statusInWords(itemStatus(due === undefined ? {} : { due }, false, today), due, today)).toBe(words);
  });

  it('says "In progress" for a started item with no urgency, and keeps what is urgent or done', () => {
    expect(statusInWords('upcoming', '2026-12-20', '2026-12-01', true)).toBe('In progress');
    expect(statusInWords('no-date', undefined, '2026-12-01', true)).toBe('In progress');
    expect(statusInWords('overdue', '2026-11-20', '2026-12-01', true)).toBe('Overdue');
    expect(statusInWords('due-soon', '2026-12-01', '2026-12-01', true)).toBe('Due today');
    expect(statusInWords('done', undefined, '2026-12-01', true)).toBe('Done');
    expect(statusInWords('upcoming', '2026-12-20', '2026-12-01')).toBe('To do');
  });

  it('counts calendar days across a month and a year end', () => {
    expect(itemStatus({ due: '2027-01-02' }, false, '2026-12-30')).toBe('due-soon');
    expect(itemStatus({ due: '2027-01-03' }, false, '2026-12-30')).toBe('upcoming');
    expect(itemStatus({ due: '2026-02-28' }, false, '2026-03-01')).toBe('overdue');
  });

  it('calls an item due soon for exactly 3 days before its date', () => {
    expect(DUE_SOON_DAYS).toBe(3);
  });

  describe('in New York, across the daylight-saving changes of 2026 (8 March, 1 November)', () => {
    // Node reads process.env.TZ again whenever it changes, so new Dates follow it (checked by the first test).
    let saved: string | undefined;
    beforeEach(() => {
      saved = process.env.TZ;
      process.env.TZ = 'America/New_York';
    });
    afterEach(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });

    it('really runs with a daylight-saving change between 7 and 9 March', () => {
      expect(new Date(2026, 2, 7).getTimezoneOffset()).toBe(300);
      expect(new Date(2026, 2, 9).getTimezoneOffset()).toBe(240);
    });

    // Local midnights across the spring change are 23 hours apart, across the autumn one 25 hours: a count of
    // elapsed time rather than calendar days would put each of these on the wrong side of the 3-day line.
    it.each<[string, string, ItemStatus]>([
      ['2026-03-07', '2026-03-11', 'upcoming'],
      ['2026-03-07', '2026-03-10', 'due-soon'],
      ['2026-03-05', '2026-03-08', 'due-soon'],
      ['2026-03-04', '2026-03-08', 'upcoming'],
      ['2026-03-08', '2026-03-08', 'due-soon'],
      ['2026-03-09', '2026-03-08', 'overdue'],
      ['2026-03-08', '2026-03-07', 'overdue'],
      ['2026-10-31', '2026-11-03', 'due-soon'],
      ['2026-10-31', '2026-11-04', 'upcoming'],
      ['2026-11-01', '2026-11-01', 'due-soon'],
      ['2026-11-02', '2026-11-01', 'overdue'],
    ])('on %s an item due %s is %s', (today, due, status) => {
      expect(itemStatus({ due }, false, today)).toBe(status);
    });
  });
});

describe('after the New York tests', () => {
  it('runs in the time zone it started in again', () => {
    expect(process.env.TZ).toBe(zoneAtStart);
  });
});

describe('STATUS_WORDS', () => {
  it('says each status in plain words, with no date and upcoming both "To do"', () => {
    expect(STATUS_WORDS).toStrictEqual({
      done: 'Done',
      overdue: 'Overdue',
      'due-soon': 'Due soon',
      upcoming: 'To do',
      'no-date': 'To do',
    });
  });
});

describe('buildReport', () => {
  const givingStyle: ReportWorksheet = {
    id: 'giving-style',
    title: 'Your giving style',
    updatedAt: '2026-03-30T18:02:00.000Z',
    lines: [{ label: 'What you give most easily', text: 'Introductions; feedback on drafts.' }],
  };
  const ramp: ReportWorksheet = { id: 'ramp-readiness', title: 'Ramp readiness', lines: [] };

  const choices = (changes: Partial<ReportChoices> = {}): ReportChoices => ({
    client: 'Zoë Nuñez',
    assignmentId: 'k3J9-xQ2_pLmZ',
    items: [
      { id: 'audit-your-network', title: 'Audit your network', done: true, doneAt: '2026-03-04T21:10:00.000Z' },
      { id: 'give-before-you-get', title: 'Give before you get', done: false },
      { id: 'giving-style', title: 'Your giving style', done: false, doneAt: undefined },
    ],
    worksheets: [givingStyle],
    audit: {
      people: ['Priya Kapoor', 'Jean-Luc Picard', '  tomasz   wiśniewski ', 'Ingrid'],
      measures: [
        { label: 'Effective size', value: '7.2' },
        { label: 'Constraint', value: '0.31' },
      ],
      useNames: false,
    },
    ...changes,
  });

  it('always includes every item’s completion, with doneAt only where there is one', () => {
    const report = buildReport(choices({ worksheets: [], audit: undefined }), NOW);
    expect(report.modules).toStrictEqual([
      { id: 'audit-your-network', title: 'Audit your network', done: true, doneAt: '2026-03-04T21:10:00.000Z' },
      { id: 'give-before-you-get', title: 'Give before you get', done: false },
      { id: 'giving-style', title: 'Your giving style', done: false },
    ]);
    expect(Object.keys(report.modules[2]!)).toEqual(['id', 'title', 'done']);
  });

  it('dates the report with the time given and names the client as they chose', () => {
    const report = buildReport(choices(), NOW);
    expect(report).toMatchObject({ v: 1, client: 'Zoë Nuñez', createdAt: NOW });
  });

  it.each<[string, ReportWorksheet[]]>([
    ['none', []],
    ['one of two', [givingStyle]],
    ['both, in the order chosen', [ramp, givingStyle]],
  ])('shares only the worksheets chosen: %s', (_what, worksheets) => {
    expect(buildReport(choices({ worksheets }), NOW).worksheets).toStrictEqual(worksheets);
  });

  it('shares knowledge-check scores only when the client chose to, and leaves the key out otherwise', () => {
    const score = {
      id: 'audit-your-network',
      title: 'Module 3, Audit your network',
      questions: 4,
      answered: 4,
      firstTryKnown: 4,
      rightFirstTime: 3,
      rightNow: 4,
    };
    expect(buildReport(choices({ checks: [score] }), NOW).checks).toStrictEqual([score]);
    expect('checks' in buildReport(choices(), NOW)).toBe(false);
    expect('checks' in buildReport(choices({ checks: [] }), NOW)).toBe(false);
  });

  it('shares people as initials unless the client chose names', () => {
    const report = buildReport(choices(), NOW);
    expect(report.audit).toStrictEqual({
      people: [{ name: 'P. K.' }, { name: 'J.-L. P.' }, { name: 'T. W.' }, { name: 'I.' }],
      measures: [
        { label: 'Effective size', value: '7.2' },
        { label: 'Constraint', value: '0.31' },
      ],
    });
    expect(JSON.stringify(report)).not.toMatch(/Priya|Kapoor|Picard|wiśniewski|Ingrid/);
  });

  it('shares people’s names as written when the client chose names', () => {
    const base = choices();
    const report = buildReport({ ...base, audit: { ...base.audit!, useNames: true } }, NOW);
    expect(report.audit?.people).toStrictEqual([
      { name: 'Priya Kapoor' },
      { name: 'Jean-Luc Picard' },
      { name: 'tomasz wiśniewski' },
      { name: 'Ingrid' },
    ]);
  });

  it('leaves the audit out when the client did not choose to share it', () => {
    const report = buildReport(choices({ audit: undefined }), NOW);
    expect('audit' in report).toBe(false);
  });

  it.each<[string, string | undefined, string | undefined]>([
    ['given', 'k3J9-xQ2_pLmZ', 'k3J9-xQ2_pLmZ'],
    ['not given', undefined, undefined],
    ['empty', '', undefined],
  ])('includes the assignment id only when one is given (%s)', (_what, assignmentId, expected) => {
    const report = buildReport(choices({ assignmentId }), NOW);
    expect('assignmentId' in report).toBe(expected !== undefined);
    expect(report.assignmentId).toBe(expected);
  });

  it.each<[string, Partial<ReportChoices>]>([
    ['everything shared', {}],
    ['no assignment, no worksheets, no audit', { assignmentId: undefined, worksheets: [], audit: undefined }],
    ['nothing done yet', { items: [{ id: 'audit-your-network', title: 'Audit your network', done: false }] }],
  ])('builds a report that passes checkReport and round-trips as a token: %s', (_what, changes) => {
    const report = buildReport(choices(changes), NOW);
    expect(checkReport(report)).toStrictEqual({ ok: true, value: report });
    expect(decodeReport(encodeReport(report))).toStrictEqual({ ok: true, value: report });
  });

  it('builds a report with names shared that also round-trips', () => {
    const base = choices();
    const report = buildReport({ ...base, audit: { ...base.audit!, useNames: true } }, NOW);
    expect(decodeReport(encodeReport(report))).toStrictEqual({ ok: true, value: report });
  });
});
