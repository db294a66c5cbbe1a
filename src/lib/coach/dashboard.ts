/**
 * The coach's side: the assignments they made and the reports their clients sent, kept in the coach's browser, and
 * the coach's data as a file to move between browsers. Pure.
 *
 * Stored under `real-networking:coach` as version 1:
 * `{ v: 1, updatedAt, coachName?, clients: { [client key]: CoachClient } }`. A client's key is the id of the
 * assignment the coach made them (stable per coach and client), or, for a report with no assignment, `name:<name>`.
 *
 * The file: `{ "format": "real-networking-coach", "version": 1, "exportedAt", "coach": CoachRecord }`.
 */
import * as v from 'valibot';
import { assignmentSchema, type Assignment } from '~/lib/coach/assignment';
import { assignmentIdField } from '~/lib/coach/fields';
import { reportSchema, type ProgressReport } from '~/lib/coach/report';
import { upgrade, type RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** One client as the coach sees them. */
export interface CoachClient {
  name: string;
  /** The latest assignment the coach made for them. */
  assignment?: Assignment | undefined;
  /** Reports received, newest first (the latest few are kept). */
  reports: ProgressReport[];
}

/** Everything a coach keeps. */
export interface CoachRecord {
  v: 1;
  updatedAt: string;
  coachName?: string | undefined;
  clients: Record<string, CoachClient>;
}

/** Reports kept per client: the newest, and a few before it to see change. */
export const REPORTS_KEPT = 10;

export const coachRecordSpec: RecordSpec<CoachRecord> = {
  name: 'coach data',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      coachName: v.optional(v.pipe(v.string(), v.maxLength(80))),
      clients: v.record(
        // A client's key: an assignment id, or `name:` and the name a report gave.
        v.union([assignmentIdField, v.pipe(v.string(), v.startsWith('name:'), v.maxLength(200))]),
        v.object({
          name: v.pipe(v.string(), v.maxLength(80)),
          assignment: v.optional(assignmentSchema),
          reports: v.pipe(v.array(reportSchema), v.maxLength(REPORTS_KEPT)),
        }),
      ),
    }) as v.GenericSchema<unknown, CoachRecord>,
  ),
  migrations: {},
};

/** A coach with no clients yet. */
export function emptyCoach(now: string): CoachRecord {
  return { v: 1, updatedAt: now, clients: {} };
}

/** The key of the client a report belongs to. */
export function clientKeyOf(report: Pick<ProgressReport, 'assignmentId' | 'client'>): string {
  return report.assignmentId ?? `name:${report.client.trim().toLowerCase()}`;
}

/** The record with an assignment the coach made, filed under its client. */
export function withAssignment(record: CoachRecord, assignment: Assignment): CoachRecord {
  const current = record.clients[assignment.id];
  return {
    ...record,
    clients: {
      ...record.clients,
      [assignment.id]: { name: assignment.client, assignment, reports: current?.reports ?? [] },
    },
  };
}

/** What adding a report would do. */
export type ReportOutcome = 'new-client' | 'added' | 'already-have' | 'older' | 'too-old';

/** The record with a report added to its client (newest first), and what happened. */
export function withReport(
  record: CoachRecord,
  report: ProgressReport,
): { record: CoachRecord; outcome: ReportOutcome } {
  const key = clientKeyOf(report);
  const current = record.clients[key];
  if (current?.reports.some((existing) => existing.createdAt === report.createdAt))
    return { record, outcome: 'already-have' };
  const reports = [report, ...(current?.reports ?? [])]
    .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
    .slice(0, REPORTS_KEPT);
  // A report older than every one kept falls off the end: say so, and change nothing.
  if (!reports.includes(report)) return { record, outcome: 'too-old' };
  const outcome: ReportOutcome = !current ? 'new-client' : reports[0] === report ? 'added' : 'older';
  return {
    record: {
      ...record,
      clients: {
        ...record.clients,
        [key]: { name: current?.name ?? report.client, assignment: current?.assignment, reports },
      },
    },
    outcome,
  };
}

/** The record without a client. */
export function withoutClient(record: CoachRecord, key: string): CoachRecord {
  const clients = { ...record.clients };
  delete clients[key];
  return { ...record, clients };
}

/** The `format` of the coach's data file. */
export const COACH_FORMAT = 'real-networking-coach';
export const COACH_FILE_VERSION = 1;
/** Largest coach data file an import reads. */
export const MAX_COACH_FILE_BYTES = 20 * 1024 * 1024;

/** The coach's data as a file. */
export function coachFile(record: CoachRecord, now: Date): string {
  return `${JSON.stringify({ format: COACH_FORMAT, version: COACH_FILE_VERSION, exportedAt: now.toISOString(), coach: record }, null, 2)}\n`;
}

/** Read a coach data file completely before anything changes. Never throws. */
export function readCoachFile(
  text: string,
  byteSize = text.length,
): { ok: true; record: CoachRecord } | { ok: false; message: string } {
  const fail = (message: string) => ({ ok: false as const, message: `${message} Nothing was changed.` });
  if (byteSize > MAX_COACH_FILE_BYTES) return fail('This file is far larger than any coach data file.');
  let parsed: unknown;
  try {
    // A byte-order mark, which some editors add when they save a file, is not part of the JSON.
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This file is not readable JSON: choose the .json file this page exported.');
  }
  const file = parsed as Record<string, unknown> | null;
  if (!file || typeof file !== 'object' || file['format'] !== COACH_FORMAT) {
    return fail(
      'This is not a coach file from this course. (A client’s progress report is imported above, under “Add a report”.)',
    );
  }
  const version = file['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('This coach file has no valid version number, so it may be damaged.');
  }
  if (version > COACH_FILE_VERSION) return fail('This coach file was made by a newer version of the course.');
  const decoded = upgrade(file['coach'], coachRecordSpec);
  if (decoded.kind === 'newer') return fail('This coach file was made by a newer version of the course.');
  if (decoded.kind !== 'ok')
    return fail(`This coach file is damaged. ${decoded.kind === 'corrupt' ? decoded.reason : ''}`.trim());
  return { ok: true, record: decoded.record };
}

/** Merge imported coach data into what the coach has: every client and report from both, newest kept. */
export function mergeCoach(current: CoachRecord, incoming: CoachRecord): CoachRecord {
  let merged: CoachRecord = { ...current, coachName: current.coachName ?? incoming.coachName };
  for (const [key, client] of Object.entries(incoming.clients)) {
    const mine = merged.clients[key];
    const theirsIsNewer =
      !mine ||
      (client.assignment !== undefined &&
        (!mine.assignment || Date.parse(client.assignment.issuedAt) > Date.parse(mine.assignment.issuedAt)));
    const assignment = theirsIsNewer ? (client.assignment ?? mine?.assignment) : mine.assignment;
    // The name goes with the newer assignment, as when the coach makes one here.
    const name = theirsIsNewer && client.assignment ? client.assignment.client : (mine?.name ?? client.name);
    merged = { ...merged, clients: { ...merged.clients, [key]: { name, assignment, reports: mine?.reports ?? [] } } };
    for (const report of [...client.reports].reverse()) merged = withReport(merged, report).record;
  }
  return merged;
}

/** The assignment id to use for a client: the one already made for a client of that name, or `fresh`. */
export function assignmentIdFor(record: CoachRecord | null, clientName: string, fresh: string): string {
  // Compare names as people read them: case, spacing and Unicode form aside.
  const same = (name: string) => name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const wanted = same(clientName);
  const existing = Object.entries(record?.clients ?? {}).find(
    ([, client]) => client.assignment && same(client.name) === wanted,
  );
  return existing?.[0] ?? fresh;
}
