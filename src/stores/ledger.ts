/**
 * The give/get ledger, stored under `real-networking:ledger` (shape and version in src/lib/ledger/ledger.ts).
 */
import {
  emptyLedger,
  ledgerRecordSpec,
  putEntry,
  removeEntry,
  type LedgerEntry,
  type LedgerRecord,
} from '~/lib/ledger/ledger';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const ledger = recordStore<LedgerRecord>('ledger', ledgerRecordSpec, emptyLedger);

/** The ledger's state (record null until the first entry). */
export const $ledger = ledger.$state;

/** A new entry id. */
export function newEntryId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
}

/** Add an entry, or replace the one with the same id. */
export function saveEntry(entry: LedgerEntry): SaveResult {
  return ledger.update((record) => putEntry(record, entry));
}

/** Delete an entry; returns it, for undo. */
export function deleteEntry(id: string): { result: SaveResult; entry: LedgerEntry | undefined } {
  const entry = ledger.$state.get().record?.entries.find((candidate) => candidate.id === id);
  return { result: ledger.update((record) => removeEntry(record, id)), entry };
}

/** Mark a follow-up as done (or not). */
export function markFollowedUp(id: string, done: boolean): SaveResult {
  return ledger.update((record) => ({
    ...record,
    entries: record.entries.map((entry) => (entry.id === id ? { ...entry, followedUp: done } : entry)),
  }));
}

/**
 * Remove the ledger's own copy of the weekly budget once module 4's worksheet holds it (src/stores/shared-answers.ts).
 * Bookkeeping, not a change of answer: no backup reminder.
 */
export function clearLegacyBudget(): SaveResult {
  return ledger.update(
    (record) => {
      const { weeklyBudgetMinutes: _moved, ...rest } = record;
      return rest;
    },
    { countsAsChange: false },
  );
}
