/**
 * Shared by the islands that show a learner's assignments (home page, workbook): each accepted assignment's items
 * with their status, from the learner's progress and worksheet answers.
 */
import { itemStatus, type AssignmentsRecord } from '~/lib/coach/progress';
import { today } from '~/lib/dates';
import { lessonPath } from '~/lib/paths';
import type { AssignmentListProps } from '~/ui/coach/AssignmentList';

export interface CourseIndex {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: { id: string; definition: { title: string }; lesson?: { slug: string } | undefined }[];
}

/** The rows to show, given whether each lesson and worksheet is done. */
export function assignmentRows(
  record: AssignmentsRecord | null,
  course: CourseIndex,
  lessonDone: (slug: string) => boolean,
  worksheetDone: (id: string) => boolean,
  worksheetStarted: (id: string) => boolean = () => false,
): AssignmentListProps['assignments'] {
  const day = today();
  return Object.values(record?.accepted ?? {}).map(({ assignment }) => ({
    id: assignment.id,
    coach: assignment.coach,
    client: assignment.client,
    note: assignment.note,
    rows: assignment.items.map((item) => {
      const lesson = item.kind === 'module' ? course.lessons.find((l) => l.slug === item.id) : undefined;
      const sheet = item.kind === 'worksheet' ? course.worksheets.find((s) => s.id === item.id) : undefined;
      const done = item.kind === 'module' ? lessonDone(item.id) : worksheetDone(item.id);
      return {
        key: `${item.kind}-${item.id}`,
        title: lesson
          ? `Module ${lesson.module}: ${lesson.title}`
          : sheet
            ? `Worksheet: ${sheet.definition.title}`
            : item.id,
        href: lesson
          ? lessonPath(lesson.slug)
          : sheet?.lesson
            ? `${lessonPath(sheet.lesson.slug)}#ws-${sheet.id}-title`
            : undefined,
        due: item.due,
        status: itemStatus(item, done, day),
        started: item.kind === 'worksheet' && !done && worksheetStarted(item.id),
      };
    }),
  }));
}
