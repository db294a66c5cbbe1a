/**
 * The coach's own data, stored under `real-networking:coach` (shape, version 2, migration and file format in
 * src/lib/coach/dashboard.ts): the assignments they made, with the keys that lock their clients' reports, and the
 * reports they chose to keep. Never part of a learner's workbook export; the coach pages have their own export,
 * import (src/stores/coach-file.ts) and delete. Unreadable coach data is kept aside like the learner's (src/stores/storage.ts) and offered as a
 * download; coach data from a newer version of the site is left as it is.
 */
import type { Assignment } from '~/lib/coach/assignment-shape';
import {
  coachRecordSpec,
  emptyCoach,
  planAddReport,
  withAssignment,
  withoutClient,
  type AddPlan,
  type CoachRecord,
  type ReceivedReport,
} from '~/lib/coach/dashboard';
import { recordStore, reloadAllRecords, type SaveResult } from '~/stores/record-store';
import { recoveryCopies, removeStoredWhere, type RecoveryCopy } from '~/stores/storage';

/** Storage name of the coach's data (`real-networking:coach`). */
export const COACH_NAME = 'coach';
const coach = recordStore<CoachRecord>(COACH_NAME, coachRecordSpec, emptyCoach);

/** The coach's data. */
export const $coach = coach.$state;

/** Keep an assignment the coach made, with its key, under its client. */
export function rememberAssignment(assignment: Assignment): SaveResult {
  return coach.update((record) => withAssignment({ ...record, coachName: assignment.coach }, assignment));
}

/** What adding a report the coach opened would do, against their data as it is now. */
export function planReport(received: ReceivedReport, now = new Date().toISOString()): AddPlan {
  return planAddReport(coach.$state.get().record, received, now);
}

/**
 * Keep a report the coach opened and chose to add. The plan is made again against the freshest stored copy (another
 * tab may have changed it); a plan that no longer holds changes nothing.
 */
export function addReport(
  received: ReceivedReport,
  now = new Date().toISOString(),
): { plan: AddPlan; result: SaveResult } {
  let plan = planReport(received, now);
  if (!plan.ok || plan.outcome === 'already-have') return { plan, result: { saved: true } };
  const result = coach.update((record) => {
    plan = planAddReport(record, received, now);
    return plan.ok ? plan.record : record;
  });
  return { plan, result };
}

/**
 * Apply a change to the coach's data (to the freshest stored copy) and save it: for the coach file's import
 * (src/stores/coach-file.ts), which loads on demand.
 */
export function updateCoachRecord(change: (record: CoachRecord) => CoachRecord): SaveResult {
  return coach.update(change);
}

/** Remove a client and everything they sent. */
export function removeClient(key: string): SaveResult {
  return coach.update((record) => withoutClient(record, key));
}

/** The copies of unreadable coach data kept aside in this browser, oldest first. */
export function coachCopies(): RecoveryCopy[] {
  return recoveryCopies().filter((copy) => copy.name === COACH_NAME);
}

/**
 * Delete all the coach's data in this browser. The copies of unreadable coach data kept aside stay unless
 * `withCopies` (the page asks). The learner's workbook stays.
 */
export function deleteCoachData({ withCopies = false } = {}): void {
  removeStoredWhere((name) => name === COACH_NAME, { keepCopies: !withCopies });
  reloadAllRecords();
}
