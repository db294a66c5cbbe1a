/**
 * Calendar dates as the learner writes them (YYYY-MM-DD), with date-fns doing the arithmetic in local time, so a
 * week is always seven calendar days, whatever daylight-saving change falls inside it.
 */
import { addDays, differenceInCalendarDays, startOfISOWeek } from 'date-fns';
import { fromDay } from '~/lib/date-words';

// Dates in words live in their own small module, so a lesson page can show one without loading date-fns.
export { dateInWords, dateTimeInWords, dayInWords, dayShort, fromDay, monthInWords } from '~/lib/date-words';

/** A Date as YYYY-MM-DD in local time. */
export function toDay(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Today in local time, YYYY-MM-DD. */
export function today(now: Date = new Date()): string {
  return toDay(now);
}

/** The day `days` calendar days after `day`. */
export function addDaysTo(day: string, days: number): string {
  return toDay(addDays(fromDay(day), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(fromDay(to), fromDay(from));
}

/** The Monday of the ISO week a day falls in, YYYY-MM-DD. */
export function weekStart(day: string): string {
  return toDay(startOfISOWeek(fromDay(day)));
}

/** The month a day falls in, YYYY-MM. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Whether text is a real calendar date in YYYY-MM-DD form (2026-02-30 is not: Date.parse would roll it over). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** How far ahead of this device's clock another device's clock may be before a time counts as in the future: a day. */
export const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/** Whether an ISO time is more than a day ahead of `now` (a wrong clock, or a date made up to stay on top). */
export function isInTheFuture(iso: string, now: number): boolean {
  return Date.parse(iso) > now + CLOCK_SKEW_MS;
}
