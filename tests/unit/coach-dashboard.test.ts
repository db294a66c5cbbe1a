/**
 * The coach's side (src/lib/coach/dashboard.ts): filing assignments and reports under clients, the coach's data as a
 * file and every way such a file can be wrong, and merging an imported file with what the coach has.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '~/lib/coach/assignment';
import {
  COACH_FORMAT,
  REPORTS_KEPT,
  assignmentIdFor,
  clientKeyOf,
  coachFile,
  emptyCoach,
  mergeCoach,
  readCoachFile,
  withAssignment,
  withReport,
  withoutClient,
  type CoachClient,
  type CoachRecord,
  type ReportOutcome,
} from '~/lib/coach/dashboard';
import { reportFile, type ProgressReport } from '~/lib/coach/report';
import { WORKBOOK_FORMAT } from '~/lib/workbook/transfer';

const T0 = '2026-03-01T09:00:00.000Z';
const ID = 'k3J9-xQ2_pLmZ';

const assignment = (changes: Partial<Assignment> = {}): Assignment => ({
  id: ID,
  coach: 'Dr. Amara Okafor',
  client: 'Zoë Nuñez',
  items: [
    { kind: 'module', id: 'audit-your-network', due: '2026-03-09' },
    { kind: 'worksheet', id: 'giving-style' },
  ],
  issuedAt: '2026-03-02T19:04:11.532Z',
  ...changes,
});

/** The n-th day of April 2026 at 08:15 UTC. */
const april = (day: number) => `2026-04-${String(day).padStart(2, '0')}T08:15:00.000Z`;

/** A report from Zoë made at `createdAt`; a change to `undefined` leaves that key out, as a report read back would. */
const report = (createdAt: string, changes: Partial<ProgressReport> = {}): ProgressReport => {
  const made: ProgressReport = {
    v: 1,
    client: 'Zoë Nuñez',
    assignmentId: ID,
    createdAt,
    modules: [
      { id: 'audit-your-network', title: 'Audit your network', done: true, doneAt: '2026-03-04T21:10:00.000Z' },
    ],
    worksheets: [],
    ...changes,
  };
  if (made.assignmentId === undefined) delete made.assignmentId;
  return made;
};

const coach = (clients: Record<string, CoachClient>, coachName?: string): CoachRecord => ({
  v: 1,
  updatedAt: T0,
  ...(coachName === undefined ? {} : { coachName }),
  clients,
});

const createdAts = (record: CoachRecord, key: string) => record.clients[key]?.reports.map((r) => r.createdAt);

describe('clientKeyOf', () => {
  it.each<[string, Pick<ProgressReport, 'assignmentId' | 'client'>, string]>([
    ['the assignment id when there is one', { assignmentId: ID, client: 'Zoë Nuñez' }, ID],
    ['the assignment id whatever the name', { assignmentId: 'abc', client: '  SAM ' }, 'abc'],
    ['the name, lowercased, without an assignment', { client: 'Zoë Nuñez' }, 'name:zoë nuñez'],
    ['the name, trimmed, without an assignment', { client: '  Sam Lee \t' }, 'name:sam lee'],
    ['the name as markup, kept as text', { client: '<B>X</B>' }, 'name:<b>x</b>'],
  ])('is %s', (_what, of, key) => {
    expect(clientKeyOf(of)).toBe(key);
  });

  it('gives the same key to the same name however it is capitalised or padded', () => {
    expect(clientKeyOf({ client: ' ZOË NUÑEZ ' })).toBe(clientKeyOf({ client: 'zoë nuñez' }));
  });
});

describe('withAssignment', () => {
  it('files a first assignment under its id, with the client’s name and no reports', () => {
    const next = withAssignment(emptyCoach(T0), assignment());
    expect(next.clients).toStrictEqual({ [ID]: { name: 'Zoë Nuñez', assignment: assignment(), reports: [] } });
  });

  it('replaces the assignment and keeps the reports the client sent earlier', () => {
    const earlier = [report(april(10)), report(april(3))];
    const newer = assignment({ issuedAt: '2026-04-12T10:00:00.000Z', client: 'Zoë Nuñez-Lind' });
    const next = withAssignment(
      coach({ [ID]: { name: 'Zoë Nuñez', assignment: assignment(), reports: earlier } }),
      newer,
    );
    expect(next.clients[ID]).toStrictEqual({ name: 'Zoë Nuñez-Lind', assignment: newer, reports: earlier });
  });

  it('leaves other clients alone, and the record it was given unchanged', () => {
    const other: CoachClient = { name: 'Sam', reports: [report(april(1), { client: 'Sam', assignmentId: 'sam' })] };
    const record = coach({ sam: other });
    const copy = structuredClone(record);
    const next = withAssignment(record, assignment());
    expect(next.clients['sam']).toStrictEqual(other);
    expect(Object.keys(next.clients).sort()).toEqual([ID, 'sam']);
    expect(record).toStrictEqual(copy);
  });
});

describe('withReport', () => {
  it('makes a new client for a first report, named as in the report', () => {
    const { record, outcome } = withReport(emptyCoach(T0), report(april(5)));
    expect(outcome).toBe('new-client');
    expect(record.clients[ID]).toEqual({ name: 'Zoë Nuñez', assignment: undefined, reports: [report(april(5))] });
  });

  it('files a report without an assignment under the client’s name', () => {
    const { record, outcome } = withReport(
      emptyCoach(T0),
      report(april(5), { assignmentId: undefined, client: 'Sam' }),
    );
    expect(outcome).toBe('new-client');
    expect(Object.keys(record.clients)).toEqual(['name:sam']);
  });

  it('files a report under the client the coach assigned, keeping the assignment and the coach’s name for them', () => {
    const start = withAssignment(emptyCoach(T0), assignment({ client: 'Zoë N.' }));
    const { record, outcome } = withReport(start, report(april(5)));
    expect(outcome).toBe('added');
    expect(record.clients[ID]).toStrictEqual({
      name: 'Zoë N.',
      assignment: assignment({ client: 'Zoë N.' }),
      reports: [report(april(5))],
    });
  });

  it.each<[string, number[], number, ReportOutcome, number[]]>([
    ['a newer report is added first', [10, 3], 12, 'added', [12, 10, 3]],
    ['an older report is kept, but not first', [10, 3], 5, 'older', [10, 5, 3]],
    ['an older report is kept last', [10, 3], 1, 'older', [10, 3, 1]],
    ['a report with the same time is already there', [10, 3], 10, 'already-have', [10, 3]],
  ])('%s', (_what, have, incoming, outcome, after) => {
    const start = coach({ [ID]: { name: 'Zoë Nuñez', reports: have.map((day) => report(april(day))) } });
    const next = withReport(start, report(april(incoming)));
    expect(next.outcome).toBe(outcome);
    expect(createdAts(next.record, ID)).toEqual(after.map(april));
  });

  it('returns the very same record when it already has the report', () => {
    const start = coach({ [ID]: { name: 'Zoë Nuñez', reports: [report(april(10))] } });
    const next = withReport(start, report(april(10), { client: 'Someone else' }));
    expect(next).toStrictEqual({ record: start, outcome: 'already-have' });
    expect(next.record).toBe(start);
  });

  it(`keeps at most ${REPORTS_KEPT} reports, dropping the oldest`, () => {
    expect(REPORTS_KEPT).toBe(10);
    const days = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const start = coach({ [ID]: { name: 'Zoë Nuñez', reports: days.map((day) => report(april(day))) } });
    const next = withReport(start, report(april(11)));
    expect(next.outcome).toBe('added');
    expect(createdAts(next.record, ID)).toEqual([11, 10, 9, 8, 7, 6, 5, 4, 3, 2].map(april));
  });

  it('keeps an older report among the ten when it is newer than the oldest kept', () => {
    const days = [20, 18, 16, 14, 12, 10, 8, 6, 4, 2];
    const start = coach({ [ID]: { name: 'Zoë Nuñez', reports: days.map((day) => report(april(day))) } });
    const next = withReport(start, report(april(9)));
    expect(next.outcome).toBe('older');
    expect(createdAts(next.record, ID)).toEqual([20, 18, 16, 14, 12, 10, 9, 8, 6, 4].map(april));
  });

  // BUG: when a client already has REPORTS_KEPT reports and one arrives that is older than all of them, withReport
  // drops it (the slice) but still says 'older'; the dashboard (CoachDashboardIsland) then tells the coach "Kept this
  // earlier report from …", though nothing was kept.
  it('never says a report was kept when it was dropped for being older than the ten kept', () => {
    const days = [20, 18, 16, 14, 12, 10, 8, 6, 4, 2];
    const start = coach({ [ID]: { name: 'Zoë Nuñez', reports: days.map((day) => report(april(day))) } });
    const incoming = report(april(1));
    const next = withReport(start, incoming);
    if (next.outcome === 'older') expect(next.record.clients[ID]?.reports).toContainEqual(incoming);
  });

  it('leaves the record it was given unchanged', () => {
    const start = coach({ [ID]: { name: 'Zoë Nuñez', reports: [report(april(10))] } });
    const copy = structuredClone(start);
    withReport(start, report(april(12)));
    withReport(start, report(april(2)));
    expect(start).toStrictEqual(copy);
  });
});

describe('withoutClient', () => {
  it('removes one client with everything they sent, and keeps the others', () => {
    const sam: CoachClient = { name: 'Sam', reports: [] };
    const record = coach({ [ID]: { name: 'Zoë Nuñez', assignment: assignment(), reports: [report(april(1))] }, sam });
    const copy = structuredClone(record);
    expect(withoutClient(record, ID).clients).toStrictEqual({ sam });
    expect(withoutClient(record, 'not-there').clients).toStrictEqual(copy.clients);
    expect(record).toStrictEqual(copy);
  });
});

describe('assignmentIdFor', () => {
  const record = coach({
    [ID]: { name: 'Zoë Nuñez', assignment: assignment(), reports: [] },
    'name:sam lee': { name: 'Sam Lee', reports: [report(april(1), { client: 'Sam Lee', assignmentId: undefined })] },
  });

  it.each<[string, CoachRecord | null, string, string]>([
    ['the same name', record, 'Zoë Nuñez', ID],
    ['the name in other capitals', record, 'ZOË nuñez', ID],
    ['the name with spaces around it', record, '  Zoë Nuñez  ', ID],
    ['another name', record, 'Zoë Smith', 'fresh-1'],
    ['a client who only sent reports (no assignment yet)', record, 'Sam Lee', 'fresh-1'],
    ['no coach data yet', null, 'Zoë Nuñez', 'fresh-1'],
    ['an empty record', emptyCoach(T0), 'Zoë Nuñez', 'fresh-1'],
  ])('for %s gives the right id', (_what, of, name, id) => {
    expect(assignmentIdFor(of, name, 'fresh-1')).toBe(id);
  });

  it('reuses the id a client was filed under, even after the client was renamed by a newer assignment', () => {
    const renamed = withAssignment(record, assignment({ client: 'Zoë Nuñez-Lind', issuedAt: april(1) }));
    expect(assignmentIdFor(renamed, 'zoë nuñez-lind', 'fresh-1')).toBe(ID);
    expect(assignmentIdFor(renamed, 'Zoë Nuñez', 'fresh-1')).toBe('fresh-1');
  });
});

describe('coachFile and readCoachFile', () => {
  const full = coach(
    {
      [ID]: {
        name: 'Zoë Nuñez',
        assignment: assignment({ note: 'See you Thursday.' }),
        reports: [report(april(9)), report(april(2))],
      },
      'name:sam lee': { name: 'Sam Lee', reports: [report(april(1), { client: 'Sam Lee', assignmentId: undefined })] },
      'no-reports': {
        name: '<script>alert(1)</script>',
        assignment: assignment({ id: 'no-reports', client: '<script>alert(1)</script>' }),
        reports: [],
      },
    },
    'Dr. Amara Okafor',
  );
  const exportedAt = new Date('2026-04-20T18:00:00.000Z');

  it('writes a pretty JSON file with the format, version and export time, ending in a new line', () => {
    const text = coachFile(full, exportedAt);
    expect(JSON.parse(text)).toStrictEqual({
      format: 'real-networking-coach',
      version: 1,
      exportedAt: '2026-04-20T18:00:00.000Z',
      coach: JSON.parse(JSON.stringify(full)),
    });
    expect(text.startsWith('{\n  "format": "real-networking-coach",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it.each<[string, CoachRecord]>([
    ['a coach with three clients', full],
    ['a coach with no clients', emptyCoach(T0)],
  ])('reads back what it wrote: %s', (_what, record) => {
    expect(readCoachFile(coachFile(record, exportedAt))).toStrictEqual({ ok: true, record });
  });

  it('reads a file exactly at the 20 MB limit', () => {
    expect(readCoachFile(coachFile(full, exportedAt), 20 * 1024 * 1024)).toMatchObject({ ok: true });
  });

  const good = (changes: Record<string, unknown>) =>
    JSON.stringify({ format: COACH_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), coach: full, ...changes });
  const tooMany = {
    ...full,
    clients: { [ID]: { name: 'Zoë Nuñez', reports: Array.from({ length: 11 }, (_, i) => report(april(i + 1))) } },
  };

  it.each<[string, string, number | undefined, string]>([
    ['larger than 20 MB', coachFile(full, exportedAt), 20 * 1024 * 1024 + 1, 'far larger than any coach data file'],
    ['not JSON', 'format: real-networking-coach', undefined, 'not readable JSON'],
    ['cut off', coachFile(full, exportedAt).slice(0, 200), undefined, 'not readable JSON'],
    ['empty', '', undefined, 'not readable JSON'],
    ['JSON but not an object', '[1, 2]', undefined, 'not a coach file from this course'],
    ['JSON null', 'null', undefined, 'not a coach file from this course'],
    [
      'a learner’s workbook file',
      JSON.stringify({ format: WORKBOOK_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), entries: {} }),
      undefined,
      'not a coach file from this course',
    ],
    ['a progress report file', reportFile(report(april(9))), undefined, '“Add a report”'],
    ['a coach file of a newer version', good({ version: 2 }), undefined, 'made by a newer version of the course'],
    [
      'coach data of a newer version',
      good({ coach: { ...full, v: 2 } }),
      undefined,
      'made by a newer version of the course',
    ],
    ['without its coach data', good({ coach: undefined }), undefined, 'This coach file is damaged.'],
    ['with a bad time', good({ coach: { ...full, updatedAt: 'yesterday' } }), undefined, 'This coach file is damaged.'],
    [
      'with a bad assignment',
      good({ coach: { ...full, clients: { [ID]: { name: 'Zoë', assignment: { id: ID }, reports: [] } } } }),
      undefined,
      'This coach file is damaged.',
    ],
    ['with more than ten reports for a client', good({ coach: tooMany }), undefined, 'This coach file is damaged.'],
    [
      'with a client under a key that is neither an assignment id nor a name',
      good({ coach: { ...full, clients: { 'two words': { name: 'Zoë', reports: [] } } } }),
      undefined,
      'This coach file is damaged.',
    ],
  ])('refuses a file that is %s, saying why and that nothing was changed', (_what, text, size, says) => {
    const read = readCoachFile(text, size);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain(says);
    expect(read.message.endsWith('Nothing was changed.')).toBe(true);
  });

  it('never reads a client under a key every object already has, such as "constructor" or "__proto__"', () => {
    const text = good({
      coach: { ...full, clients: { ...full.clients, constructor: { name: 'Zoë', reports: [] } } },
    }).replace('"constructor"', '"__proto__"');
    const read = readCoachFile(text);
    expect(read.ok && Object.keys(read.record.clients)).toEqual(Object.keys(full.clients));
    expect(read.ok && Object.getPrototypeOf(read.record.clients)).toBe(Object.prototype);
  });

  it('says where damaged content is damaged', () => {
    const read = readCoachFile(good({ coach: { ...full, updatedAt: 'yesterday' } }));
    expect(read).toStrictEqual({
      ok: false,
      message: expect.stringMatching(
        /^This coach file is damaged\. The saved coach data is not valid at updatedAt: .+\. Nothing was changed\.$/,
      ),
    });
  });

  it('calls a progress report file a report, pointing to where reports are added', () => {
    const read = readCoachFile(reportFile(report(april(9))));
    expect(read).toStrictEqual({
      ok: false,
      message:
        'This is not a coach file from this course. (A client’s progress report is imported above, under “Add a report”.) Nothing was changed.',
    });
  });

  // BUG: readCoachFile says "made by a newer version of the course" for a coach file with no version number (or a
  // version that is not a number), which would send the coach looking for a newer site; the file is damaged. The
  // report file reader (readReportFile in report.ts) calls the same thing damaged.
  it('calls a coach file without a version number damaged, not newer', () => {
    const read = readCoachFile(good({ version: undefined }));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toContain('damaged');
  });
});

describe('mergeCoach', () => {
  const zoeOld = assignment({ issuedAt: '2026-03-02T19:04:11.532Z', note: 'First plan.' });
  const zoeNew = assignment({ issuedAt: '2026-03-20T10:00:00.000Z', note: 'Second plan.' });
  const samReport = (day: number) => report(april(day), { client: 'Sam Lee', assignmentId: undefined });

  const here = coach(
    {
      [ID]: { name: 'Zoë Nuñez', assignment: zoeOld, reports: [report(april(10)), report(april(4))] },
      only_here: { name: 'Kwame', assignment: assignment({ id: 'only_here', client: 'Kwame' }), reports: [] },
    },
    'Amara',
  );
  const there = coach(
    {
      [ID]: {
        name: 'Zoë Nuñez',
        assignment: zoeNew,
        reports: [report(april(12)), report(april(10)), report(april(2))],
      },
      'name:sam lee': { name: 'Sam Lee', reports: [samReport(6), samReport(1)] },
    },
    'Dr. Amara Okafor',
  );

  it('keeps every client from both', () => {
    expect(Object.keys(mergeCoach(here, there).clients).sort()).toEqual([ID, 'name:sam lee', 'only_here']);
  });

  it('keeps every report from both, newest first, each once', () => {
    const merged = mergeCoach(here, there);
    expect(createdAts(merged, ID)).toEqual([12, 10, 4, 2].map(april));
    expect(merged.clients['name:sam lee']?.reports).toStrictEqual([samReport(6), samReport(1)]);
  });

  it.each<[string, CoachRecord, CoachRecord]>([
    ['the imported one is newer', here, there],
    ['the one here is newer', there, here],
  ])('keeps the newer assignment for a client when %s', (_what, a, b) => {
    expect(mergeCoach(a, b).clients[ID]?.assignment).toStrictEqual(zoeNew);
  });

  it('keeps an assignment that only one side has', () => {
    const noAssignment = coach({ [ID]: { name: 'Zoë Nuñez', reports: [report(april(1))] } });
    expect(mergeCoach(noAssignment, here).clients[ID]?.assignment).toStrictEqual(zoeOld);
    expect(mergeCoach(here, noAssignment).clients[ID]?.assignment).toStrictEqual(zoeOld);
  });

  it('keeps the coach’s name here, or takes the imported one when there is none', () => {
    expect(mergeCoach(here, there).coachName).toBe('Amara');
    expect(mergeCoach(coach({}), there).coachName).toBe('Dr. Amara Okafor');
  });

  it('changes nothing when a file is imported twice', () => {
    const once = mergeCoach(here, there);
    expect(mergeCoach(once, there)).toStrictEqual(once);
    expect(mergeCoach(once, once)).toStrictEqual(once);
  });

  it('into an empty record gives the imported data', () => {
    // toEqual: a client without an assignment may come back with `assignment: undefined`, which is not stored.
    expect(mergeCoach(emptyCoach(T0), there).clients).toEqual(there.clients);
  });

  it('keeps the ten newest reports of a client when both together have more', () => {
    const a = coach({ [ID]: { name: 'Zoë Nuñez', reports: [19, 17, 15, 13, 11, 9, 7].map((d) => report(april(d))) } });
    const b = coach({ [ID]: { name: 'Zoë Nuñez', reports: [18, 16, 14, 12, 10, 8].map((d) => report(april(d))) } });
    expect(createdAts(mergeCoach(a, b), ID)).toEqual([19, 18, 17, 16, 15, 14, 13, 12, 11, 10].map(april));
  });

  it('leaves both records it was given unchanged', () => {
    const [a, b] = [structuredClone(here), structuredClone(there)];
    mergeCoach(here, there);
    expect([here, there]).toStrictEqual([a, b]);
  });

  // BUG (minor): withAssignment names a client as their latest assignment does, but mergeCoach keeps the name here
  // even when it takes the imported, newer assignment. A coach who corrected a client's name in another browser
  // sees the old name on the dashboard after importing, next to an assignment with the new one.
  it('names the client as the newer assignment does, as withAssignment would', () => {
    const renamed = coach({
      [ID]: { name: 'Zoë Nuñez-Lind', assignment: { ...zoeNew, client: 'Zoë Nuñez-Lind' }, reports: [] },
    });
    expect(mergeCoach(here, renamed).clients[ID]?.name).toBe('Zoë Nuñez-Lind');
  });
});
