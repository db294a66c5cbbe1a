/**
 * The coach's side (src/lib/coach/dashboard.ts, coach-file.ts): the stored record and its migration from version 1,
 * filing assignments and reports under clients (verified or not, in the order the coach received them, within the
 * limits that leave the learner's workbook its room), the coach's data as a file and every way such a file can be
 * wrong, and merging an imported file with what the coach has.
 */
import { describe, expect, it } from 'vitest';
import type { Assignment } from '~/lib/coach/assignment';
import { COACH_FORMAT, coachFile, mergeCoach, readCoachFile } from '~/lib/coach/coach-file';
import {
  COACH_BUDGET_CHARS,
  MAX_CLIENT_CHARS,
  REPORTS_KEPT,
  assignmentIdentityFor,
  coachDataChars,
  coachRecordSpec,
  emptyCoach,
  keyOfAssignment,
  nameKeyOf,
  planAddReport,
  shownName,
  withAssignment,
  withoutClient,
  type AddPlan,
  type CoachClient,
  type CoachRecord,
  type KeptReport,
  type ReceivedReport,
} from '~/lib/coach/dashboard';
import type { ProgressReport } from '~/lib/coach/report';
import { decodeStored } from '~/lib/storage/stored-record';
import { WORKBOOK_FORMAT } from '~/lib/workbook/transfer';

const T0 = '2026-03-01T09:00:00.000Z';
const ID = 'k3J9-xQ2_pLmZ';
const KEY = 'K'.repeat(43);

const assignment = (changes: Partial<Assignment> = {}): Assignment => ({
  id: ID,
  coach: 'Dr. Amara Okafor',
  client: 'Zoë Nuñez',
  items: [
    { kind: 'module', id: 'audit-your-network', due: '2026-03-09' },
    { kind: 'worksheet', id: 'giving-style' },
  ],
  issuedAt: '2026-03-02T19:04:11.532Z',
  key: KEY,
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

const kept = (receivedAt: string, r: ProgressReport, verified = true): KeptReport => ({
  receivedAt,
  verified,
  report: r,
});

const coach = (clients: Record<string, CoachClient>, coachName?: string): CoachRecord => ({
  v: 2,
  updatedAt: T0,
  ...(coachName === undefined ? {} : { coachName }),
  clients,
});

/** Zoë's record: the assignment with its key, and `reports`. */
const zoe = (reports: KeptReport[] = []) => coach({ [ID]: { name: 'Zoë Nuñez', assignment: assignment(), reports } });

const verified = (r: ProgressReport): ReceivedReport => ({ report: r, via: 'key' });
const sealed = (r: ProgressReport): ReceivedReport => ({ report: r, via: 'passphrase' });
const unlocked = (r: ProgressReport): ReceivedReport => ({ report: r, via: 'unlocked' });

function planned(plan: AddPlan): Extract<AddPlan, { ok: true }> {
  if (!plan.ok) throw new Error(`expected a plan, got: ${plan.message}`);
  return plan;
}

describe('the stored record', () => {
  it('reads a version-2 record back exactly as it was stored', () => {
    const record = zoe([kept(april(9), report(april(8)))]);
    expect(decodeStored(JSON.stringify(record), coachRecordSpec)).toStrictEqual({ kind: 'ok', record });
  });

  it('leaves a record from a newer version of the site alone', () => {
    const raw = JSON.stringify({ ...zoe(), v: 3 });
    expect(decodeStored(raw, coachRecordSpec)).toStrictEqual({ kind: 'newer', raw, version: 3 });
  });

  it('moves a version-1 record to version 2: every report kept, unverified, received no later than the last change', () => {
    const v1 = {
      v: 1,
      updatedAt: '2026-04-10T10:00:00.000Z',
      coachName: 'Dr. Amara Okafor',
      clients: {
        [ID]: {
          name: 'Zoë Nuñez',
          assignment: { ...assignment(), key: undefined },
          // A made-up date from the year 9999 was pinned first in version 1.
          reports: [report('9999-12-31T00:00:00.000Z', { client: 'Mallory' }), report(april(9)), report(april(2))],
        },
      },
    };
    const decoded = decodeStored(JSON.stringify(v1), coachRecordSpec);
    if (decoded.kind !== 'ok') throw new Error(JSON.stringify(decoded));
    expect(decoded.migratedFrom).toBe(1);
    const reports = decoded.record.clients[ID]!.reports;
    expect(reports.map((r) => [r.receivedAt, r.verified, r.report.createdAt])).toStrictEqual([
      ['2026-04-10T10:00:00.000Z', false, '9999-12-31T00:00:00.000Z'],
      [april(9), false, april(9)],
      [april(2), false, april(2)],
    ]);
    expect(decoded.record.clients[ID]!.assignment?.key).toBeUndefined();
  });
});

describe('withAssignment', () => {
  it('files a first assignment under its id, with its key, the client’s name and no reports', () => {
    const next = withAssignment(emptyCoach(T0), assignment());
    expect(next.clients).toStrictEqual({ [ID]: { name: 'Zoë Nuñez', assignment: assignment(), reports: [] } });
    expect(keyOfAssignment(next, ID)).toBe(KEY);
  });

  it('replaces the assignment and keeps the reports the client sent earlier', () => {
    const before = zoe([kept(april(9), report(april(9)))]);
    const newer = assignment({ issuedAt: april(10), client: 'Zoë N.' });
    const next = withAssignment(before, newer);
    expect(next.clients[ID]).toStrictEqual({ name: 'Zoë N.', assignment: newer, reports: before.clients[ID]!.reports });
  });
});

describe('keyOfAssignment', () => {
  it('gives the key of an assignment this coach made, and nothing for any other id', () => {
    const record = zoe();
    expect(keyOfAssignment(record, ID)).toBe(KEY);
    expect(keyOfAssignment(record, 'someone-else')).toBeUndefined();
    expect(keyOfAssignment(null, ID)).toBeUndefined();
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(keyOfAssignment(record, id)).toBeUndefined();
    }
  });

  it('gives nothing for a client filed by name, or an old assignment with no key', () => {
    expect(keyOfAssignment(coach({ 'name:sam': { name: 'Sam', reports: [] } }), 'name:sam')).toBeUndefined();
    expect(
      keyOfAssignment(coach({ [ID]: { name: 'Zoë', assignment: assignment({ key: undefined }), reports: [] } }), ID),
    ).toBeUndefined();
  });
});

describe('planAddReport: where a report goes, and what adding it does', () => {
  it('files a verified report under the assignment it opened with, named as the coach named the client', () => {
    const plan = planned(planAddReport(zoe(), verified(report(april(9), { client: 'Z' })), april(10)));
    expect(plan).toMatchObject({ clientKey: ID, clientName: 'Zoë Nuñez', verified: true, outcome: 'added' });
    expect(plan.record.clients[ID]!.reports).toStrictEqual([kept(april(10), report(april(9), { client: 'Z' }))]);
    expect(plan.record.clients[ID]!.assignment).toStrictEqual(assignment());
  });

  it.each([
    ['sealed with a passphrase', sealed],
    ['in the old unlocked form', unlocked],
  ])('refuses a report %s that names an assignment with a key: anyone could have made it', (_what, how) => {
    const record = zoe();
    const plan = planAddReport(record, how(report(april(9), { client: 'Mallory' })), april(10));
    expect(plan).toStrictEqual({
      ok: false,
      reason: 'not-theirs',
      message: expect.stringMatching(/^This report names the assignment you made for Zoë Nuñez, but it is not locked/),
    });
  });

  it('files an unverified report under an old client whose assignment has no key, marked unverified', () => {
    const record = coach({ [ID]: { name: 'Zoë Nuñez', assignment: assignment({ key: undefined }), reports: [] } });
    const plan = planned(planAddReport(record, unlocked(report(april(9))), april(10)));
    expect(plan).toMatchObject({ clientKey: ID, verified: false, outcome: 'added' });
    expect(plan.record.clients[ID]!.reports[0]!.verified).toBe(false);
  });

  it('files an unverified report that names no assignment of this coach under its name', () => {
    const plan = planned(
      planAddReport(zoe(), sealed(report(april(9), { client: ' Sam  Lee ', assignmentId: 'x1' })), april(10)),
    );
    expect(plan).toMatchObject({
      clientKey: 'name:sam lee',
      clientName: 'Sam Lee',
      verified: false,
      outcome: 'new-client',
    });
    expect(Object.keys(plan.record.clients).sort()).toEqual([ID, 'name:sam lee']);
  });

  it('never files a report under a key every object already has', () => {
    const plan = planned(planAddReport(null, unlocked(report(april(9), { assignmentId: 'constructor' })), april(10)));
    expect(plan.clientKey).toBe('name:zoë nuñez');
    expect(Object.getPrototypeOf(plan.record.clients)).toBe(Object.prototype);
  });

  it('orders reports by when the coach received them: a report dated 9999 never pins the row', () => {
    const bogus = report('9999-12-31T00:00:00.000Z');
    const first = planned(planAddReport(zoe(), verified(bogus), april(9)));
    expect(first.future).toBe(true);
    const real = report(april(11));
    const second = planned(planAddReport(first.record, verified(real), april(12)));
    expect(second).toMatchObject({ outcome: 'added', future: false, madeBeforeLatest: true });
    expect(second.record.clients[ID]!.reports.map((r) => r.report)).toStrictEqual([real, bogus]);
  });

  it('says when the client’s clock puts a report within a day ahead, and when not', () => {
    const soon = planned(planAddReport(zoe(), verified(report('2026-04-10T20:00:00.000Z')), april(10)));
    expect(soon.future).toBe(false);
    const far = planned(planAddReport(zoe(), verified(report('2026-04-12T08:15:00.001Z')), april(10)));
    expect(far.future).toBe(true);
  });

  it('says when it already has the report, and changes nothing', () => {
    const record = zoe([kept(april(9), report(april(9)))]);
    const plan = planned(planAddReport(record, verified(report(april(9))), april(12)));
    expect(plan.outcome).toBe('already-have');
    expect(plan.record).toBe(record);
  });

  it(`keeps at most ${REPORTS_KEPT} reports for a client, letting the earliest received go and saying how many`, () => {
    const reports = Array.from({ length: REPORTS_KEPT }, (_, i) =>
      kept(april(REPORTS_KEPT - i), report(april(REPORTS_KEPT - i))),
    );
    const plan = planned(planAddReport(zoe(reports), verified(report(april(20))), april(21)));
    expect(plan.lettingGo).toBe(1);
    const after = plan.record.clients[ID]!.reports;
    expect(after).toHaveLength(REPORTS_KEPT);
    expect(after[0]!.report.createdAt).toBe(april(20));
    expect(after.map((r) => r.report.createdAt)).not.toContain(april(1));
  });

  it(`keeps a client's reports within ${MAX_CLIENT_CHARS.toLocaleString('en')} characters, the newest always`, () => {
    const long = (day: number) =>
      report(april(day), {
        worksheets: [{ id: 'giving-style', title: 'T', lines: [{ label: 'L', text: 'x'.repeat(45_000) }] }],
      });
    const reports = [4, 3, 2, 1].map((day) => kept(april(day), long(day)));
    const before = zoe(reports);
    // Each report takes about 45,000 of 500,000 characters: ten fit, then the limit on reports applies first.
    expect(planned(planAddReport(before, verified(long(5)), april(5))).lettingGo).toBe(0);
    const huge = (day: number) =>
      report(april(day), {
        worksheets: [
          {
            id: 'giving-style',
            title: 'T',
            lines: Array.from({ length: 4 }, () => ({ label: 'L', text: 'y'.repeat(49_000) })),
          },
        ],
      });
    const big = zoe([2, 1].map((day) => kept(april(day), huge(day))));
    // Each takes about 196,000 characters: two fit, the third goes.
    const plan = planned(planAddReport(big, verified(huge(4)), april(4)));
    expect(plan.lettingGo).toBe(1);
    expect(JSON.stringify(plan.record.clients[ID]!.reports).length).toBeLessThanOrEqual(MAX_CLIENT_CHARS);
    expect(plan.record.clients[ID]!.reports[0]!.report.createdAt).toBe(april(4));
  });

  it('adds nothing past the coach’s budget, says why, and leaves the record as it was', () => {
    const filler = (n: number): CoachClient => ({
      name: `Client ${n}`,
      reports: [
        kept(
          april(1),
          report(april(1), {
            client: `Client ${n}`,
            assignmentId: undefined,
            worksheets: [{ id: 'giving-style', title: 'T', lines: [{ label: 'L', text: 'z'.repeat(45_000) }] }],
          }),
          false,
        ),
      ],
    });
    const clients = Object.fromEntries(Array.from({ length: 44 }, (_, n) => [`name:client ${n}`, filler(n)]));
    const record = coach({ ...clients, [ID]: zoe().clients[ID]! });
    expect(coachDataChars(record)).toBeLessThan(COACH_BUDGET_CHARS);
    const copy = structuredClone(record);
    const big = report(april(9), {
      worksheets: [
        {
          id: 'giving-style',
          title: 'T',
          lines: [
            { label: 'L', text: 'w'.repeat(49_000) },
            { label: 'L', text: 'w'.repeat(49_000) },
          ],
        },
      ],
    });
    const plan = planAddReport(record, verified(big), april(10));
    expect(plan).toStrictEqual({
      ok: false,
      reason: 'budget',
      message: expect.stringMatching(/past 2 million characters.*Nothing was added\./),
    });
    expect(record).toStrictEqual(copy);
  });
});

describe('names shown on the dashboard', () => {
  it.each([
    ['a right-to-left override', 'From Coach \u202Egnp.exe', 'From Coach gnp.exe'],
    ['nothing visible', '\u200B\u200B', '(no visible name)'],
    ['markup, kept as text', '<b>Zoë</b>', '<b>Zoë</b>'],
  ])('cleans a stored name with %s', (_what, name, shown) => {
    expect(shownName(name)).toBe(shown);
  });

  it('files by name whatever the case, spacing and invisible characters', () => {
    expect(nameKeyOf(' SAM\u200B  Lee ')).toBe('name:sam lee');
  });
});

describe('withoutClient', () => {
  it('removes one client with everything they sent, and keeps the others', () => {
    const record = coach({ ...zoe().clients, 'name:sam': { name: 'Sam', reports: [] } });
    expect(Object.keys(withoutClient(record, ID).clients)).toEqual(['name:sam']);
    expect(Object.keys(record.clients)).toHaveLength(2);
  });
});

describe('assignmentIdentityFor', () => {
  const fresh = { id: 'fresh-id', key: 'F'.repeat(43) };

  it('gives fresh ones for a new client', () => {
    expect(assignmentIdentityFor(null, 'Ama', fresh)).toStrictEqual(fresh);
    expect(assignmentIdentityFor(zoe(), 'Ama', fresh)).toStrictEqual(fresh);
  });

  it('reuses the id and key of the assignment made for a client of that name, as people read names', () => {
    expect(assignmentIdentityFor(zoe(), ' zoë  NUÑEZ\u200B', fresh)).toStrictEqual({ id: ID, key: KEY });
  });

  it('gives an old assignment with no key the fresh key', () => {
    const old = coach({ [ID]: { name: 'Zoë Nuñez', assignment: assignment({ key: undefined }), reports: [] } });
    expect(assignmentIdentityFor(old, 'Zoë Nuñez', fresh)).toStrictEqual({ id: ID, key: fresh.key });
  });
});

describe('coachFile and readCoachFile', () => {
  const full = coach(
    {
      [ID]: {
        name: 'Zoë Nuñez',
        assignment: assignment({ note: 'See you Thursday.' }),
        reports: [kept(april(9), report(april(9))), kept(april(2), report(april(2)))],
      },
      'name:sam lee': {
        name: 'Sam Lee',
        reports: [kept(april(1), report(april(1), { client: 'Sam Lee', assignmentId: undefined }), false)],
      },
    },
    'Dr. Amara Okafor',
  );
  const exportedAt = new Date('2026-04-20T18:00:00.000Z');
  const good = (changes: Record<string, unknown>) =>
    JSON.stringify({ format: COACH_FORMAT, version: 1, exportedAt: exportedAt.toISOString(), coach: full, ...changes });

  it('writes a pretty JSON file with the format, version and export time, which reads back the same', () => {
    const text = coachFile(full, exportedAt);
    expect(JSON.parse(text)).toStrictEqual({
      format: 'real-networking-coach',
      version: 1,
      exportedAt: exportedAt.toISOString(),
      coach: full,
    });
    expect(text.endsWith('}\n')).toBe(true);
    expect(readCoachFile(text)).toStrictEqual({ ok: true, record: full });
  });

  it('reads a file exported by an earlier version, moving its data to version 2', () => {
    const v1 = {
      v: 1,
      updatedAt: T0,
      clients: { 'name:sam lee': { name: 'Sam Lee', reports: [report(april(1), { assignmentId: undefined })] } },
    };
    const read = readCoachFile(good({ coach: v1 }));
    expect(read.ok && read.record.clients['name:sam lee']!.reports[0]).toStrictEqual({
      receivedAt: april(1) < T0 ? april(1) : T0,
      verified: false,
      report: report(april(1), { assignmentId: undefined }),
    });
  });

  it.each<[string, string, number | undefined, string]>([
    ['larger than 8 MB', coachFile(full, exportedAt), 8 * 1024 * 1024 + 1, 'far larger than any coach data file'],
    ['not JSON', 'format: real-networking-coach', undefined, 'not readable JSON'],
    ['cut off', coachFile(full, exportedAt).slice(0, 200), undefined, 'not readable JSON'],
    ['JSON null', 'null', undefined, 'not a Real Networking coach file'],
    [
      'a learner’s workbook file',
      JSON.stringify({ format: WORKBOOK_FORMAT, version: 1, entries: {} }),
      undefined,
      'not a Real Networking coach file',
    ],
    ['a coach file of a newer version', good({ version: 2 }), undefined, 'made by a newer version of the course'],
    [
      'coach data of a newer version',
      good({ coach: { ...full, v: 3 } }),
      undefined,
      'made by a newer version of the course',
    ],
    ['without a version number', good({ version: undefined }), undefined, 'damaged'],
    ['with a bad time', good({ coach: { ...full, updatedAt: 'yesterday' } }), undefined, 'This coach file is damaged.'],
    [
      'with more than ten reports for a client',
      good({
        coach: {
          ...full,
          clients: {
            [ID]: {
              name: 'Zoë',
              reports: Array.from({ length: 11 }, (_, i) => kept(april(i + 1), report(april(i + 1)))),
            },
          },
        },
      }),
      undefined,
      'This coach file is damaged.',
    ],
    [
      'with a report that is not marked verified or not',
      good({
        coach: {
          ...full,
          clients: { [ID]: { name: 'Zoë', reports: [{ receivedAt: april(1), report: report(april(1)) }] } },
        },
      }),
      undefined,
      'This coach file is damaged.',
    ],
  ])('refuses a file %s, saying why and that nothing was changed', (_what, text, size, says) => {
    const read = readCoachFile(text, size);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.message).toContain(says);
    expect(read.message.endsWith('Nothing was changed.')).toBe(true);
  });
});

describe('mergeCoach', () => {
  const here = zoe([kept(april(9), report(april(9))), kept(april(2), report(april(2)))]);
  const there = coach({
    [ID]: {
      name: 'Zoë Nuñez',
      assignment: assignment(),
      reports: [kept(april(8), report(april(9))), kept(april(5), report(april(5)))],
    },
    'name:sam lee': {
      name: 'Sam Lee',
      reports: [kept(april(3), report(april(3), { client: 'Sam Lee', assignmentId: undefined }), false)],
    },
  });

  it('keeps every client and every report from both, each once, with its earlier time of receipt', () => {
    const merged = mergeCoach(here, there);
    expect(Object.keys(merged.clients).sort()).toEqual([ID, 'name:sam lee']);
    expect(merged.clients[ID]!.reports.map((r) => [r.receivedAt, r.report.createdAt])).toStrictEqual([
      [april(8), april(9)],
      [april(5), april(5)],
      [april(2), april(2)],
    ]);
  });

  it('changes nothing when a file is imported twice', () => {
    const once = mergeCoach(here, there);
    expect(mergeCoach(once, there)).toStrictEqual(once);
  });

  it('keeps the newer assignment, and its key', () => {
    const newer = assignment({ issuedAt: april(10), note: 'New plan' });
    const merged = mergeCoach(here, coach({ [ID]: { name: 'Zoë', assignment: newer, reports: [] } }));
    expect(merged.clients[ID]!.assignment).toStrictEqual(newer);
  });
});
