/**
 * The client's side of an assignment: the assignments they accepted, what each item's status is, and the progress
 * report they send back. Pure.
 *
 * Accepted assignments are stored under `real-networking:assignments` as version 1:
 * `{ v: 1, updatedAt, accepted: { [assignment id]: { assignment, acceptedAt } } }`.
 */
import * as v from 'valibot';
import { assignmentSchema, type Assignment } from '~/lib/coach/assignment';
import { initials, type ProgressReport, type ReportWorksheet } from '~/lib/coach/report';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** The assignments a client accepted, by id. */
export interface AssignmentsRecord {
  v: 1;
  updatedAt: string;
  accepted: Record<string, { assignment: Assignment; acceptedAt: string }>;
}

export const assignmentsRecordSpec: RecordSpec<AssignmentsRecord> = {
  name: 'assignments',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      accepted: v.record(v.string(), v.object({ assignment: assignmentSchema, acceptedAt: isoTime })),
    }) as v.GenericSchema<unknown, AssignmentsRecord>,
  ),
  migrations: {},
};

/** No assignments yet. */
export function emptyAssignments(now: string): AssignmentsRecord {
  return { v: 1, updatedAt: now, accepted: {} };
}

/** What accepting a link would do: add it, update the one from the same coach, or nothing (already have it or newer). */
export type AcceptOutcome = 'added' | 'updated' | 'same' | 'older';

/** How accepting `assignment` would change what the client has. */
export function acceptOutcome(record: AssignmentsRecord | null, assignment: Assignment): AcceptOutcome {
  const current = record?.accepted[assignment.id]?.assignment;
  if (!current) return 'added';
  const then = Date.parse(current.issuedAt);
  const now = Date.parse(assignment.issuedAt);
  if (now === then && JSON.stringify(current) === JSON.stringify(assignment)) return 'same';
  return now >= then ? 'updated' : 'older';
}

/** The record with an assignment accepted: a newer link from the same coach replaces the older one (same id). */
export function accept(record: AssignmentsRecord, assignment: Assignment, now: string): AssignmentsRecord {
  const outcome = acceptOutcome(record, assignment);
  if (outcome === 'older' || outcome === 'same') return record;
  return { ...record, accepted: { ...record.accepted, [assignment.id]: { assignment, acceptedAt: now } } };
}

/** The record without an assignment. */
export function dismiss(record: AssignmentsRecord, id: string): AssignmentsRecord {
  const accepted = { ...record.accepted };
  delete accepted[id];
  return { ...record, accepted };
}

export { DUE_SOON_DAYS, itemStatus, STATUS_WORDS, type ItemStatus } from '~/lib/coach/due';

/** What the client chose to include in a report. */
export interface ReportChoices {
  client: string;
  assignmentId?: string | undefined;
  /** Every lesson and assigned worksheet with its completion: always included. */
  items: { id: string; title: string; done: boolean; doneAt?: string | undefined }[];
  /** The worksheets whose answers the client chose to share. */
  worksheets: ReportWorksheet[];
  /** The network audit, if the client chose to share it. */
  audit?: { people: string[]; measures: { label: string; value: string }[]; useNames: boolean } | undefined;
}

/** The report the client will send: exactly what they chose, with people as initials unless they chose names. */
export function buildReport(choices: ReportChoices, now: string): ProgressReport {
  const report: ProgressReport = {
    v: 1,
    client: choices.client,
    createdAt: now,
    modules: choices.items.map(({ id, title, done, doneAt }) =>
      doneAt ? { id, title, done, doneAt } : { id, title, done },
    ),
    worksheets: choices.worksheets,
  };
  if (choices.assignmentId) report.assignmentId = choices.assignmentId;
  if (choices.audit) {
    report.audit = {
      people: choices.audit.people.map((name) => ({ name: choices.audit!.useNames ? name : initials(name) })),
      measures: choices.audit.measures,
    };
  }
  return report;
}
