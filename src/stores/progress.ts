/**
 * Course progress, under `real-networking:progress` (shape and version in src/lib/workbook/progress.ts): lessons
 * marked complete, and the last lesson read for "continue where you left off", for the course and workbook pages.
 * Lesson pages change it with the lighter src/stores/lesson-progress.ts, which writes the same record.
 */
import { emptyProgress, progressRecordSpec, type ProgressRecord } from '~/lib/workbook/progress';
import { recordStore } from '~/stores/record-store';

const progress = recordStore<ProgressRecord>('progress', progressRecordSpec, emptyProgress);

/** The progress record (null before any lesson was read). */
export const $progress = progress.$state;
