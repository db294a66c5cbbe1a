/**
 * The ramp plan's events as an iCalendar (.ics) file that Google Calendar, Outlook and Apple Calendar import, written
 * with the `ics` library. Loaded on demand, when the learner asks for the file.
 */
import { createEvents, type EventAttributes } from 'ics';
import { addDaysTo } from '~/lib/dates';
import type { PlanEvent } from '~/lib/ramp/plan';

/**
 * The text of an .ics file holding `events`, as a calendar named after the course (`courseName`, from
 * site.config.ts); throws only if the library rejects an event (a bug, not bad input).
 */
export function calendarFile(events: readonly PlanEvent[], courseName?: string): string {
  const attributes: EventAttributes[] = events.map((event) => {
    // An all-day event ends (exclusively) on the next day; the library's `duration: { days: 1 }` writes "P1DT",
    // which is not valid iCalendar.
    const dateParts = (day: string) => day.split('-').map(Number) as [number, number, number];
    return {
      uid: event.uid,
      start: dateParts(event.date),
      end: dateParts(addDaysTo(event.date, 1)),
      title: event.title,
      description: event.description,
      productId: 'real-networking/ramp-plan',
      calName: courseName ? `${courseName}: 26-week ramp plan` : '26-week ramp plan',
      transp: 'TRANSPARENT',
    };
  });
  const { error, value } = createEvents(attributes);
  if (error || !value) throw new Error(`The calendar could not be written: ${error?.message ?? 'no output'}`);
  return value;
}
