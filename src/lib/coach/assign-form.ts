/**
 * The coach's assignment form, checked as a whole: every problem at once, each tied to the box it is about, so that a
 * coach fixes them in one pass (GOV.UK's error summary). And, never blocking, what in the chosen order would read
 * oddly to the client: a due date earlier than one above it, a worksheet before its module.
 */
import { cleanName } from '~/lib/coach/clean';
import type { CourseItem } from '~/lib/coach/course-items';
import { dayInWords } from '~/lib/dates';

/** A problem with one box of the form: the box's id, and what to do. */
export interface FormProblem {
  field: string;
  message: string;
}

/** The id of the list of modules and worksheets (its first box is the one to go to), for a problem about the choice. */
export const ITEMS_FIELD = 'assign-items';

export function assignFormProblems(form: {
  coach: string;
  client: string;
  chosen: number;
  /** Due-date boxes whose entry is not a usable date (half typed, or passed): box id, its item, what is wrong. */
  unfinishedDates: { field: string; item: string; problem: string }[];
}): FormProblem[] {
  return [
    ...(cleanName(form.coach)
      ? []
      : [
          {
            field: 'coach-name',
            message: 'Give your name, as your client will see it (with at least one letter or digit).',
          },
        ]),
    ...(cleanName(form.client)
      ? []
      : [
          {
            field: 'coach-client',
            message: "Give your client's name or an alias (with at least one letter or digit).",
          },
        ]),
    ...(form.chosen > 0 ? [] : [{ field: ITEMS_FIELD, message: 'Choose at least one module or worksheet.' }]),
    ...form.unfinishedDates.map(({ field, item, problem }) => ({
      field,
      message: `Due date for ${item}: ${problem}`,
    })),
  ];
}

/** "Module 2", or "Worksheet: Map your lines of power": short enough to name in a sentence. */
export function shortTitle(item: Pick<CourseItem, 'kind' | 'title' | 'module'>): string {
  return item.kind === 'module' ? `Module ${item.module}` : item.title.replace(/ \(module \d+\)$/, '');
}

/**
 * What in the chosen order a client would find odd, in the order of the list: an item due before one above it (the
 * client reads the list top to bottom), and a worksheet placed before its own module's lesson.
 */
export function orderNotes(chosen: readonly (CourseItem & { due: string })[]): string[] {
  const notes: string[] = [];
  chosen.forEach((item, index) => {
    const lesson =
      item.kind === 'worksheet'
        ? chosen.slice(index + 1).find((below) => below.kind === 'module' && below.module === item.module)
        : undefined;
    if (lesson) notes.push(`${shortTitle(item)} comes before ${shortTitle(lesson)}, the lesson it practises.`);
    if (!item.due) return;
    // The nearest item above it that is due later.
    const later = chosen
      .slice(0, index)
      .filter((above) => above.due > item.due)
      .at(-1);
    if (later) {
      notes.push(
        `${shortTitle(item)} is due on ${dayInWords(item.due)}, before ${shortTitle(later)} above it (due on ${dayInWords(later.due)}).`,
      );
    }
  });
  return notes;
}
