/**
 * Progress on a lesson page, without nanostores: "Mark this lesson complete" is on every lesson, and a lesson must
 * stay under 3 KB of JavaScript. It reads and writes the same record as src/stores/progress.ts
 * (`real-networking:progress`, shape and validation in src/lib/workbook/progress.ts), and notes a change in
 * `real-networking:meta` for the backup reminder as src/stores/workbook-meta.ts does. It does not hold changes in
 * memory when storage fails, or ask the browser to keep the data: the checkbox says it was not saved, and the
 * workbook page does the rest.
 *
 * A progress record that cannot be read, or that a newer version of the site wrote, is never overwritten here: the
 * lesson says so, and the workbook page (which loads the full store) keeps the unreadable text aside.
 */
import { STORAGE_PREFIX } from '~/lib/storage/keys';
import { decodeStored, encodeStored } from '~/lib/storage/stored-record';
import { withChange, type MetaRecord } from '~/lib/workbook/backup-reminder';
import { emptyProgress, progressRecordSpec, type ProgressRecord } from '~/lib/workbook/progress';

const key = `${STORAGE_PREFIX}progress`;
const metaKey = `${STORAGE_PREFIX}meta`;

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

/**
 * Apply a change to the freshest saved progress and save it. Returns whether it was saved. A change that counts
 * (marking a lesson, not noting the lesson read last) is noted for the backup reminder.
 */
export function changeProgress(
  change: (progress: ProgressRecord) => ProgressRecord,
  { countsAsChange = true } = {},
): boolean {
  const current = readProgress();
  if (current === 'unreadable') return false;
  const now = new Date().toISOString();
  try {
    window.localStorage.setItem(key, encodeStored({ ...change(current ?? emptyProgress(now)), updatedAt: now }));
  } catch {
    return false;
  }
  if (countsAsChange) noteChange(now);
  return true;
}

const isTime = (value: unknown) => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isOptionalTime = (value: unknown) => value === undefined || isTime(value);

/** The checks of src/lib/workbook/meta.ts, by hand (a validation library would not fit a lesson page's budget). */
function isMeta(value: unknown): value is MetaRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const meta = value as Record<string, unknown>;
  return (
    meta['v'] === 1 &&
    isTime(meta['updatedAt']) &&
    isOptionalTime(meta['lastChangeAt']) &&
    isOptionalTime(meta['firstChangeAt']) &&
    isOptionalTime(meta['lastExportAt']) &&
    (meta['persistRequested'] === undefined || typeof meta['persistRequested'] === 'boolean')
  );
}

/** Note a change for the backup reminder. A bookkeeping record that cannot be read is left alone, never replaced. */
function noteChange(now: string): void {
  try {
    const raw = window.localStorage.getItem(metaKey);
    const meta: unknown = raw === null ? { v: 1, updatedAt: now } : JSON.parse(raw);
    if (isMeta(meta)) window.localStorage.setItem(metaKey, encodeStored({ ...withChange(meta, now), updatedAt: now }));
  } catch {
    // The reminder is a help, not the learner's answers: the change itself was saved.
  }
}

/** Call `listener` when another tab changes the progress. */
export function onProgressChange(listener: () => void): void {
  window.addEventListener('storage', (event) => {
    if (event.key === key || event.key === null) listener();
  });
}
