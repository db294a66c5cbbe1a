/**
 * Merging two copies of a record that both browsers changed, for "Merge" on import. Where a record is a collection
 * (lessons marked complete, ledger entries, conversation plans, accepted assignments), the two copies are combined
 * item by item, so nothing made on either device is lost; where an item is in both, the copy from the record changed
 * more recently wins, and the items keep the tool's own order. The result may break a tool's limit (more ledger
 * entries than it holds): src/lib/workbook/transfer.ts checks it and then keeps this browser's copy.
 */
import type { AssignmentsRecord } from '~/lib/coach/progress';
import { newestPlanFirst, type PlannerRecord } from '~/lib/conversations/planner';
import { newestEntryFirst, type LedgerRecord } from '~/lib/ledger/ledger';
import type { StoredRecord } from '~/lib/storage/stored-record';
import type { ProgressRecord } from '~/lib/workbook/progress';

/** The two copies, ordered by when they were last changed (as for whole records, this browser's copy wins a tie). */
function byAge<T extends StoredRecord>(here: T, file: T): { older: T; newer: T } {
  return Date.parse(file.updatedAt) > Date.parse(here.updatedAt)
    ? { older: here, newer: file }
    : { older: file, newer: here };
}

/**
 * Items of both lists by id, the newer list's copy winning, sorted by `order` (a stable sort, so a list that already
 * holds every item comes back exactly as it was).
 */
export function unionById<T extends { id: string }>(
  older: readonly T[],
  newer: readonly T[],
  order: (a: T, b: T) => number,
): T[] {
  const inNewer = new Set(newer.map((item) => item.id));
  return [...newer, ...older.filter((item) => !inNewer.has(item.id))].sort(order);
}

/** Lessons complete on either device stay complete (from the earlier time); the lesson read last is the later one. */
export function combineProgress(here: ProgressRecord, file: ProgressRecord): ProgressRecord {
  const { older, newer } = byAge(here, file);
  // Start from the newer copy, so that when it already holds everything it comes back unchanged.
  const completed = { ...newer.completed };
  for (const [slug, at] of Object.entries(older.completed)) {
    const there = completed[slug];
    if (there === undefined || Date.parse(at) < Date.parse(there)) completed[slug] = at;
  }
  const lessons = [older.lastLesson, newer.lastLesson].filter((last) => last !== undefined);
  const lastLesson = lessons.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  return { ...newer, completed, ...(lastLesson ? { lastLesson } : {}) };
}

/** Entries from both ledgers; the weekly budget of the ledger changed last. */
export function combineLedgers(here: LedgerRecord, file: LedgerRecord): LedgerRecord {
  const { older, newer } = byAge(here, file);
  return { ...newer, entries: unionById(older.entries, newer.entries, newestEntryFirst) };
}

/** Conversation plans from both planners. */
export function combinePlanners(here: PlannerRecord, file: PlannerRecord): PlannerRecord {
  const { older, newer } = byAge(here, file);
  return { ...newer, plans: unionById(older.plans, newer.plans, newestPlanFirst) };
}

/** Assignments accepted on either device; of two links for the same assignment, the one the coach issued later. */
export function combineAssignments(here: AssignmentsRecord, file: AssignmentsRecord): AssignmentsRecord {
  const { older, newer } = byAge(here, file);
  const accepted = { ...newer.accepted };
  for (const [id, kept] of Object.entries(older.accepted)) {
    const there = accepted[id];
    if (!there || Date.parse(kept.assignment.issuedAt) > Date.parse(there.assignment.issuedAt)) accepted[id] = kept;
  }
  return { ...newer, accepted };
}
