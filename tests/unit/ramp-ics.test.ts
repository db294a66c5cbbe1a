/**
 * The ramp plan's calendar file (src/lib/ramp/ics.ts), written with the `ics` library and read back with an
 * independent parser, ical.js, as a calendar application would: the events, their text (with the commas,
 * semicolons and newlines that iCalendar escapes), all-day dates that do not move between time zones, and the
 * RFC 5545 rules for line length and line ends.
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { calendarFile } from '~/lib/ramp/ics';
import { planEvents, type PlanEvent } from '~/lib/ramp/plan';
import { inZone, plusDays, useTimeZone } from './time-zones';

/** A site address with a semicolon and commas, which iCalendar text must escape, long enough to be folded. */
const SITE = 'https://coach.example.org/course/workbook/ramp-plan/?from=calendar;lang=en,fr,de&utm=none';
const START = '2026-03-02';

interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  start: ICAL.Time;
  end: ICAL.Time;
}

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events: ParsedEvent[] = calendar.getAllSubcomponents('vevent').map((vevent) => ({
    uid: String(vevent.getFirstPropertyValue('uid')),
    summary: String(vevent.getFirstPropertyValue('summary')),
    description: String(vevent.getFirstPropertyValue('description')),
    start: vevent.getFirstPropertyValue('dtstart') as ICAL.Time,
    end: vevent.getFirstPropertyValue('dtend') as ICAL.Time,
  }));
  return { calendar, events };
}

/** The file's lines as written, without the CRLF that ends each one. */
const linesOf = (text: string) => text.split('\r\n').slice(0, -1);
const octets = (line: string) => Buffer.byteLength(line, 'utf8');

describe('the calendar file read back by another parser (a plan starting Monday 2 March 2026)', () => {
  const events = planEvents(START, SITE);
  const text = calendarFile(events);
  const { calendar, events: parsed } = parse(text);

  it('is a VCALENDAR of version 2.0 that names the program that wrote it', () => {
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(String(calendar.getFirstPropertyValue('prodid') ?? '')).not.toBe('');
  });

  it('holds exactly 29 events: 26 check-ins and 3 re-audits', () => {
    expect(parsed).toHaveLength(29);
    expect(text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(29);
    expect(text.match(/^END:VEVENT\r$/gm)).toHaveLength(29);
  });

  it.each(events.map((event, i) => [event.title, i] as const))('"%s" keeps its id, title and description', (_, i) => {
    const event = events[i]!;
    const read = parsed[i]!;
    expect({ uid: read.uid, summary: read.summary, description: read.description }).toEqual({
      uid: event.uid,
      summary: event.title,
      description: event.description,
    });
  });

  it('descriptions come back with their commas, semicolons, quotes, ellipses, blank line and address intact', () => {
    // Week 1's focus, then the standing instructions, then the address: written out by hand, not taken from the code.
    expect(parsed[0]!.description).toBe(
      'Meet your manager and your closest team: ask what good work looks like here.\n\n' +
        'Review last week\'s commitment, note what you gave and learned, and write next week\'s "if ..., then I will ...".\n' +
        SITE,
    );
  });

  it('commas, semicolons and newlines in text are escaped in the file itself', () => {
    expect(text).toContain('\\,');
    expect(text).toContain('\\;');
    expect(text).toContain('\\n\\n');
    // No unescaped semicolon or comma inside a DESCRIPTION once its folded lines are joined.
    const descriptions = text
      .replace(/\r\n[ \t]/g, '')
      .split('\r\n')
      .filter((line) => line.startsWith('DESCRIPTION:'));
    expect(descriptions).toHaveLength(29);
    for (const line of descriptions) expect(line.slice('DESCRIPTION:'.length)).not.toMatch(/(?<!\\)[;,]/);
  });

  it.each(events.map((event, i) => [event.title, event.date, i] as const))(
    '"%s" is an all-day event on %s, ending the next day',
    (_, date, i) => {
      const read = parsed[i]!;
      expect(read.start.isDate).toBe(true);
      expect(read.end.isDate).toBe(true);
      expect(read.start.toString()).toBe(date);
      expect(read.end.toString()).toBe(plusDays(date, 1));
    },
  );

  it('all-day dates are written as DATE values, with no time and no zone', () => {
    const starts = linesOf(text).filter((line) => line.startsWith('DTSTART'));
    expect(starts).toHaveLength(29);
    expect(starts[0]).toBe('DTSTART;VALUE=DATE:20260308');
    expect(starts.every((line) => /^DTSTART;VALUE=DATE:\d{8}$/.test(line))).toBe(true);
    expect(
      linesOf(text)
        .filter((line) => line.startsWith('DTEND'))
        .every((line) => /^DTEND;VALUE=DATE:\d{8}$/.test(line)),
    ).toBe(true);
  });

  it('an event on the last day of a month ends on the first of the next (week 13 ends on 31 May)', () => {
    const week13 = parsed.filter((e) => e.summary.startsWith('Ramp plan: week 13 '));
    expect(week13).toHaveLength(2); // the check-in and the re-audit
    for (const event of week13) {
      expect(event.start.toString()).toBe('2026-05-31');
      expect(event.end.toString()).toBe('2026-06-01');
    }
  });

  it('an event on a daylight-saving change ends on the next day (week 1 ends on 8 March, New York’s change)', () => {
    expect(parsed[0]!.start.toString()).toBe('2026-03-08');
    expect(parsed[0]!.end.toString()).toBe('2026-03-09');
  });

  it('an event on the last day of the year ends on 1 January', () => {
    // A plan starting Friday 25 December 2026: week 1 runs to Thursday 31 December.
    const [first] = parse(calendarFile(planEvents('2026-12-25', SITE))).events;
    expect(first!.start.toString()).toBe('2026-12-31');
    expect(first!.end.toString()).toBe('2027-01-01');
  });

  it('every line ends with CRLF, including the last', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('long lines are folded: each continuation starts with a space or tab, and unfolding gives the escaped text', () => {
    const lines = linesOf(text);
    expect(lines.filter((line) => /^[ \t]/.test(line)).length).toBeGreaterThan(29); // every description is folded
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    // RFC 5545 §3.3.11: in TEXT, a backslash, semicolon and comma are escaped with a backslash, a newline as \n.
    const escape = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n');
    const unfolded = linesOf(text.replace(/\r\n[ \t]/g, '')).filter((line) => line.startsWith('DESCRIPTION:'));
    expect(unfolded).toEqual(events.map((event) => `DESCRIPTION:${escape(event.description)}`));
  });

  it('lines of plain ASCII text are at most 75 octets long', () => {
    const ascii = linesOf(text).filter((line) => /^[\x20-\x7e\t]*$/.test(line));
    expect(ascii.length).toBeGreaterThan(200);
    for (const line of ascii) expect(octets(line), line).toBeLessThanOrEqual(75);
  });

  /*
   * BUG: RFC 5545 §3.1 says lines SHOULD NOT be longer than 75 octets, excluding the line break. The `ics` library
   * (3.12, utils/fold-line.js) folds every 75 characters (runes), not 75 octets, so a line holding the two
   * ellipses "…" of the check-in description ("if …, then I will …", 3 octets each in UTF-8) is 79 octets long.
   * 26 lines of this file (one in every check-in) are over the limit. Strict readers may reject or mangle them.
   * The fix belongs in calendarFile (fold the text itself by octets, or avoid non-ASCII in descriptions).
   */
  it('no line is longer than 75 octets (RFC 5545 folding), ellipses included', () => {
    const tooLong = linesOf(text).filter((line) => octets(line) > 75);
    expect(tooLong).toEqual([]);
  });
});

describe.each(['Pacific/Auckland', 'America/New_York'])('a file made in %s', (zone) => {
  useTimeZone(zone);

  // 2 March 2026: check-ins on Sundays, crossing the March and April changes. 31 August 2026: Sundays again,
  // crossing the September, October and November changes.
  it.each(['2026-03-02', '2026-08-31'])(
    'a plan starting %s: every event stays on the last day of its week',
    (start) => {
      const events: PlanEvent[] = planEvents(start, SITE);
      const { events: parsed } = parse(calendarFile(events));
      expect(parsed).toHaveLength(29);
      parsed.forEach((read, i) => {
        const week = Number(/week (\d+)/.exec(events[i]!.title)![1]);
        expect([read.summary, read.start.toString(), read.end.toString()]).toEqual([
          events[i]!.title,
          plusDays(start, 7 * week - 1),
          plusDays(start, 7 * week),
        ]);
        expect(read.start.isDate).toBe(true);
      });
    },
  );

  it('is the same file as one made in UTC, apart from the time stamp of when it was made', () => {
    const withoutStamp = (text: string) => text.replace(/^DTSTAMP:.*\r\n/gm, '');
    const here = withoutStamp(calendarFile(planEvents('2026-08-31', SITE)));
    const inUtc = inZone('UTC', () => withoutStamp(calendarFile(planEvents('2026-08-31', SITE))));
    expect(here).toBe(inUtc);
  });
});
