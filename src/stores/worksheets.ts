/**
 * Worksheet answers: one record per worksheet, under `real-networking:worksheet:<worksheet id>`
 * (shape and version in src/lib/workbook/records.ts). One bad worksheet key cannot affect another.
 */
import { computed } from 'nanostores';
import type { Answer, GroupRow } from '~/lib/workbook/answers';
import { emptyWorksheetRecord, withAnswer, worksheetRecordSpec, type WorksheetRecord } from '~/lib/workbook/records';
import { recordStore, type RecordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const stores = new Map<string, RecordStore<WorksheetRecord>>();

/** The store of one worksheet's answers (created once per worksheet id). */
export function worksheetStore(worksheetId: string): RecordStore<WorksheetRecord> {
  let store = stores.get(worksheetId);
  if (!store) {
    store = recordStore(`worksheet:${worksheetId}`, worksheetRecordSpec, emptyWorksheetRecord);
    stores.set(worksheetId, store);
  }
  return store;
}

/** Save one answer. */
export function saveAnswer(worksheetId: string, fieldId: string, value: Answer | undefined): SaveResult {
  return worksheetStore(worksheetId).update((record) => withAnswer(record, fieldId, value, new Date().toISOString()));
}

/** A new, empty row for a repeating group, with an id that stays with it when rows are reordered. */
export function newRow(): GroupRow {
  const id = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return { id, values: {} };
}

/** Change one row of a repeating group through a function of the current rows. */
export function saveRows(worksheetId: string, groupId: string, change: (rows: GroupRow[]) => GroupRow[]): SaveResult {
  return worksheetStore(worksheetId).update((record) => {
    const current = record.answers[groupId];
    const rows =
      Array.isArray(current) && current.every((row) => typeof row === 'object') ? (current as GroupRow[]) : [];
    return withAnswer(record, groupId, change(rows), new Date().toISOString());
  });
}

/** The states of several worksheets at once, by id (for the workbook page). */
export function worksheetStates(worksheetIds: readonly string[]) {
  return computed(
    worksheetIds.map((id) => worksheetStore(id).$state),
    (...states) => Object.fromEntries(worksheetIds.map((id, index) => [id, states[index]!])),
  );
}
