/**
 * The coach's own data, stored under `real-networking:coach` (shape, version and file format in
 * src/lib/coach/dashboard.ts): the assignments they made and the reports their clients sent. Never part of a
 * learner's workbook export; the coach pages have their own export, import and delete.
 */
import { toDay } from '~/lib/dates';
import type { Assignment } from '~/lib/coach/assignment';
import {
  coachFile,
  coachRecordSpec,
  emptyCoach,
  mergeCoach,
  readCoachFile,
  withAssignment,
  withoutClient,
  withReport,
  type CoachRecord,
  type ReportOutcome,
} from '~/lib/coach/dashboard';
import type { ProgressReport } from '~/lib/coach/report';
import { recordStore, reloadAllRecords, type SaveResult } from '~/stores/record-store';
import { removeStoredWhere } from '~/stores/storage';

/** Storage name of the coach's data (`real-networking:coach`). */
const COACH_NAME = 'coach';
const coach = recordStore<CoachRecord>(COACH_NAME, coachRecordSpec, emptyCoach);

/** The coach's data. */
export const $coach = coach.$state;

/** Keep an assignment the coach made, under its client. */
export function rememberAssignment(assignment: Assignment): SaveResult {
  return coach.update((record) => withAssignment({ ...record, coachName: assignment.coach }, assignment));
}

/** Add a client's report; says whether it was new, already there, or older than the one kept. */
export function addReport(report: ProgressReport): { outcome: ReportOutcome; result: SaveResult } {
  let outcome: ReportOutcome = 'added';
  const result = coach.update((record) => {
    const next = withReport(record, report);
    outcome = next.outcome;
    return next.record;
  });
  return { outcome, result };
}

/** Remove a client and everything they sent. */
export function removeClient(key: string): SaveResult {
  return coach.update((record) => withoutClient(record, key));
}

/** The coach's data as a file to download. */
export function exportCoachData(now = new Date()): { fileName: string; text: string } {
  const record = coach.$state.get().record ?? emptyCoach(now.toISOString());
  return {
    fileName: `real-networking-coach-${toDay(now)}.json`,
    text: coachFile(record, now),
  };
}

/** Import a coach data file, merging it with what is here. Nothing changes unless the whole file is valid. */
export function importCoachData(
  text: string,
  byteSize: number,
): { ok: true; clients: number } | { ok: false; message: string } {
  const read = readCoachFile(text, byteSize);
  if (!read.ok) return read;
  const result = coach.update((record) => mergeCoach(record, read.record));
  if (!result.saved && result.reason === 'newer') {
    return {
      ok: false,
      message: 'Your coach data here was saved by a newer version of the course, so this copy will not change it.',
    };
  }
  if (!result.saved) {
    return {
      ok: false,
      message:
        "The imported clients are shown, but this browser's storage is full, so they are not saved yet. Export your coach data to keep a copy.",
    };
  }
  return { ok: true, clients: Object.keys(read.record.clients).length };
}

/** Delete all the coach's data in this browser, with any kept-aside copies of it. The learner's workbook stays. */
export function deleteCoachData(): void {
  removeStoredWhere((name) => name === COACH_NAME);
  reloadAllRecords();
}
