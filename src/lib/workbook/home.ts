/**
 * What the home page says to the learner who opens it: where to go next, how far they are, and where each module
 * stands. Pure: the home page's small script (src/scripts/home-state.ts) reads the records and draws the result
 * before the page is first painted, so a returning learner never sees the first-visit page for a moment.
 */
import { itemStatus, type ItemStatus } from '~/lib/coach/due';
import { completionOf, type Answer } from '~/lib/workbook/answers';
import { continueFrom, lessonsComplete, type ProgressRecord } from '~/lib/workbook/progress';
import { WEEKS, weekOn } from '~/lib/ramp/weeks';
import { withSharedAnswers } from '~/lib/workbook/shared-answers';
import type { WorksheetDefinition } from '~/schema';

/** The course as the home page needs it: lessons in order, with the worksheets and checks each holds. */
export interface HomeCourse {
  lessons: { slug: string; module: number; title: string; worksheets: string[]; checks: string[] }[];
  /** Each worksheet's fields, enough to tell whether it is complete. */
  worksheets: { id: string; title: string; lesson: string; fields: WorksheetDefinition['fields'] }[];
}

/** One item a coach assigned: a module (by lesson slug) or a worksheet (by id), with an optional due day. */
export interface HomeAssignedItem {
  kind: 'module' | 'worksheet';
  id: string;
  due?: string | undefined;
}

/** What the home page reads from the learner's browser. Records it could not read are left out or marked. */
export interface HomeRecords {
  /** The progress record, null when there is none, or 'unreadable'. */
  progress: ProgressRecord | null | 'unreadable';
  /** Each readable worksheet's answers, by worksheet id. */
  answers: Record<string, Record<string, Answer>>;
  /** How many questions of each knowledge check have an answer, by check id. */
  checksAnswered: Record<string, number>;
  /** The first day of week 1 of the ramp plan, when set. */
  rampStart?: string | undefined;
  /** Accepted assignments: who assigned them and what. */
  assignments: { coach: string; client: string; items: HomeAssignedItem[] }[];
}

/** Where a module stands for this learner. */
export type ModuleState = 'done' | 'in-progress' | 'not-started';

/** An assigned item that is not done, with where it leads. */
export interface NextAssigned {
  coach: string;
  title: string;
  href: { lesson: string; worksheet?: string | undefined } | undefined;
  due?: string | undefined;
  status: ItemStatus;
  /** A worksheet with answers, not yet complete: "In progress" rather than "To do". */
  started?: boolean;
}

/** The main call to action. */
export type NextStep =
  | { kind: 'start'; slug: string; module: number; title: string }
  | { kind: 'continue'; slug: string; module: number; title: string }
  | { kind: 'assigned'; item: NextAssigned }
  | { kind: 'finished' };

/** Everything the home page shows from the learner's own records. */
export interface HomeView {
  /** False for a first visit (nothing saved): the page stays as it was served. */
  returning: boolean;
  /** Whether the learner has done anything yet (read, answered, planned): false for a client who has only accepted. */
  started: boolean;
  next: NextStep;
  /** Undefined when the progress record cannot be read. */
  lessonsDone: number | undefined;
  lessonsTotal: number;
  worksheetsDone: number;
  worksheetsTotal: number;
  /** 0 before the ramp plan starts or when it has no start; 1 to 26 during it; 27 after it. */
  rampWeek: number;
  rampWeeks: number;
  modules: Record<string, ModuleState>;
  assignments: { coach: string; client: string; done: number; total: number; next: NextAssigned | undefined }[];
}

/** Urgent items (overdue, then due soon) by how urgent they are, then by due day. */
const urgency: Record<ItemStatus, number> = { overdue: 0, 'due-soon': 1, upcoming: 2, 'no-date': 3, done: 4 };

function byUrgency(a: NextAssigned, b: NextAssigned): number {
  return urgency[a.status] - urgency[b.status] || (a.due ?? '').localeCompare(b.due ?? '');
}

/** The home page's view of the learner's records on `today` (YYYY-MM-DD, local). */
export function homeView(course: HomeCourse, records: HomeRecords, today: string): HomeView {
  const slugs = course.lessons.map((lesson) => lesson.slug);
  const progress = records.progress === 'unreadable' ? null : records.progress;
  const lessonDone = (slug: string) => Boolean(progress?.completed[slug]);
  // Answers shared between worksheets (src/lib/workbook/shared-answers.ts) count wherever they are asked.
  const answers = withSharedAnswers(records.answers);
  const worksheetDone = (id: string) => {
    const sheet = course.worksheets.find((w) => w.id === id);
    return sheet !== undefined && completionOf(sheet, answers[id] ?? {}).complete;
  };
  const hasAnswers = (id: string) => Object.keys(records.answers[id] ?? {}).length > 0;

  const modules: Record<string, ModuleState> = {};
  for (const lesson of course.lessons) {
    const touched =
      progress?.lastLesson?.slug === lesson.slug ||
      lesson.worksheets.some(hasAnswers) ||
      lesson.checks.some((id) => (records.checksAnswered[id] ?? 0) > 0);
    modules[lesson.slug] = lessonDone(lesson.slug) ? 'done' : touched ? 'in-progress' : 'not-started';
  }

  const assignments = records.assignments.map(({ coach, client, items }) => {
    const open: NextAssigned[] = [];
    let done = 0;
    for (const item of items) {
      const finished = item.kind === 'module' ? lessonDone(item.id) : worksheetDone(item.id);
      if (finished) {
        done++;
        continue;
      }
      const lesson = course.lessons.find((l) => l.slug === item.id);
      const sheet = course.worksheets.find((w) => w.id === item.id);
      open.push({
        coach,
        title: lesson ? `Module ${lesson.module}: ${lesson.title}` : sheet ? `Worksheet: ${sheet.title}` : item.id,
        href: lesson ? { lesson: lesson.slug } : sheet ? { lesson: sheet.lesson, worksheet: sheet.id } : undefined,
        due: item.due,
        status: itemStatus(item, false, today),
        ...(item.kind === 'worksheet' && hasAnswers(item.id) && { started: true }),
      });
    }
    // Next: what is overdue or due soon, most urgent first; otherwise the first open item in the coach's order.
    const urgent = open.filter((item) => item.status === 'overdue' || item.status === 'due-soon').sort(byUrgency);
    return { coach, client, done, total: items.length, next: urgent[0] ?? open[0] };
  });

  const rampWeek = records.rampStart ? weekOn(records.rampStart, today) : 0;
  const worksheetsDone = course.worksheets.filter((sheet) => worksheetDone(sheet.id)).length;
  const started =
    (progress !== null && (Object.keys(progress.completed).length > 0 || progress.lastLesson !== undefined)) ||
    records.progress === 'unreadable' ||
    Object.values(modules).some((state) => state !== 'not-started') ||
    rampWeek > 0;
  const returning = started || assignments.length > 0;

  // What a coach assigned leads when it is overdue or due soon, and for a client who has not started anything yet
  // (there is nowhere to "continue" from).
  const pressing =
    assignments
      .map((assignment) => assignment.next)
      .filter((item): item is NextAssigned => item?.status === 'overdue' || item?.status === 'due-soon')
      .sort(byUrgency)[0] ?? (started ? undefined : assignments.find((assignment) => assignment.next)?.next);
  const continueSlug = continueFrom(progress, slugs);
  const continueLesson = course.lessons.find((lesson) => lesson.slug === continueSlug);
  const first = course.lessons[0];
  const next: NextStep =
    !returning && first
      ? { kind: 'start', slug: first.slug, module: first.module, title: first.title }
      : pressing
        ? { kind: 'assigned', item: pressing }
        : continueLesson
          ? { kind: 'continue', slug: continueLesson.slug, module: continueLesson.module, title: continueLesson.title }
          : { kind: 'finished' };

  return {
    returning,
    started,
    next,
    lessonsDone: records.progress === 'unreadable' ? undefined : lessonsComplete(progress, slugs),
    lessonsTotal: slugs.length,
    worksheetsDone,
    worksheetsTotal: course.worksheets.length,
    rampWeek,
    rampWeeks: WEEKS,
    modules,
    assignments,
  };
}
