/**
 * The coach-mode stores on an in-memory backend: the client's accepted assignments (src/stores/assignments.ts) and
 * the coach's own data (src/stores/coach.ts), saved, imported and deleted as the pages do it.
 *
 * Each test opens a fresh "browser": the module registry is reset and the stores imported again after the backend is
 * set, so every store reads that backend from the start.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Assignment } from '~/lib/coach/assignment';
import { coachFile } from '~/lib/coach/coach-file';
import type { CoachRecord } from '~/lib/coach/dashboard';
import type { ProgressReport } from '~/lib/coach/report';
import { WORKBOOK_FORMAT } from '~/lib/workbook/transfer';

const PREFIX = 'real-networking:';
const ID = 'k3J9-xQ2_pLmZ';

const assignment = (changes: Partial<Assignment> = {}): Assignment => ({
  id: ID,
  coach: 'Dr. Amara Okafor',
  client: 'Zoë Nuñez',
  items: [
    { kind: 'module', id: 'audit-your-network', due: '2026-03-09' },
    { kind: 'worksheet', id: 'giving-style' },
  ],
  note: 'See you Thursday.',
  issuedAt: '2026-03-02T19:04:11.532Z',
  ...changes,
});

const report = (createdAt: string, changes: Partial<ProgressReport> = {}): ProgressReport => ({
  v: 1,
  client: 'Zoë Nuñez',
  assignmentId: ID,
  createdAt,
  modules: [{ id: 'audit-your-network', title: 'Audit your network', done: true, doneAt: '2026-03-04T21:10:00.000Z' }],
  worksheets: [],
  ...changes,
});

const KEY = 'K'.repeat(43);
const coachRecord: CoachRecord = {
  v: 2,
  updatedAt: '2026-04-01T10:00:00.000Z',
  coachName: 'Dr. Amara Okafor',
  clients: {
    [ID]: {
      name: 'Zoë Nuñez',
      assignment: assignment({ key: KEY }),
      reports: [{ receivedAt: '2026-03-30T09:00:00.000Z', verified: true, report: report('2026-03-30T08:00:00.000Z') }],
    },
  },
};
const reportFile = (r: ProgressReport) => JSON.stringify({ format: 'real-networking-report', version: 1, report: r });
const worksheet = JSON.stringify({
  v: 1,
  updatedAt: '2026-03-28T19:00:00.000Z',
  answers: { 'what-you-give': 'Introductions' },
});

/** A fresh browser holding `initial`, with the coach-mode stores loaded in it. */
async function openBrowser(initial: Record<string, string> = {}) {
  vi.resetModules();
  const storage = await import('~/stores/storage');
  const backend = storage.memoryBackend(initial);
  storage.useStorageBackend(backend, true);
  const coach = { ...(await import('~/stores/coach')), ...(await import('~/stores/coach-file')) };
  const assignments = await import('~/stores/assignments');
  const dump = () => Object.fromEntries(backend.keys().map((key) => [key, backend.get(key)]));
  const stored = (name: string): unknown => JSON.parse(backend.get(`${PREFIX}${name}`) ?? 'null');
  return { backend, coach, assignments, dump, stored };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('a fresh browser', () => {
  it('starts with nothing from the browser opened before it', async () => {
    const first = await openBrowser();
    first.coach.rememberAssignment(assignment());
    first.assignments.acceptAssignment(assignment());
    expect(first.coach.$coach.get().record).not.toBeNull();

    const second = await openBrowser();
    expect(second.dump()).toStrictEqual({});
    expect(second.coach.$coach.get()).toStrictEqual({ record: null, problem: null });
    expect(second.assignments.$assignments.get()).toStrictEqual({ record: null, problem: null });
  });
});

describe('acceptAssignment', () => {
  it('keeps one assignment when a newer link from the same coach is accepted after the first', async () => {
    const { assignments, stored } = await openBrowser();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-03T07:00:00.000Z'));
    expect(assignments.acceptAssignment(assignment()).outcome).toBe('added');

    const newer = assignment({ issuedAt: '2026-03-09T08:30:00.000Z', note: 'Moved to Friday.' });
    vi.setSystemTime(new Date('2026-03-10T21:00:00.000Z'));
    expect(assignments.acceptAssignment(newer)).toEqual({ outcome: 'updated', result: { saved: true } });

    const expected = { [ID]: { assignment: newer, acceptedAt: '2026-03-10T21:00:00.000Z' } };
    expect(assignments.$assignments.get().record?.accepted).toStrictEqual(expected);
    expect(stored('assignments')).toStrictEqual({ v: 2, updatedAt: '2026-03-10T21:00:00.000Z', accepted: expected });
  });

  it('keeps the newer assignment when the older link is opened again afterwards', async () => {
    const { assignments } = await openBrowser();
    const newer = assignment({ issuedAt: '2026-03-09T08:30:00.000Z', note: 'Moved to Friday.' });
    assignments.acceptAssignment(newer);
    expect(assignments.acceptAssignment(assignment()).outcome).toBe('older');
    expect(assignments.acceptAssignment(newer).outcome).toBe('same');
    const accepted = assignments.$assignments.get().record?.accepted ?? {};
    expect(Object.keys(accepted)).toEqual([ID]);
    expect(accepted[ID]?.assignment).toStrictEqual(newer);
  });

  it('keeps assignments from two coaches side by side, and dismissing one keeps the other', async () => {
    const { assignments } = await openBrowser();
    const other = assignment({ id: 'sam-lee-1', coach: 'Sam Lee' });
    assignments.acceptAssignment(assignment());
    assignments.acceptAssignment(other);
    expect(Object.keys(assignments.$assignments.get().record?.accepted ?? {}).sort()).toEqual([ID, 'sam-lee-1']);
    expect(assignments.dismissAssignment(ID)).toEqual({ saved: true });
    expect(Object.keys(assignments.$assignments.get().record?.accepted ?? {})).toEqual(['sam-lee-1']);
  });
});

describe('rememberAssignment and addReport', () => {
  it('files a verified report under the client the assignment was made for, received now', async () => {
    const { coach, stored } = await openBrowser();
    expect(coach.rememberAssignment(assignment({ key: KEY }))).toEqual({ saved: true });
    const sent = report('2026-03-30T08:00:00.000Z');
    const added = coach.addReport({ report: sent, via: 'key' }, '2026-03-31T10:00:00.000Z');
    expect(added.result).toEqual({ saved: true });
    expect(added.plan).toMatchObject({ ok: true, outcome: 'added', clientKey: ID, verified: true });

    const record = coach.$coach.get().record;
    expect(record?.coachName).toBe('Dr. Amara Okafor');
    expect(record?.clients[ID]).toStrictEqual({
      name: 'Zoë Nuñez',
      assignment: assignment({ key: KEY }),
      reports: [{ receivedAt: '2026-03-31T10:00:00.000Z', verified: true, report: sent }],
    });
    expect((stored('coach') as CoachRecord).clients).toStrictEqual(record?.clients);
  });

  it('keeps nothing when a report cannot be kept, and says why', async () => {
    const { coach, dump } = await openBrowser({ [`${PREFIX}coach`]: JSON.stringify(coachRecord) });
    const before = dump();
    const forged = coach.addReport({
      report: report('2026-04-02T08:00:00.000Z', { client: 'Mallory' }),
      via: 'unlocked',
    });
    expect(forged.plan).toMatchObject({ ok: false, reason: 'not-theirs' });
    expect(dump()).toStrictEqual(before);
  });

  it('says so when the same report is added twice, and keeps it once', async () => {
    const { coach } = await openBrowser();
    coach.rememberAssignment(assignment({ key: KEY }));
    coach.addReport({ report: report('2026-03-30T08:00:00.000Z'), via: 'key' });
    expect(coach.addReport({ report: report('2026-03-30T08:00:00.000Z'), via: 'key' }).plan).toMatchObject({
      outcome: 'already-have',
    });
    expect(coach.$coach.get().record?.clients[ID]?.reports).toHaveLength(1);
  });

  it('keeps the reports when the coach sends the client a newer assignment', async () => {
    const { coach } = await openBrowser();
    coach.rememberAssignment(assignment({ key: KEY }));
    coach.addReport({ report: report('2026-03-30T08:00:00.000Z'), via: 'key' });
    const newer = assignment({ key: KEY, issuedAt: '2026-04-01T09:00:00.000Z', note: 'Next: the ramp.' });
    coach.rememberAssignment(newer);
    const client = coach.$coach.get().record?.clients[ID];
    expect(client?.assignment).toStrictEqual(newer);
    expect(client?.reports.map((r) => r.report.createdAt)).toEqual(['2026-03-30T08:00:00.000Z']);
  });
});

describe('importCoachData', () => {
  const newerFile = JSON.stringify({
    format: 'real-networking-coach',
    version: 2,
    exportedAt: '2026-04-20T18:00:00.000Z',
    coach: coachRecord,
  });
  const damaged = coachFile({ ...coachRecord, updatedAt: 'yesterday' }, new Date('2026-04-20T18:00:00.000Z'));

  it.each<[string, string, number]>([
    ['not JSON', 'not json at all', 15],
    ['cut off', coachFile(coachRecord, new Date()).slice(0, 120), 120],
    ['a learner’s workbook file', JSON.stringify({ format: WORKBOOK_FORMAT, version: 1, entries: {} }), 60],
    ['a progress report file', reportFile(report('2026-04-02T08:00:00.000Z')), 500],
    ['from a newer version', newerFile, newerFile.length],
    ['damaged', damaged, damaged.length],
    ['far too large', coachFile(coachRecord, new Date()), 9 * 1024 * 1024],
  ])('changes nothing in storage when the file is %s', async (_what, text, size) => {
    const { coach, dump } = await openBrowser({
      [`${PREFIX}coach`]: JSON.stringify(coachRecord),
      [`${PREFIX}worksheet:giving-style`]: worksheet,
    });
    const before = dump();
    const stateBefore = coach.$coach.get();
    const result = coach.importCoachData(text, size);
    expect(result).toStrictEqual({ ok: false, message: expect.stringMatching(/Nothing was changed\.$/) });
    expect(dump()).toStrictEqual(before);
    expect(coach.$coach.get()).toStrictEqual(stateBefore);
  });

  it('merges a good file with what is here (so the refusals above are not for nothing)', async () => {
    const { coach, stored } = await openBrowser({ [`${PREFIX}coach`]: JSON.stringify(coachRecord) });
    const sam = report('2026-04-02T08:00:00.000Z', { client: 'Sam Lee', assignmentId: 'sam-lee-1' });
    const incoming: CoachRecord = {
      v: 2,
      updatedAt: '2026-04-10T10:00:00.000Z',
      clients: {
        'sam-lee-1': {
          name: 'Sam Lee',
          reports: [{ receivedAt: '2026-04-03T08:00:00.000Z', verified: false, report: sam }],
        },
      },
    };
    const text = coachFile(incoming, new Date('2026-04-20T18:00:00.000Z'));
    expect(coach.importCoachData(text, text.length)).toStrictEqual({ ok: true, clients: 1 });
    const clients = (stored('coach') as CoachRecord).clients;
    expect(Object.keys(clients).sort()).toEqual([ID, 'sam-lee-1']);
    expect(clients['sam-lee-1']?.reports.map((r) => r.report)).toStrictEqual([sam]);
    expect(clients[ID]).toStrictEqual(coachRecord.clients[ID]);
  });
});

describe('deleteCoachData', () => {
  it('removes the coach’s data only: a learner’s answers in the same browser stay', async () => {
    const accepted = JSON.stringify({
      v: 1,
      updatedAt: '2026-03-03T07:00:00.000Z',
      accepted: { [ID]: { assignment: assignment(), acceptedAt: '2026-03-03T07:00:00.000Z' } },
    });
    const { coach, backend, dump } = await openBrowser({
      [`${PREFIX}coach`]: JSON.stringify(coachRecord),
      [`${PREFIX}worksheet:giving-style`]: worksheet,
      [`${PREFIX}assignments`]: accepted,
      'another-site:theme': 'dark',
    });
    expect(coach.$coach.get().record?.clients[ID]?.name).toBe('Zoë Nuñez');

    coach.deleteCoachData();

    expect(backend.get(`${PREFIX}coach`)).toBeNull();
    expect(dump()).toStrictEqual({
      [`${PREFIX}worksheet:giving-style`]: worksheet,
      [`${PREFIX}assignments`]: accepted,
      'another-site:theme': 'dark',
    });
    expect(coach.$coach.get()).toStrictEqual({ record: null, problem: null });
  });

  it('removes data the coach saved during this visit too', async () => {
    const { coach, backend } = await openBrowser({ [`${PREFIX}worksheet:giving-style`]: worksheet });
    coach.rememberAssignment(assignment());
    expect(backend.get(`${PREFIX}coach`)).not.toBeNull();
    coach.deleteCoachData();
    expect(backend.get(`${PREFIX}coach`)).toBeNull();
    expect(backend.get(`${PREFIX}worksheet:giving-style`)).toBe(worksheet);
  });
});

describe('coach data that cannot be read, or is from a newer version', () => {
  it('keeps unreadable coach data aside, offers it, and keeps the copy when the coach adds to it or deletes', async () => {
    const { coach, backend } = await openBrowser({ [`${PREFIX}coach`]: '{"v":2,"clients":' });
    const state = coach.$coach.get();
    expect(state.record).toBeNull();
    expect(state.problem?.kind).toBe('corrupt');
    const copies = coach.coachCopies();
    expect(copies).toHaveLength(1);
    expect(copies[0]?.raw).toBe('{"v":2,"clients":');
    // The coach goes on: a new assignment starts afresh, and the copy stays.
    expect(coach.rememberAssignment(assignment({ key: KEY }))).toEqual({ saved: true });
    expect(coach.coachCopies()).toHaveLength(1);
    // Deleting coach data keeps the copy unless the coach asks for it to go too.
    coach.deleteCoachData();
    expect(backend.get(`${PREFIX}coach`)).toBeNull();
    expect(coach.coachCopies().map((copy) => copy.raw)).toEqual(['{"v":2,"clients":']);
    coach.deleteCoachData({ withCopies: true });
    expect(coach.coachCopies()).toEqual([]);
  });

  it('leaves coach data from a newer version as it is: nothing is added, and a file is not imported', async () => {
    const newer = JSON.stringify({ ...coachRecord, v: 3 });
    const { coach, backend } = await openBrowser({ [`${PREFIX}coach`]: newer });
    expect(coach.$coach.get().problem).toStrictEqual({ kind: 'newer', version: 3 });
    expect(coach.rememberAssignment(assignment({ key: KEY }))).toEqual({ saved: false, reason: 'newer' });
    const text = coachFile(coachRecord, new Date('2026-04-20T18:00:00.000Z'));
    expect(coach.importCoachData(text, text.length)).toMatchObject({ ok: false, message: /newer version/ });
    expect(backend.get(`${PREFIX}coach`)).toBe(newer);
  });

  it('refuses an import that would pass the coach’s budget, changing nothing', async () => {
    const { coach, dump } = await openBrowser({ [`${PREFIX}coach`]: JSON.stringify(coachRecord) });
    const before = dump();
    const text = (n: number) => 'x'.repeat(45_000) + n;
    const clients = Object.fromEntries(
      Array.from({ length: 50 }, (_, n) => [
        `name:client ${n}`,
        {
          name: `Client ${n}`,
          reports: [
            {
              receivedAt: '2026-04-01T08:00:00.000Z',
              verified: false,
              report: report('2026-04-01T08:00:00.000Z', {
                client: `Client ${n}`,
                assignmentId: undefined,
                worksheets: [{ id: 'giving-style', title: 'T', lines: [{ label: 'L', text: text(n) }] }],
              }),
            },
          ],
        },
      ]),
    );
    const file = coachFile({ v: 2, updatedAt: '2026-04-10T10:00:00.000Z', clients }, new Date());
    const result = coach.importCoachData(file, file.length);
    expect(result).toMatchObject({ ok: false, message: /past 2 million characters.*Nothing was changed/ });
    expect(dump()).toStrictEqual(before);
  });
});
