/**
 * The client's side of an assignment: the assignments they accepted, what each item's status is, and the progress
 * report they send back. Pure.
 *
 * Accepted assignments are stored under `real-networking:assignments` as version 2:
 * `{ v: 2, updatedAt, accepted: { [assignment id]: { assignment, acceptedAt } } }`, where an assignment may carry
 * its key (`key`, keyed.ts), which locks the reports sent for it. Version 1 is the same, from before assignments had
 * keys; the migration to version 2 changes nothing in it. (The version was raised so that an older copy of the site,
 * which would drop the key when it saved, reads version 2 as newer and leaves it alone.)
 */
import * as v from 'valibot';
import { storedAssignmentSchema, type Assignment } from '~/lib/coach/assignment-shape';
import type { ReportCheck, ReportWorksheet } from '~/lib/coach/report-shape';
import { isInTheFuture } from '~/lib/dates';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** The assignments a client accepted, by id. */
export interface AssignmentsRecord {
  v: 2;
  updatedAt: string;
  accepted: Record<string, { assignment: Assignment; acceptedAt: string }>;
}

/** How the accepted assignments are stored, validated and migrated. */
export const assignmentsRecordSpec: RecordSpec<AssignmentsRecord> = {
  name: 'assignments',
  version: 2,
  validate: validateWith(
    v.object({
      v: v.literal(2),
      updatedAt: isoTime,
      accepted: v.record(v.string(), v.object({ assignment: storedAssignmentSchema, acceptedAt: isoTime })),
    }) as v.GenericSchema<unknown, AssignmentsRecord>,
  ),
  migrations: {
    // Version 1 had no keys; nothing else changed.
    1: (record) => record,
  },
};

/** No assignments yet. */
export function emptyAssignments(now: string): AssignmentsRecord {
  return { v: 2, updatedAt: now, accepted: {} };
}

/** What accepting a link would do: add it, update the one with the same id, or nothing (already have it or newer). */
export type AcceptOutcome = 'added' | 'updated' | 'same' | 'older';

// Whether a date is more than a day ahead of this device's clock: src/lib/dates.ts, shared with the workbook's import.
export { CLOCK_SKEW_MS, isInTheFuture } from '~/lib/dates';

/**
 * How accepting `assignment` would change what the client has. A link dated more than a day ahead does not count as
 * newer than one made since (`now`, this device's clock), so a made-up date cannot keep the coach's real links out.
 */
export function acceptOutcome(
  record: AssignmentsRecord | null,
  assignment: Assignment,
  now: number = Date.now(),
): AcceptOutcome {
  const current = record?.accepted[assignment.id]?.assignment;
  if (!current) return 'added';
  if (JSON.stringify(current) === JSON.stringify(assignment)) return 'same';
  if (isInTheFuture(current.issuedAt, now)) return 'updated';
  return Date.parse(assignment.issuedAt) >= Date.parse(current.issuedAt) ? 'updated' : 'older';
}

/**
 * The record with an assignment accepted: a newer link replaces the one with the same id; an older one only when the
 * client chose it (`evenIfOlder`, after the page said it is older).
 */
export function accept(
  record: AssignmentsRecord,
  assignment: Assignment,
  now: string,
  evenIfOlder = false,
): AssignmentsRecord {
  const outcome = acceptOutcome(record, assignment, Date.parse(now));
  if (outcome === 'same' || (outcome === 'older' && !evenIfOlder)) return record;
  return { ...record, accepted: { ...record.accepted, [assignment.id]: { assignment, acceptedAt: now } } };
}

/** The record without an assignment. */
export function dismiss(record: AssignmentsRecord, id: string): AssignmentsRecord {
  const accepted = { ...record.accepted };
  delete accepted[id];
  return { ...record, accepted };
}

export { DUE_SOON_DAYS, itemStatus, STATUS_WORDS, statusInWords, type ItemStatus } from '~/lib/coach/due';

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
  /** Knowledge-check scores (checks with at least one answer), if the client chose to share them. */
  checks?: ReportCheck[] | undefined;
}
