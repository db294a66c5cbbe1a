/**
 * Every generated hostile link, file and stored value (tests/fixtures/hostile.ts) thrown at every decoder, the way the
 * pages use them. For each: the decoder answers (it never throws), a refusal comes with a message to show, what is
 * read holds only plain data with its names and text cleaned, nothing already kept is lost or changed, and no
 * prototype is polluted. (tests/e2e/coach-hostile.spec.ts opens a sample of them in a browser, where it also checks
 * that no script runs.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeAssignment, tokenFromFragment } from '~/lib/coach/assignment';
import { mergeCoach, readCoachFile } from '~/lib/coach/coach-file';
import { planAddReport, type CoachRecord, type ReceivedReport } from '~/lib/coach/dashboard';
import { CoachCodeError, type Result } from '~/lib/coach/errors';
import { openKeyedReport, readReportFile, readReportText, type ReportEnvelope } from '~/lib/coach/report';
import { readWorkbookFile } from '~/lib/workbook/transfer';
import { HOSTILE_ASSIGNMENT, hostileCases, type HostileCase } from '../fixtures/hostile';

const NOW = '2026-03-10T10:00:00.000Z';
/** The coach's data before any hostile input: one client with their assignment's key and a report already kept. */
const kept: CoachRecord = {
  v: 2,
  updatedAt: '2026-03-05T10:00:00.000Z',
  coachName: 'Coach Rivera',
  clients: {
    [HOSTILE_ASSIGNMENT.id]: {
      name: 'Ama',
      assignment: {
        id: HOSTILE_ASSIGNMENT.id,
        coach: 'Coach Rivera',
        client: 'Ama',
        items: [{ kind: 'module', id: 'give-before-you-get' }],
        issuedAt: '2026-03-02T19:04:11.532Z',
        key: HOSTILE_ASSIGNMENT.key,
      },
      reports: [
        {
          receivedAt: '2026-03-04T10:00:00.000Z',
          verified: true,
          report: {
            v: 1,
            client: 'Ama',
            assignmentId: HOSTILE_ASSIGNMENT.id,
            createdAt: '2026-03-04T09:00:00.000Z',
            modules: [],
            worksheets: [],
          },
        },
      ],
    },
  },
};
const COURSE = { worksheets: ['giving-style', 'power-lines-map'], checks: ['give-before-you-get'] };

let cases: HostileCase[] = [];
beforeAll(async () => {
  cases = await hostileCases();
}, 120_000);
afterAll(() => {
  vi.restoreAllMocks();
});

/** Every string in a value, keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => strings(item, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      out.push(key);
      strings(inner, out);
    }
  }
  return out;
}

/** Plain data only: what JSON gives back, with ordinary prototypes. */
function expectPlainData(value: unknown): void {
  expect(JSON.parse(JSON.stringify(value))).toStrictEqual(value);
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null) {
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(item));
      stack.push(...Object.values(item));
    }
  }
}

/**
 * Characters no cleaned text holds: bidirectional controls, zero-width and other invisible characters, Hangul fillers,
 * the blank Braille pattern, control characters but the line break, lone surrogates, and five combining marks in a row.
 * (Written out here rather than taken from clean.ts, so that a mistake there shows.)
 */
const UNCLEAN =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD\u3164\u115F\u1160\uFFA0\u2800\u0000-\u0009\u000B-\u001F\u007F]|\p{Cs}|\p{M}{5}/u;

/** What was read is clean: no bidirectional controls or invisible characters, every name visible and on one line. */
function expectClean(value: unknown, names: string[]): void {
  expectPlainData(value);
  for (const text of strings(value)) expect(text).not.toMatch(UNCLEAN);
  for (const name of names) {
    expect(name).toMatch(/[\p{L}\p{N}\p{P}\p{S}]/u);
    expect(name).not.toMatch(/\n|^\s|\s$/);
  }
}

/** A refusal, with a message to show: a decoder's error, or a plain message. */
function expectMessage(result: { ok: boolean; error?: unknown; message?: string }): void {
  expect(result.ok).toBe(false);
  if (result.error !== undefined) {
    expect(result.error).toBeInstanceOf(CoachCodeError);
    expect((result.error as CoachCodeError).message.length).toBeGreaterThan(20);
  } else expect(result.message?.length).toBeGreaterThan(20);
}

/** A report text or file as the coach's page goes on with it: opened with this coach's key, then planned. */
async function receive(read: Result<ReportEnvelope>): Promise<void> {
  if (!read.ok) return expectMessage(read);
  let received: ReceivedReport | undefined;
  if (read.value.kind === 'plain') received = { report: read.value.report, via: 'unlocked' };
  else if (read.value.kind === 'keyed') {
    const id = read.value.keyed.assignmentId;
    const key = id === HOSTILE_ASSIGNMENT.id ? HOSTILE_ASSIGNMENT.key : undefined;
    if (!key) return; // The page says the assignment was not made here (tested in coach-keyed.test.ts).
    const opened = await openKeyedReport(read.value.keyed, key);
    if (!opened.ok) return expectMessage(opened);
    received = { report: opened.value, via: 'key' };
  } else return; // Sealed: the page asks for the passphrase.
  expectClean(received.report, [received.report.client]);
  const before = structuredClone(kept);
  const plan = planAddReport(kept, received, NOW);
  // Nothing already kept is changed, whatever the plan.
  expect(kept).toStrictEqual(before);
  if (!plan.ok) return expectMessage(plan);
  const after = plan.record.clients[HOSTILE_ASSIGNMENT.id]!;
  for (const report of before.clients[HOSTILE_ASSIGNMENT.id]!.reports) expect(after.reports).toContainEqual(report);
  // Reports are ordered by when the coach received them: a made-up date never pins the row.
  const receivedTimes = after.reports.map((report) => Date.parse(report.receivedAt));
  expect([...receivedTimes].sort((x, y) => y - x)).toStrictEqual(receivedTimes);
}

describe('hostile inputs, generated', () => {
  it('are many, of every kind', () => {
    expect(cases.length).toBeGreaterThanOrEqual(100);
    const targets = new Set(cases.map((c) => c.target));
    expect(targets.size).toBe(7);
  });

  it('each get an answer, never an exception, with plain clean data or a message, and lose nothing', async () => {
    for (const hostile of cases) {
      const where = `${hostile.target}: ${hostile.name}`;
      try {
        switch (hostile.target) {
          case 'assignment-link': {
            // The page reads the fragment only when it has "a=", then its token.
            const read = decodeAssignment(tokenFromFragment(hostile.input) ?? '');
            if (read.ok) expectClean(read.value, [read.value.coach, read.value.client]);
            else expectMessage(read);
            break;
          }
          case 'report-text':
            await receive(readReportText(hostile.input));
            break;
          case 'report-file':
            await receive(
              readReportFile(hostile.size === undefined ? hostile.input : '', hostile.size ?? hostile.input.length),
            );
            break;
          case 'coach-file': {
            const read = readCoachFile(
              hostile.size === undefined ? hostile.input : '',
              hostile.size ?? hostile.input.length,
            );
            if (!read.ok) {
              expectMessage(read);
              expect(read.message).toMatch(/Nothing was changed\.$/);
              break;
            }
            expectPlainData(read.record);
            const merged = mergeCoach(kept, read.record);
            for (const [key, client] of Object.entries(kept.clients)) {
              for (const report of client.reports) expect(merged.clients[key]!.reports).toContainEqual(report);
            }
            break;
          }
          case 'stored-coach':
          case 'stored-assignments': {
            // Through the stores, as a page opens them: unreadable values are kept aside whole, newer ones left.
            vi.resetModules();
            const storage = await import('~/stores/storage');
            const name = hostile.target === 'stored-coach' ? 'coach' : 'assignments';
            const backend = storage.memoryBackend({ [`real-networking:${name}`]: hostile.input });
            storage.useStorageBackend(backend, true);
            const store =
              name === 'coach'
                ? (await import('~/stores/coach')).$coach
                : (await import('~/stores/assignments')).$assignments;
            const state = store.get();
            if (state.problem?.kind === 'corrupt') {
              expect(state.problem.reason.length).toBeGreaterThan(10);
              expect(storage.recoveryCopies().map((copy) => copy.raw)).toContain(hostile.input);
            } else if (state.problem?.kind === 'newer')
              expect(backend.get(`real-networking:${name}`)).toBe(hostile.input);
            else {
              expect(state.record).not.toBeNull();
              expectPlainData(state.record);
            }
            break;
          }
          case 'workbook-file': {
            const read = readWorkbookFile(hostile.input, hostile.size ?? hostile.input.length, COURSE);
            if (read.ok) expectPlainData(read.file);
            else expectMessage(read);
            break;
          }
        }
      } catch (error) {
        throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
    // No input polluted a prototype.
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  }, 300_000);

  it('say a text too long to be a report is too long before doing anything else with it', () => {
    const huge = cases.find((c) => c.name === 'ten megabytes')!;
    const read = readReportText(huge.input);
    expect(read.ok ? 'read' : read.error.kind).toBe('too-large');
  });

  it('never let a report that is not locked with the key sit in the row of the client it names', async () => {
    const mallory = cases.find((c) => c.name.includes('From Mallory'))!;
    const read = readReportText(mallory.input);
    if (!read.ok || read.value.kind !== 'plain') throw new Error('not read');
    const plan = planAddReport(kept, { report: read.value.report, via: 'unlocked' }, NOW);
    expect(plan.ok).toBe(false);
  });
});
