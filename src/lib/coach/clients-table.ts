/**
 * What the coach's clients table shows for each client, from their latest report and the coach's due dates. Pure.
 *
 * A report says which modules the client marked complete, but not whether a worksheet is complete (it holds the
 * answers the client chose to share). So a worksheet assigned on its own is shown by when it is due, and never as
 * done or overdue: "Worksheet, date passed", not "Overdue".
 */
import type { CoachClient } from '~/lib/coach/dashboard';
import { itemStatus, STATUS_WORDS, type ItemStatus } from '~/lib/coach/due';

/** The course as the table needs it: the modules (its columns) and which module each worksheet belongs to. */
export interface TableCourse {
  lessons: readonly { slug: string; module: number; title: string }[];
  worksheets: readonly { id: string; module: number }[];
}

/** One cell: the status (its colour), its words, and whether they are about the module's worksheet. */
export interface TableCell {
  status: ItemStatus | 'not-assigned';
  words: string;
  worksheet?: true;
}

/** What a worksheet's due date says, without claiming it is done or not. */
const WORKSHEET_WORDS: Record<ItemStatus, string> = {
  done: 'To do',
  overdue: 'Date passed',
  'due-soon': 'Due soon',
  upcoming: 'To do',
  'no-date': 'To do',
};

/** Whether the client's latest report marks this module complete. */
function reportedDone(client: CoachClient, slug: string): boolean {
  return client.reports[0]?.report.modules.find((m) => m.id === slug)?.done ?? false;
}

/**
 * One client's cell for one module: the module's status when it was assigned; else, when one of its worksheets was
 * assigned on its own, when that is due; else "Done" if the client marked it complete anyway, or "–".
 */
export function moduleCell(
  client: CoachClient,
  lesson: { slug: string; module: number },
  course: TableCourse,
  day: string,
): TableCell {
  const items = client.assignment?.items ?? [];
  const module = items.find((i) => i.kind === 'module' && i.id === lesson.slug);
  if (module) {
    const status = itemStatus(module, reportedDone(client, lesson.slug), day);
    return { status, words: STATUS_WORDS[status] };
  }
  const sheet = items.find(
    (i) => i.kind === 'worksheet' && course.worksheets.some((w) => w.id === i.id && w.module === lesson.module),
  );
  if (sheet) {
    const status = itemStatus(sheet, false, day);
    // Not coloured as overdue: whether the worksheet is done is not known here.
    return { status: status === 'overdue' ? 'no-date' : status, words: WORKSHEET_WORDS[status], worksheet: true };
  }
  return reportedDone(client, lesson.slug)
    ? { status: 'done', words: STATUS_WORDS.done }
    : { status: 'not-assigned', words: '–' };
}

/**
 * What is due soon or overdue for a client, by module ("M2", "M2 (overdue)", "M2 worksheet", "M2 worksheet (date
 * passed)"); an item the course no longer has is named by its id.
 */
export function dueOrOverdue(client: CoachClient, course: TableCourse, day: string): string[] {
  return (client.assignment?.items ?? []).flatMap((item) => {
    const done = item.kind === 'module' && reportedDone(client, item.id);
    const status = itemStatus(item, done, day);
    if (status !== 'overdue' && status !== 'due-soon') return [];
    const module =
      item.kind === 'module'
        ? course.lessons.find((l) => l.slug === item.id)?.module
        : course.worksheets.find((w) => w.id === item.id)?.module;
    const name = module === undefined ? item.id : item.kind === 'module' ? `M${module}` : `M${module} worksheet`;
    const late = status !== 'overdue' ? '' : item.kind === 'module' ? ' (overdue)' : ' (date passed)';
    return [`${name}${late}`];
  });
}
