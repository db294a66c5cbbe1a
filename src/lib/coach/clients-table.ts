/**
 * What the coach's clients table shows for each client, from their latest report and the coach's due dates. Pure.
 *
 * A report lists each assigned item, module or worksheet, with whether the client has done it (a worksheet is done
 * when complete), so a module's column shows the module and, below it, any of its worksheets assigned: "Done", "To
 * do", "Due soon" or "Overdue".
 */
import type { CoachClient } from '~/lib/coach/dashboard';
import { itemStatus, STATUS_WORDS, type ItemStatus } from '~/lib/coach/due';

/** The course as the table needs it: the modules (its columns) and which module each worksheet belongs to. */
export interface TableCourse {
  lessons: readonly { slug: string; module: number; title: string }[];
  worksheets: readonly { id: string; module: number }[];
}

/** One assigned item in a cell: the module itself or one of its worksheets, with its status in words. */
export interface CellItem {
  kind: 'module' | 'worksheet';
  status: ItemStatus;
  words: string;
}

/** Whether the client's latest report says this item (a module's slug or a worksheet's id) is done. */
function reportedDone(client: CoachClient, id: string): boolean {
  return client.reports[0]?.report.modules.find((m) => m.id === id)?.done ?? false;
}

/**
 * One client's cell for one module: the module when it was assigned, then its worksheets that were assigned, each
 * with its status. Empty when nothing of the module was assigned (the table shows "Done" if the client marked it
 * complete anyway, or "–").
 */
export function moduleCell(
  client: CoachClient,
  lesson: { slug: string; module: number },
  course: TableCourse,
  day: string,
): CellItem[] {
  const inModule = (item: { kind: string; id: string }) =>
    item.kind === 'module'
      ? item.id === lesson.slug
      : course.worksheets.some((w) => w.id === item.id && w.module === lesson.module);
  return (client.assignment?.items ?? [])
    .filter(inModule)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'module' ? -1 : 1))
    .map((item) => {
      const status = itemStatus(item, reportedDone(client, item.id), day);
      return { kind: item.kind, status, words: STATUS_WORDS[status] };
    });
}

/** Whether the client marked a module complete in their latest report, assigned or not. */
export function moduleDone(client: CoachClient, slug: string): boolean {
  return reportedDone(client, slug);
}

/**
 * What is due soon or overdue for a client, by module ("M2", "M2 (overdue)", "M2 worksheet"); an item the course no
 * longer has is named by its id.
 */
export function dueOrOverdue(client: CoachClient, course: TableCourse, day: string): string[] {
  return (client.assignment?.items ?? []).flatMap((item) => {
    const status = itemStatus(item, reportedDone(client, item.id), day);
    if (status !== 'overdue' && status !== 'due-soon') return [];
    const module =
      item.kind === 'module'
        ? course.lessons.find((l) => l.slug === item.id)?.module
        : course.worksheets.find((w) => w.id === item.id)?.module;
    const name = module === undefined ? item.id : item.kind === 'module' ? `M${module}` : `M${module} worksheet`;
    return [`${name}${status === 'overdue' ? ' (overdue)' : ''}`];
  });
}
