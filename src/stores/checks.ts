/**
 * Knowledge-check answers: one record per check, under `real-networking:check:<lesson slug>`
 * (shape and version in src/lib/workbook/records.ts).
 */
import { computed } from 'nanostores';
import { checkRecordSpec, emptyCheckRecord, type CheckRecord } from '~/lib/workbook/records';
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

/** Save the option the learner chose for a question. */
export function chooseOption(checkId: string, questionId: string, optionIndex: number): SaveResult {
  return checkStore(checkId).update((record) => ({
    ...record,
    chosen: { ...record.chosen, [questionId]: optionIndex },
  }));
}

/** Clear a question's answer, or every answer of the check, to try again. */
export function tryAgain(checkId: string, questionId?: string): SaveResult {
  return checkStore(checkId).update((record) => {
    if (questionId === undefined) return { ...record, chosen: {} };
    const chosen = { ...record.chosen };
    delete chosen[questionId];
    return { ...record, chosen };
  });
}

/** The states of several knowledge checks at once, by id (for the workbook page). */
export function checkStates(checkIds: readonly string[]) {
  return computed(
    checkIds.map((id) => checkStore(id).$state),
    (...states) => Object.fromEntries(checkIds.map((id, index) => [id, states[index]!])),
  );
}
