/**
 * The course's order: which module comes first, what comes before and after a lesson, where a lesson sits.
 * Pure functions over plain lesson outlines so they are tested in node without Astro.
 */

/** What the course outline needs to know about a lesson. */
export interface LessonOutline {
  /** The lesson's address segment, from its file name. */
  slug: string;
  /** The module number from frontmatter. */
  module: number;
  title: string;
  draft?: boolean;
}

/** Thrown when two lessons claim the same module number: the order would be ambiguous. */
export class CourseOrderError extends Error {
  override name = 'CourseOrderError';
}

/** The published lessons in module order. Drafts are left out; a repeated module number is an error. */
export function courseOrder<T extends LessonOutline>(lessons: readonly T[]): T[] {
  const published = lessons.filter((lesson) => !lesson.draft);
  const seen = new Map<number, string>();
  for (const lesson of published) {
    const other = seen.get(lesson.module);
    if (other !== undefined) {
      throw new CourseOrderError(
        `Lessons "${other}" and "${lesson.slug}" both say they are module ${lesson.module}; give each its own number.`,
      );
    }
    seen.set(lesson.module, lesson.slug);
  }
  return [...published].sort((a, b) => a.module - b.module);
}

/** Where a lesson sits in the course, and its neighbours. */
export interface CoursePosition<T> {
  /** 1-based place in the published course (module numbers may skip; this does not). */
  place: number;
  /** How many published lessons there are. */
  total: number;
  previous: T | undefined;
  next: T | undefined;
}

/** The place of `slug` in an ordered course, with the lessons before and after it. */
export function positionOf<T extends LessonOutline>(ordered: readonly T[], slug: string): CoursePosition<T> {
  const index = ordered.findIndex((lesson) => lesson.slug === slug);
  if (index === -1) throw new CourseOrderError(`No published lesson "${slug}" in the course.`);
  return {
    place: index + 1,
    total: ordered.length,
    previous: ordered[index - 1],
    next: ordered[index + 1],
  };
}

/** Total minutes of a list of lessons. */
export function totalMinutes(lessons: readonly { minutes: number }[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.minutes, 0);
}
