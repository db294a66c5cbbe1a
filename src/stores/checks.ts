/**
 * Knowledge-check answers: one record per check, under `real-networking:check:<lesson slug>`, version 2:
 * `{ v: 2, updatedAt, chosen: { [questionId]: option index }, firstTry: { [questionId]: option index | null } }`
 * (shape, validation and the migration from version 1 in src/lib/workbook/records.ts). The first answer to a question
 * is its first try and is never changed by trying again; `null` is a first try made before version 2, not known.
 */
import { computed } from 'nanostores';
import { checkRecordSpec, emptyCheckRecord, withChoice, withoutChoice, type CheckRecord } from '~/lib/workbook/records';
import { recordStore, type RecordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const stores = new Map<string, RecordStore<CheckRecord>>();

/** The store of one knowledge check's chosen options. */
export function checkStore(checkId: string): RecordStore<CheckRecord> {
  let store = stores.get(checkId);
  if (!store) {
    store = recordStore(`check:${checkId}`, checkRecordSpec, emptyCheckRecord);
    stores.set(checkId, store);
  }
  return store;
}

/** Save the option the learner chose for a question (the first answer is also kept as the question's first try). */
export function chooseOption(checkId: string, questionId: string, optionIndex: number): SaveResult {
  return checkStore(checkId).update((record) => withChoice(record, questionId, optionIndex));
}

/** Clear a question's answer, or every answer of the check, to try again. First tries are kept. */
export function tryAgain(checkId: string, questionId?: string): SaveResult {
  return checkStore(checkId).update((record) => withoutChoice(record, questionId));
}

/** The states of several knowledge checks at once, by id (for the workbook page). */
export function checkStates(checkIds: readonly string[]) {
  return computed(
    checkIds.map((id) => checkStore(id).$state),
    (...states) => Object.fromEntries(checkIds.map((id, index) => [id, states[index]!])),
  );
}
