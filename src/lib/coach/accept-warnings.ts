/**
 * What the client should see before a link replaces an assignment they have: another coach's name, another key, a date
 * far ahead. Kept apart from progress.ts, which every page that shows assignments loads, since only the assignment
 * page needs it. Pure.
 */
import type { Assignment } from '~/lib/coach/assignment-shape';
import { cleanName } from '~/lib/coach/clean';
import { isInTheFuture, type AssignmentsRecord } from '~/lib/coach/progress';

/** What the client should see before accepting a link for an assignment they already have. */
export interface AcceptWarnings {
  /** The coach's name differs from the one on the assignment they have: the old name, to show. */
  coachWas?: string;
  /** The link does not carry the key of the assignment they have: it was not made from the same assignment. */
  keyChanged?: boolean;
  /** The link says it was made more than a day from now. */
  future?: boolean;
}

/** What to point out before the client accepts `assignment` over the one with its id they have. */
export function acceptWarnings(
  record: AssignmentsRecord | null,
  assignment: Assignment,
  now: number = Date.now(),
): AcceptWarnings {
  const warnings: AcceptWarnings = {};
  if (isInTheFuture(assignment.issuedAt, now)) warnings.future = true;
  const current = record?.accepted[assignment.id]?.assignment;
  if (!current) return warnings;
  const same = (name: string) => cleanName(name).normalize('NFC').toLowerCase();
  if (same(current.coach) !== same(assignment.coach)) warnings.coachWas = current.coach;
  if (current.key !== undefined && current.key !== assignment.key) warnings.keyChanged = true;
  return warnings;
}
