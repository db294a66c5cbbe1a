/**
 * The coach's data as a file: export it, and import one (merged with what is here, checked completely and against
 * the coach's budget before anything changes). Loaded when the coach clicks export or chooses a file, so the
 * dashboard's first load stays small. The data itself is src/stores/coach.ts.
 */
import { coachFile, mergeCoach, readCoachFile } from '~/lib/coach/coach-file';
import { COACH_BUDGET_CHARS, coachDataChars, emptyCoach } from '~/lib/coach/dashboard';
import { toDay } from '~/lib/dates';
import { $coach, updateCoachRecord } from '~/stores/coach';

export { MAX_COACH_FILE_BYTES } from '~/lib/coach/coach-file';

/** The coach's data as it is stored, for a download, and its file name. */
export function exportCoachData(now = new Date()): { fileName: string; text: string } {
  const record = $coach.get().record ?? emptyCoach(now.toISOString());
  return { fileName: `real-networking-coach-${toDay(now)}.json`, text: coachFile(record, now) };
}

/**
 * Import a coach data file, merging it with what is here. Nothing changes unless the whole file is valid and the
 * result stays within the coach's budget.
 */
export function importCoachData(
  text: string,
  byteSize: number,
): { ok: true; clients: number } | { ok: false; message: string } {
  const read = readCoachFile(text, byteSize);
  if (!read.ok) return read;
  const current = $coach.get();
  if (current.problem?.kind === 'newer') {
    return {
      ok: false,
      message:
        'Your coach data here was saved by a newer version of the course, so this copy will not change it. Nothing was changed.',
    };
  }
  const merged = mergeCoach(current.record ?? emptyCoach(new Date().toISOString()), read.record);
  if (coachDataChars(merged) > COACH_BUDGET_CHARS) {
    return {
      ok: false,
      message: `Together with what is here, this file would take your coach data past ${(COACH_BUDGET_CHARS / 1_000_000).toFixed(0)} million characters, the most this site keeps for a coach. Nothing was changed. Remove clients you no longer need here, or import into an empty browser.`,
    };
  }
  const result = updateCoachRecord((record) => mergeCoach(record, read.record));
  if (!result.saved && result.reason === 'newer') {
    return {
      ok: false,
      message:
        'Your coach data here was saved by a newer version of the course, so this copy will not change it. Nothing was changed.',
    };
  }
  if (!result.saved) {
    return {
      ok: false,
      message:
        "The imported clients are shown, but this browser's storage is full, so they are not saved yet. Export your coach data to keep a copy.",
    };
  }
  return { ok: true, clients: Object.keys(read.record.clients).length };
}
