/**
 * The ledger's follow-ups that fall due this week: apart from the ledger's record spec, so that the workbook page can
 * list them without loading it.
 */
import { addDaysTo, daysBetween, weekStart } from '~/lib/dates';

/** What a follow-up needs of a ledger entry. */
export interface FollowUp {
  /** When to follow up, YYYY-MM-DD. */
  followUp?: string | undefined;
  /** True once the follow-up is done. */
  followedUp?: boolean | undefined;
}

/** Follow-ups not yet done that fall due by the end of the week containing `today` (overdue ones included). */
export function followUpsDue<T extends FollowUp>(entries: readonly T[], today: string): T[] {
  const weekEnd = addDaysTo(weekStart(today), 6);
  return entries
    .filter((entry) => entry.followUp && !entry.followedUp && daysBetween(entry.followUp, weekEnd) >= 0)
    .sort((a, b) => (a.followUp! < b.followUp! ? -1 : 1));
}
