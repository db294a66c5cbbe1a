/**
 * Assignments the learner accepted from a coach, stored under `real-networking:assignments` (shape, version 2 and its
 * migration in src/lib/coach/progress.ts). Part of the learner's workbook: exported, imported and deleted with it.
 */
import type { Assignment } from '~/lib/coach/assignment-shape';
import {
  accept,
  acceptOutcome,
  assignmentsRecordSpec,
  dismiss,
  emptyAssignments,
  type AcceptOutcome,
  type AssignmentsRecord,
} from '~/lib/coach/progress';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const assignments = recordStore<AssignmentsRecord>('assignments', assignmentsRecordSpec, emptyAssignments);

/** The accepted assignments' state. */
export const $assignments = assignments.$state;

/**
 * Accept an assignment from a link: add it, or update the one with its id. A link older than the one accepted changes
 * nothing unless `evenIfOlder` (the learner chose it after being told).
 */
export function acceptAssignment(
  assignment: Assignment,
  { evenIfOlder = false } = {},
): { outcome: AcceptOutcome; result: SaveResult } {
  const outcome = acceptOutcome(assignments.$state.get().record, assignment);
  const result = assignments.update((record) => accept(record, assignment, new Date().toISOString(), evenIfOlder));
  return { outcome, result };
}

/** Remove an accepted assignment (the learner's answers are untouched). */
export function dismissAssignment(id: string): SaveResult {
  return assignments.update((record) => dismiss(record, id));
}
