/**
 * Merging two copies of a record that both browsers changed, for "Merge" on import. Where a record is a collection
 * (lessons marked complete, ledger entries, conversation plans, accepted assignments), the two copies are combined
 * item by item, so nothing made on either device is lost; where an item is in both, the copy from the record changed
 * more recently wins. Merge never removes anything: a learner who wants this browser to match the file chooses
 * Replace.
 */
import type { AssignmentsRecord } from '~/lib/coach/progress';
import type { PlannerRecord } from '~/lib/conversations/planner';
import type { LedgerRecord } from '~/lib/ledger/ledger';
import type { StoredRecord } from '~/lib/storage/stored-record';
import type { ProgressRecord } from '~/lib/workbook/progress';

/** The two copies, ordered by when they were last changed (the file wins a tie). */
function byAge<T extends StoredRecord>(here: T, file: T): { older: T; newer: T } {
  return Date.parse(file.updatedAt) >= Date.parse(here.updatedAt)
    ? { older: here, newer: file }
    : { older: file, newer: here };
}

/** Items of both lists, by id, in the older list's order and then the newer one's new items; the newer copy wins. */
export function unionById<T extends { id: string }>(older: readonly T[], newer: readonly T[]): T[] {
  const fromNewer = new Map(newer.map((item) => [item.id, item]));
  const combined = older.map((item) => fromNewer.get(item.id) ?? item);
  const seen = new Set(older.map((item) => item.id));
  return [...combined, ...newer.filter((item) => !seen.has(item.id))];
}

/** Lessons complete on either device stay complete (from the earlier time); the lesson read last is the later one. */
export function combineProgress(here: ProgressRecord, file: ProgressRecord): ProgressRecord {
  const { older, newer } = byAge(here, file);
  const completed = { ...older.completed };
  for (const [slug, at] of Object.entries(newer.completed)) {
    const before = completed[slug];
    completed[slug] = before !== undefined && Date.parse(before) < Date.parse(at) ? before : at;
  }
  const lessons = [older.lastLesson, newer.lastLesson].filter((last) => last !== undefined);
  const lastLesson = lessons.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  return { ...newer, completed, ...(lastLesson ? { lastLesson } : {}) };
}

/** Entries from both ledgers; the weekly budget of the ledger changed last. */
export function combineLedgers(here: LedgerRecord, file: LedgerRecord): LedgerRecord {
  const { older, newer } = byAge(here, file);
  return { ...newer, entries: unionById(older.entries, newer.entries) };
}

/** Conversation plans from both planners. */
export function combinePlanners(here: PlannerRecord, file: PlannerRecord): PlannerRecord {
  const { older, newer } = byAge(here, file);
  return { ...newer, plans: unionById(older.plans, newer.plans) };
}

/** Assignments accepted on either device; of two links for the same assignment, the one the coach issued later. */
export function combineAssignments(here: AssignmentsRecord, file: AssignmentsRecord): AssignmentsRecord {
  const { older, newer } = byAge(here, file);
  const accepted = { ...older.accepted };
  for (const [id, kept] of Object.entries(newer.accepted)) {
    const other = accepted[id];
    const laterIssued = !other || Date.parse(kept.assignment.issuedAt) >= Date.parse(other.assignment.issuedAt);
    if (laterIssued) accepted[id] = kept;
  }
  return { ...newer, accepted };
}
