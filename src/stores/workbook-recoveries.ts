/**
 * The kept-aside copies of saved text that could not be read and that belong to the learner's workbook (a coach's
 * own data has its own page): shown at the top of the workbook page, counted and removed by "Delete all my data".
 */
import { atom } from 'nanostores';
import { isWorkbookName } from '~/lib/workbook/section-names';
import { recoveryCopies, type RecoveryCopy } from '~/stores/storage';

export const $workbookRecoveries = atom<RecoveryCopy[]>([]);

/** Read the copies again from storage (on the page's first render, and after a delete). */
export function refreshWorkbookRecoveries(): void {
  $workbookRecoveries.set(recoveryCopies().filter((copy) => isWorkbookName(copy.name)));
}
