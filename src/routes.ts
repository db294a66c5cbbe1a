/**
 * Route helpers: what each page needs from the content collections, in one place, so pages stay thin.
 * Astro-only (uses astro:content); the ordering rules themselves are pure, in src/lib/course.ts.
 */
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { positionProblem } from '~/lib/checks/balance';
import { scoredCheck } from '~/lib/checks/score';
import { byFirstAuthor } from '~/lib/citation';
import { courseOrder, positionOf } from '~/lib/course';
import { byTerm } from '~/lib/glossary';
import { checkIdsIn, termIdsIn, toolsIn, worksheetIdsIn } from '~/lib/lesson-source';
import { withoutHelp } from '~/lib/workbook/answers';

/** A published lesson entry. */
export type Lesson = CollectionEntry<'lessons'>;

/** A lesson entry with the outline fields `courseOrder` needs. */
export interface OrderedLesson {
  slug: string;
  module: number;
  title: string;
  draft: boolean;
  entry: Lesson;
}

/** All published lessons, in module order. Drafts are left out of production builds only. */
export async function getCourse(): Promise<OrderedLesson[]> {
  const entries = await getCollection('lessons');
  return courseOrder(
    entries.map((entry) => ({
      slug: entry.id,
      module: entry.data.module,
      title: entry.data.title,
      draft: entry.data.draft && import.meta.env.PROD,
      entry,
    })),
  );
}

/** Everything a lesson page needs: the lesson, its place in the course, and its sources. */
export async function getLessonPage(slug: string) {
  const course = await getCourse();
  const position = positionOf(course, slug);
  const lesson = course[position.place - 1]!.entry;
  const references = await getEntries(lesson.data.references.map((id) => ({ collection: 'references', id })));
  return { course, lesson, position, references };
}

/** A lesson as the glossary and reference pages link to it. */
export interface LessonLink {
  slug: string;
  module: number;
  title: string;
}

/** Every bibliography entry in APA order, each with the published lessons that cite it. */
export async function getReferencesPage() {
  const [course, references] = await Promise.all([getCourse(), getCollection('references')]);
  return references
    .map((entry) => ({
      reference: { id: entry.id, ...entry.data },
      citedIn: course
        .filter((lesson) => lesson.entry.data.references.includes(entry.id))
        .map(({ slug, module, title }): LessonLink => ({ slug, module, title })),
    }))
    .sort((a, b) => byFirstAuthor(a.reference, b.reference));
}

/** Every glossary entry in alphabetical order, with the lessons that use it and its sources. */
export async function getGlossaryPage() {
  const [course, glossary, references] = await Promise.all([
    getCourse(),
    getCollection('glossary'),
    getCollection('references'),
  ]);
  const referenceById = new Map(references.map((entry) => [entry.id, entry.data]));
  const termById = new Map(glossary.map((entry) => [entry.id, entry.data.term]));
  return glossary
    .map((entry) => ({
      id: entry.id,
      ...entry.data,
      sources: entry.data.sources.map((id) => ({ id, ...referenceById.get(id)! })),
      related: entry.data.related.map((related) => ({ id: related.id, term: termById.get(related.id)! })),
      usedIn: course
        .filter((lesson) => termIdsIn(lesson.entry.body ?? '').includes(entry.id))
        .map(({ slug, module, title }): LessonLink => ({ slug, module, title })),
    }))
    .sort(byTerm);
}

/**
 * What the workbook pages need: every worksheet and check in course order, with its lesson, and the lessons. Only what
 * their islands use goes to the browser: worksheets without their help and intro, checks as scoring keys.
 */
export async function getWorkbookPage() {
  const [course, worksheets, checks] = await Promise.all([
    getCourse(),
    getCollection('worksheets'),
    getCollection('checks'),
  ]);
  // A build whose checks reward "always pick option N" stops here, saying which position and how to fix it.
  const problem = positionProblem(checks.flatMap((entry) => entry.data.questions));
  if (problem) throw new Error(problem);
  const lessons = course.map(({ slug, module, title }): LessonLink => ({ slug, module, title }));
  const placedIn = (ids: (body: string) => string[], id: string) => {
    const lesson = course.find(({ entry }) => ids(entry.body ?? '').includes(id));
    return lesson ? { slug: lesson.slug, module: lesson.module, title: lesson.title } : undefined;
  };
  const inCourseOrder = <T extends { lesson?: LessonLink | undefined }>(items: T[]) =>
    items.filter((item) => item.lesson).sort((a, b) => a.lesson!.module - b.lesson!.module);
  return {
    lessons,
    worksheets: inCourseOrder(
      worksheets.map((entry) => ({
        id: entry.id,
        definition: withoutHelp(entry.data),
        lesson: placedIn(worksheetIdsIn, entry.id),
      })),
    ),
    checks: inCourseOrder(
      checks.map((entry) => ({ id: entry.id, definition: entry.data, lesson: placedIn(checkIdsIn, entry.id) })),
    ).map(scoredCheck),
  };
}

/** The course outline for the home page: each lesson with the worksheets and tools it holds, by title. */
export async function getOutline() {
  const [course, worksheets] = await Promise.all([getCourse(), getCollection('worksheets')]);
  const titleOf = new Map(worksheets.map((entry) => [entry.id, entry.data.title]));
  return course.map((lesson) => ({
    ...lesson,
    practice: [
      ...toolsIn(lesson.entry.body ?? ''),
      ...worksheetIdsIn(lesson.entry.body ?? '').map((id) => titleOf.get(id) ?? id),
    ],
  }));
}
