/**
 * The learner's progress through the course: which lessons they marked complete and where they were last.
 * Loaded on every lesson page, so it validates by hand rather than pulling in a validation library.
 */
import type { RecordSpec, Validation } from '~/lib/storage/stored-record';

/**
 * Progress, version 1: `{ v: 1, updatedAt, completed: { [lessonSlug]: ISO time marked complete },
 * lastLesson?: { slug, at } }`.
 */
export interface ProgressRecord {
  v: 1;
  updatedAt: string;
  completed: Record<string, string>;
  lastLesson?: { slug: string; at: string } | undefined;
}

const isTime = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Check a version-1 progress record. */
export function validateProgress(value: unknown): Validation<ProgressRecord> {
  const fail = (where: string, message: string): Validation<ProgressRecord> => ({ ok: false, where, message });
  if (!isObject(value)) return fail('the record', 'not an object');
  if (value['v'] !== 1) return fail('v', 'not version 1');
  if (!isTime(value['updatedAt'])) return fail('updatedAt', 'not a time');
  const completed = value['completed'];
  if (!isObject(completed)) return fail('completed', 'not a list of lessons');
  for (const [slug, at] of Object.entries(completed)) if (!isTime(at)) return fail(`completed.${slug}`, 'not a time');
  const last = value['lastLesson'];
  if (last !== undefined && !(isObject(last) && typeof last['slug'] === 'string' && isTime(last['at']))) {
    return fail('lastLesson', 'not a lesson and a time');
  }
  return { ok: true, value: value as unknown as ProgressRecord };
}

export const progressRecordSpec: RecordSpec<ProgressRecord> = {
  name: 'progress',
  version: 1,
  validate: validateProgress,
  migrations: {},
};

/** Progress with nothing done. */
export function emptyProgress(now: string): ProgressRecord {
  return { v: 1, updatedAt: now, completed: {} };
}

/** Progress with a lesson marked complete (or not). */
export function withLessonComplete(
  progress: ProgressRecord,
  slug: string,
  complete: boolean,
  now: string,
): ProgressRecord {
  const completed = { ...progress.completed };
  if (complete) completed[slug] = completed[slug] ?? now;
  else delete completed[slug];
  return { ...progress, updatedAt: now, completed };
}

/** Progress with the lesson the learner is reading recorded as the place to continue from. */
export function withLessonVisited(progress: ProgressRecord, slug: string, now: string): ProgressRecord {
  return { ...progress, updatedAt: now, lastLesson: { slug, at: now } };
}

/** Where to continue: the first lesson not complete after the last one visited, else the first not complete. */
export function continueFrom(progress: ProgressRecord | null, courseSlugs: readonly string[]): string | undefined {
  if (courseSlugs.length === 0) return undefined;
  const done = (slug: string) => Boolean(progress?.completed[slug]);
  const last = progress?.lastLesson?.slug;
  const lastIndex = last ? courseSlugs.indexOf(last) : -1;
  if (lastIndex >= 0 && !done(last!)) return last;
  const after = courseSlugs.slice(lastIndex + 1).find((slug) => !done(slug));
  return after ?? courseSlugs.find((slug) => !done(slug));
}

/** How many of the course's lessons are complete. */
export function lessonsComplete(progress: ProgressRecord | null, courseSlugs: readonly string[]): number {
  return courseSlugs.filter((slug) => progress?.completed[slug]).length;
}
