/**
 * When an assigned item is due, in words and as a status. Kept apart from the rest of the client's side of coach mode
 * (src/lib/coach/progress.ts) so that the home page's small script can use it without the validation library.
 */
import { daysBetween } from '~/lib/dates';

/** Where an assigned item stands. */
export type ItemStatus = 'done' | 'overdue' | 'due-soon' | 'upcoming' | 'no-date';

/** Days before a due date when an item counts as due soon. */
export const DUE_SOON_DAYS = 3;

/** The status of an item: done, else by its due date against today (YYYY-MM-DD, local). */
export function itemStatus(item: { due?: string | undefined }, done: boolean, today: string): ItemStatus {
  if (done) return 'done';
  if (!item.due) return 'no-date';
  const days = daysBetween(today, item.due);
  if (days < 0) return 'overdue';
  return days <= DUE_SOON_DAYS ? 'due-soon' : 'upcoming';
}

/** The words for a status, for tables and lists. */
export const STATUS_WORDS: Record<ItemStatus, string> = {
  done: 'Done',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  upcoming: 'To do',
  'no-date': 'To do',
};

/**
 * A status in words for one item: "Due today" rather than "Due soon" on the day itself, and "In progress" rather than
 * "To do" for a worksheet the learner has started (as the workbook's table of worksheets says it).
 */
export function statusInWords(status: ItemStatus, due: string | undefined, today: string, started = false): string {
  if (status === 'due-soon' && due === today) return 'Due today';
  if (started && (status === 'upcoming' || status === 'no-date')) return 'In progress';
  return STATUS_WORDS[status];
}
