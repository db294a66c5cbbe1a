/**
 * Shared answers (src/lib/workbook/shared-answers.ts): one stored answer, in its home worksheet's record
 * (`real-networking:worksheet:<id>`), shown by the tools and by later worksheets that ask the same question. No record
 * of its own: this file reads and writes the home worksheets' records, and moves legacy copies home.
 */
import { computed, type ReadableAtom } from 'nanostores';
import type { Answer } from '~/lib/workbook/answers';
import {
  SHARED_ANSWERS,
  moveLegacy,
  sharedValue,
  type LegacyAnswer,
  type LegacyCopies,
  type LegacyCopy,
  type SharedAnswer,
} from '~/lib/workbook/shared-answers';
import { withAnswer } from '~/lib/workbook/records';
import type { RecordState, SaveResult } from '~/stores/record-store';
import type { WorksheetRecord } from '~/lib/workbook/records';
import { worksheetStore } from '~/stores/worksheets';

/** The worksheets a shared answer involves: its home, then its views. */
function worksheetsOf(key: SharedAnswer): string[] {
  const { home, views } = SHARED_ANSWERS[key];
  return [home.worksheet, ...views.map((view) => view.worksheet)];
}

/** A shared answer as stored, with whether its home can be read (a damaged or newer record cannot be changed). */
export interface SharedState {
  value: Answer | undefined;
  /** False while the home worksheet's record is damaged or from a newer version: show the value, change nothing. */
  writable: boolean;
}

const states = new Map<SharedAnswer, ReadableAtom<SharedState>>();

/** The store of one shared answer. */
export function $shared(key: SharedAnswer): ReadableAtom<SharedState> {
  let $state = states.get(key);
  if (!$state) {
    const ids = worksheetsOf(key);
    $state = computed(
      ids.map((id) => worksheetStore(id).$state),
      (...records: RecordState<WorksheetRecord>[]) => ({
        value: sharedValue(key, Object.fromEntries(ids.map((id, i) => [id, records[i]!.record?.answers]))),
        writable: records[0]!.problem === null,
      }),
    );
    states.set(key, $state);
  }
  return $state;
}

/** Save a shared answer at its home, and take any copy a later worksheet still holds (it shows the home's). */
export function saveShared(key: SharedAnswer, value: Answer | undefined): SaveResult {
  const { home, views } = SHARED_ANSWERS[key];
  const now = () => new Date().toISOString();
  const result = worksheetStore(home.worksheet).update((record) => withAnswer(record, home.field, value, now()));
  for (const view of views) {
    const store = worksheetStore(view.worksheet);
    if (store.$state.get().record?.answers[view.field] !== undefined) {
      store.update((record) => withAnswer(record, view.field, undefined, now()), { countsAsChange: false });
    }
  }
  return result;
}

/**
 * Bring a shared answer's legacy copies home (see moveLegacy): move one home when the home is empty, remove copies
 * that agree, and return those that disagree for the learner to choose from. `clear` removes a copy the caller's own
 * record holds (the ramp plan's start, the audit's job contact, the ledger's budget). Does nothing while the home
 * cannot be written. These moves are bookkeeping, not the learner's changes: they do not prompt a backup reminder.
 */
export function settleLegacy(
  key: SharedAnswer,
  legacy: LegacyCopies,
  clear: (copy: LegacyCopy) => void,
): LegacyAnswer[] {
  const ids = worksheetsOf(key);
  const stores = ids.map((id) => worksheetStore(id));
  if (stores.some((store) => store.$state.get().problem !== null)) return [];
  const answers = Object.fromEntries(ids.map((id, i) => [id, stores[i]!.$state.get().record?.answers]));
  const plan = moveLegacy(key, answers, legacy);
  const { home } = SHARED_ANSWERS[key];
  const now = () => new Date().toISOString();
  if (plan.moveHome !== undefined) {
    const moved = worksheetStore(home.worksheet).update(
      (record) => withAnswer(record, home.field, plan.moveHome, now()),
      { countsAsChange: false },
    );
    // A copy is removed only once the home holds its value.
    if (!moved.saved) return plan.choices;
  }
  for (const copy of plan.remove) {
    if (copy.kind === 'worksheet') {
      worksheetStore(copy.ref.worksheet).update((record) => withAnswer(record, copy.ref.field, undefined, now()), {
        countsAsChange: false,
      });
    } else clear(copy);
  }
  return plan.choices;
}

/** The learner chose one of the differing answers: save it at home and remove every legacy copy. */
export function chooseShared(
  key: SharedAnswer,
  value: Answer | undefined,
  copies: readonly LegacyAnswer[],
  clear: (copy: LegacyCopy) => void,
): SaveResult {
  const result = saveShared(key, value === 'new-job-or-role' ? undefined : value);
  if (result.saved) for (const copy of copies) if (copy.copy.kind !== 'worksheet') clear(copy.copy);
  return result;
}
