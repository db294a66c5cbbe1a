/**
 * Dates as the site writes them for a person, and reading a YYYY-MM-DD day. Kept apart from src/lib/dates.ts (which
 * re-exports all of it) so that a lesson page can write a date without loading date-fns.
 */

/**
 * A YYYY-MM-DD date as a local Date at the start of that day. (Written out rather than with date-fns's parseISO and
 * format, which would bring their locale machinery into every page that shows a date.)
 */
export function fromDay(day: string): Date {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const local = new Date(year, month - 1, date);
  local.setFullYear(year); // years 0–99 would otherwise be read as 1900–1999
  return local;
}

/**
 * How the site writes a date for a person, everywhere: "Mon 30 Nov 2026". One fixed English form (the course's
 * language), with the month in words so that no reader mistakes 3/4 for 4/3, and never the stored YYYY-MM-DD.
 * Written out rather than with toLocaleDateString, whose punctuation differs between browsers and Node versions.
 */
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const inWords = (date: Date) =>
  `${WEEKDAYS[date.getDay()]} ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;

/** A YYYY-MM-DD day in words: "Mon 30 Nov 2026". */
export function dayInWords(day: string): string {
  return inWords(fromDay(day));
}

/** A YYYY-MM-DD day in few words, where space is short (a chart's axis): "30 Nov". */
export function dayShort(day: string): string {
  const date = fromDay(day);
  return `${date.getDate()} ${MONTHS[date.getMonth()]}`;
}

/** A YYYY-MM month in words: "Nov 2026". */
export function monthInWords(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return `${MONTHS[(number ?? 1) - 1] ?? month} ${year}`;
}

/** The local day of a moment (an ISO time such as "2026-11-30T09:15:00Z", or a Date) in words: "Mon 30 Nov 2026". */
export function dateInWords(time: string | Date): string {
  return inWords(new Date(time));
}

/** A moment in words with its local time of day, on the 24-hour clock: "Mon 30 Nov 2026, 09:15". */
export function dateTimeInWords(time: string | Date): string {
  const moment = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${inWords(moment)}, ${pad(moment.getHours())}:${pad(moment.getMinutes())}`;
}
