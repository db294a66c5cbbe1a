/**
 * Course progress, under `real-networking:progress` (shape and version in src/lib/workbook/progress.ts): lessons
 * marked complete, and the last lesson read for "continue where you left off". Loaded on every lesson page, so it
 * imports as little as it can (no Preact, no worksheet code).
 */
import {
  emptyProgress,
  progressRecordSpec,
  withLessonComplete,
  withLessonVisited,
  type ProgressRecord,
} from '~/lib/workbook/progress';
import { recordStore, type SaveResult } from '~/stores/record-store';

const progress = recordStore<ProgressRecord>('progress', progressRecordSpec, emptyProgress);

/** The progress record (null before any lesson was read). */
export const $progress = progress.$state;

/** Mark a lesson complete, or not complete. */
export function markLessonComplete(slug: string, complete: boolean): SaveResult {
  return progress.update((record) => withLessonComplete(record, slug, complete, new Date().toISOString()));
}

/** Remember the lesson the learner is reading, for "continue where you left off". */
export function noteLessonVisited(slug: string): SaveResult {
  return progress.update((record) => withLessonVisited(record, slug, new Date().toISOString()), {
    countsAsChange: false,
  });
}
