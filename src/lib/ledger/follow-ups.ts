/**
 * The ledger's follow-ups that fall due this week: apart from the ledger's record spec, so that the workbook page can
 * list them without loading it.
 */
import { addDaysTo, daysBetween, weekStart } from '~/lib/dates';
import { dayInWords } from '~/lib/date-words';
import type { Choice } from '~/lib/choices';

/** The kinds of help an exchange can be (the ledger's record spec takes them from here). */
export const KINDS = [
  { value: 'information', label: 'Information' },
  { value: 'introduction', label: 'An introduction' },
  { value: 'advice', label: 'Advice or feedback' },
  { value: 'resource', label: 'A resource' },
  { value: 'credit', label: 'Credit or recognition' },
  { value: 'support', label: 'Support' },
  { value: 'opportunity', label: 'An opportunity or referral' },
] as const satisfies readonly Choice[];

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

/** How much of a note a follow-up line shows: a note holds up to 2,000 characters. */
export const FOLLOW_UP_NOTE_LENGTH = 80;

/** Text cut at a word before `length` characters, with "…" when anything was cut. */
function shortened(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A follow-up in words, the same on the ledger and the workbook page: "Ama: Send the report (overdue, by Monday
 * 2 March)". It names the note (its start, when long), or else the kind of help.
 */
export function followUpInWords(
  entry: FollowUp & { contact: string; note?: string | undefined; kind?: string | undefined },
  today: string,
): string {
  const note = entry.note?.trim() ? shortened(entry.note, FOLLOW_UP_NOTE_LENGTH) : undefined;
  const kind = KINDS.find((k) => k.value === entry.kind)?.label;
  const what = note ?? kind ?? 'follow up';
  const overdue = entry.followUp! < today ? 'overdue, ' : '';
  return `${entry.contact}: ${what} (${overdue}by ${dayInWords(entry.followUp!)})`;
}
