/**
 * Progress on a lesson page, without nanostores: "Mark this lesson complete" is on every lesson, and a lesson must
 * stay under 3 KB of JavaScript. Same key, shape and rules as src/stores/progress.ts (`real-networking:progress`,
 * src/lib/workbook/progress.ts); the difference is only the weight.
 *
 * A progress record that cannot be read, or that a newer version of the site wrote, is never overwritten here: the
 * lesson says so, and the workbook page (which loads the full store) keeps the unreadable text aside.
 */
import { STORAGE_PREFIX } from '~/lib/storage/keys';
import { decodeStored, encodeStored } from '~/lib/storage/stored-record';
import { emptyProgress, progressRecordSpec, type ProgressRecord } from '~/lib/workbook/progress';

const key = `${STORAGE_PREFIX}progress`;

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** The saved progress: a record, null when there is none, or 'unreadable'. */
export function readProgress(): ProgressRecord | null | 'unreadable' {
  const decoded = decodeStored(readRaw(), progressRecordSpec);
  if (decoded.kind === 'ok') return decoded.record;
  return decoded.kind === 'empty' ? null : 'unreadable';
}

/** Apply a change to the freshest saved progress and save it. Returns whether it was saved. */
export function changeProgress(change: (progress: ProgressRecord) => ProgressRecord): boolean {
  const current = readProgress();
  if (current === 'unreadable') return false;
  const now = new Date().toISOString();
  try {
    window.localStorage.setItem(key, encodeStored({ ...change(current ?? emptyProgress(now)), updatedAt: now }));
    return true;
  } catch {
    return false;
  }
}

/** Call `listener` when another tab changes the progress. */
export function onProgressChange(listener: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) listener();
  });
}
