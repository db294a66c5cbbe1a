/**
 * The give/get ledger: one entry per exchange of help. Module 4 explains why: giving first, and how often exchanges
 * happen matters more than keeping them even (Flynn 2003).
 *
 * Stored under `real-networking:ledger` as version 1: `{ v: 1, updatedAt, entries: LedgerEntry[], weeklyBudgetMinutes? }`.
 */
import * as v from 'valibot';
import type { Choice } from '~/lib/choices';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';
import { isCalendarDate } from '~/lib/dates';
import { KINDS } from '~/lib/ledger/follow-ups';

export const DIRECTIONS = [
  { value: 'gave', label: 'I gave' },
  { value: 'received', label: 'I received' },
  { value: 'asked', label: 'I asked' },
  { value: 'declined', label: 'I offered, and it was not taken' },
] as const satisfies readonly Choice[];

export { KINDS };

export const REASONS = [
  { value: 'glad', label: 'I was glad to' },
  { value: 'obliged', label: 'I felt obliged' },
] as const satisfies readonly Choice[];

/** One exchange. */
export interface LedgerEntry {
  id: string;
  /** The day it happened, YYYY-MM-DD. */
  date: string;
  /** The contact's name or alias as typed, or copied from the audit. */
  contact: string;
  /** The audit contact it refers to, when picked from the audit. */
  contactId?: string | undefined;
  direction: (typeof DIRECTIONS)[number]['value'];
  kind: (typeof KINDS)[number]['value'];
  minutes?: number | undefined;
  /** A small act of help that costs you a few minutes (Grant, after Adam Rifkin). */
  fiveMinuteFavour: boolean;
  /** Why you gave: gladly, or out of obligation. Only for gives. */
  reason?: (typeof REASONS)[number]['value'] | undefined;
  /** How you felt afterwards, −2 drained … +2 energised. */
  energyAfter?: number | undefined;
  /** When to follow up, YYYY-MM-DD. */
  followUp?: string | undefined;
  /** True once the follow-up is done. */
  followedUp?: boolean | undefined;
  note?: string | undefined;
}

/** The whole ledger as stored. */
export interface LedgerRecord {
  v: 1;
  updatedAt: string;
  entries: LedgerEntry[];
  /**
   * Minutes a week the learner meant to spend on giving, as the ledger saved it before its budget became one answer
   * with module 4's worksheet (in hours, kept there: src/lib/workbook/shared-answers.ts). Read only while the
   * worksheet has none, moved there when the ledger is next shown, then removed.
   */
  weeklyBudgetMinutes?: number | undefined;
}

/** Most entries the ledger keeps; far beyond a few years of weekly practice. */
export const MAX_ENTRIES = 5000;

const picklist = (choices: readonly Choice[]) => v.picklist(choices.map((c) => c.value) as [string, ...string[]]);
const day = v.pipe(v.string(), v.check(isCalendarDate, 'not a calendar date'));

/** Validation of one entry (also used by the conversation planner when it adds a promise). */
export const ledgerEntrySchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  date: day,
  contact: v.pipe(v.string(), v.maxLength(200)),
  contactId: v.optional(v.string()),
  direction: picklist(DIRECTIONS),
  kind: picklist(KINDS),
  minutes: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(24 * 60))),
  fiveMinuteFavour: v.boolean(),
  reason: v.optional(picklist(REASONS)),
  energyAfter: v.optional(v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2))),
  followUp: v.optional(day),
  followedUp: v.optional(v.boolean()),
  note: v.optional(v.pipe(v.string(), v.maxLength(2000))),
});

export const ledgerRecordSpec: RecordSpec<LedgerRecord> = {
  name: 'give/get ledger',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      entries: v.pipe(v.array(ledgerEntrySchema), v.maxLength(MAX_ENTRIES)),
      weeklyBudgetMinutes: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(7 * 24 * 60))),
    }) as v.GenericSchema<unknown, LedgerRecord>,
  ),
  migrations: {},
};

/** A ledger with no entries. */
export function emptyLedger(now: string): LedgerRecord {
  return { v: 1, updatedAt: now, entries: [] };
}

/**
 * The ledger with an entry added, or changed in place if one with its id exists. Entries stay newest first: by date,
 * and within a day the one logged last comes first (a changed entry keeps its place).
 */
export function putEntry(ledger: LedgerRecord, entry: LedgerEntry): LedgerRecord {
  const exists = ledger.entries.some((existing) => existing.id === entry.id);
  if (!exists && ledger.entries.length >= MAX_ENTRIES) return ledger;
  const entries = exists
    ? ledger.entries.map((existing) => (existing.id === entry.id ? entry : existing))
    : [entry, ...ledger.entries];
  // A stable sort by date keeps each day's order as set above.
  return { ...ledger, entries: entries.sort(newestEntryFirst) };
}

/** The ledger's order: newest date first (a stable sort keeps the order within a day). */
export function newestEntryFirst(a: LedgerEntry, b: LedgerEntry): number {
  return a.date === b.date ? 0 : a.date < b.date ? 1 : -1;
}

/** The ledger without an entry. */
export function removeEntry(ledger: LedgerRecord, id: string): LedgerRecord {
  return { ...ledger, entries: ledger.entries.filter((entry) => entry.id !== id) };
}

export { followUpsDue } from '~/lib/ledger/follow-ups';
