/**
 * Calendar dates as the learner writes them (src/lib/dates.ts). The ledger's weeks, the ramp plan's weeks and the
 * calendar file all rest on these, so they are checked in several time zones, across every 2026 daylight-saving
 * change, against a calendar worked out in UTC (tests/unit/time-zones.ts), where a day is always 24 hours.
 */
import { describe, expect, it } from 'vitest';
import {
  addDaysTo,
  dateInWords,
  dateTimeInWords,
  dayInWords,
  daysBetween,
  fromDay,
  isCalendarDate,
  monthInWords,
  monthOf,
  toDay,
  weekStart,
} from '~/lib/dates';
import { ZONES, daysFrom, inZone, plusDays, useTimeZone, utcDaysBetween, weekdayOf } from './time-zones';

/** Every day of 2026 and the first days of 2027: each daylight-saving change of 2026 falls inside. */
const YEAR = daysFrom('2026-01-01', '2027-01-10');

describe('running the tests in other time zones', () => {
  it('Node follows a change of process.env.TZ for new dates (New York is 5 hours behind UTC in January, Tokyo 9 ahead)', () => {
    // getTimezoneOffset is UTC minus local time, in minutes: +300 in New York (UTC−5), −540 in Tokyo (UTC+9).
    expect(inZone('America/New_York', () => new Date(2026, 0, 1).getTimezoneOffset())).toBe(300);
    expect(inZone('Asia/Tokyo', () => new Date(2026, 0, 1).getTimezoneOffset())).toBe(-540);
  });

  it('the zone is restored after running in another one', () => {
    const before = process.env.TZ;
    inZone('Pacific/Auckland', () => undefined);
    expect(process.env.TZ).toBe(before);
  });

  it.each(ZONES.filter((z) => z.changes.length > 0).flatMap((z) => z.changes.map((day) => ({ zone: z.zone, day }))))(
    'in $zone the clocks really change between the day before $day and $day (so the tests below cross a change)',
    ({ zone, day }) => {
      const offsets = inZone(zone, () => {
        const [y, m, d] = day.split('-').map(Number) as [number, number, number];
        return [new Date(y, m - 1, d - 1, 12).getTimezoneOffset(), new Date(y, m - 1, d, 12).getTimezoneOffset()];
      });
      expect(offsets[0]).not.toBe(offsets[1]);
    },
  );

  it.each(['Asia/Kolkata', 'UTC'])('%s has no daylight saving in 2026', (zone) => {
    const offsets = inZone(zone, () => new Set(YEAR.map((day) => fromDay(day).getTimezoneOffset())));
    expect(offsets.size).toBe(1);
  });
});

describe.each(ZONES)('in $zone', ({ zone, changes }) => {
  useTimeZone(zone);

  it('the zone is in force inside these tests', () => {
    expect(process.env.TZ).toBe(zone);
  });

  describe('fromDay and toDay', () => {
    const days: [string, number, number, number][] = [
      ['2026-01-01', 2026, 0, 1],
      ['2026-02-28', 2026, 1, 28],
      ['2028-02-29', 2028, 1, 29],
      ['2026-12-31', 2026, 11, 31],
      // The change days: year, month (counted from 0 by Date) and day read off the text.
      ...changes.map((day): [string, number, number, number] => [
        day,
        2026,
        Number(day.slice(5, 7)) - 1,
        Number(day.slice(8, 10)),
      ]),
    ];
    it.each(days)('%s is read as that day on the local calendar', (day, year, monthIndex, date) => {
      const read = fromDay(day);
      expect([read.getFullYear(), read.getMonth(), read.getDate()]).toEqual([year, monthIndex, date]);
    });

    it('a day is read as its local midnight when midnight exists that day', () => {
      // In Santiago the clocks go from 23:59:59 on 5 September straight to 01:00 on 6 September 2026.
      const noMidnight = zone === 'America/Santiago' ? ['2026-09-06'] : [];
      for (const day of YEAR.filter((d) => !noMidnight.includes(d))) {
        const read = fromDay(day);
        expect([day, read.getHours(), read.getMinutes()]).toEqual([day, 0, 0]);
      }
    });

    it('every day of the year survives the round trip, daylight-saving days included', () => {
      for (const day of YEAR) expect(toDay(fromDay(day))).toBe(day);
    });

    it('toDay writes the local date, not the UTC one', () => {
      // 00:30 and 23:30 local time: in Auckland or Kolkata the first is still the previous day in UTC, in New York
      // the second is already the next day in UTC; the learner's calendar shows 15 March either way.
      expect(toDay(new Date(2026, 2, 15, 0, 30))).toBe('2026-03-15');
      expect(toDay(new Date(2026, 2, 15, 23, 30))).toBe('2026-03-15');
    });
  });

  describe('addDaysTo', () => {
    it.each([
      ['2026-01-31', 1, '2026-02-01'],
      ['2026-02-28', 1, '2026-03-01'], // 2026 is not a leap year
      ['2028-02-28', 1, '2028-02-29'], // 2028 is
      ['2028-02-29', 1, '2028-03-01'],
      ['2026-03-01', -1, '2026-02-28'],
      ['2024-03-01', -1, '2024-02-29'],
      ['2026-04-30', 1, '2026-05-01'],
      ['2026-12-31', 1, '2027-01-01'],
      ['2027-01-01', -1, '2026-12-31'],
      ['2026-12-28', 7, '2027-01-04'],
      ['2026-01-01', 365, '2027-01-01'], // 365 days in 2026
      ['2028-01-01', 366, '2029-01-01'], // 366 in 2028
      ['2026-03-02', 181, '2026-08-30'], // 29 (rest of March) + 30 + 31 + 30 + 31 + 30 (to 30 August) = 181
      ['2026-06-15', 0, '2026-06-15'],
    ])('%s plus %i days is %s', (day, days, expected) => {
      expect(addDaysTo(day, days)).toBe(expected);
    });

    it.each(changes)(
      'steps of one day and one week cross the change on %s without skipping or repeating a day',
      (change) => {
        expect(addDaysTo(plusDays(change, -1), 1)).toBe(change);
        expect(addDaysTo(change, 1)).toBe(plusDays(change, 1));
        expect(addDaysTo(change, -1)).toBe(plusDays(change, -1));
        expect(addDaysTo(plusDays(change, -3), 7)).toBe(plusDays(change, 4));
        expect(addDaysTo(plusDays(change, 4), -7)).toBe(plusDays(change, -3));
      },
    );

    it('agrees with the UTC calendar for every offset from 1 January 2026 to 10 January 2027', () => {
      YEAR.forEach((day, n) => expect(addDaysTo('2026-01-01', n)).toBe(day));
    });

    it('stepping one day at a time through the year visits every day once', () => {
      let day = '2026-01-01';
      const visited = [day];
      while (visited.length < YEAR.length) visited.push((day = addDaysTo(day, 1)));
      expect(visited).toEqual(YEAR);
    });
  });

  describe('daysBetween', () => {
    it.each([
      ['2026-03-15', '2026-03-15', 0],
      ['2026-03-15', '2026-03-16', 1],
      ['2026-03-16', '2026-03-15', -1],
      ['2026-03-07', '2026-03-09', 2], // 47 hours in New York (clocks forward on the 8th), still 2 days
      ['2026-10-31', '2026-11-02', 2], // 49 hours in New York (clocks back on 1 November)
      ['2026-12-31', '2027-01-01', 1],
      ['2026-01-01', '2027-01-01', 365],
      ['2028-01-01', '2029-01-01', 366],
      ['2026-02-28', '2026-03-01', 1],
      ['2028-02-28', '2028-03-01', 2],
      ['2026-08-30', '2026-03-02', -181],
    ])('from %s to %s is %i days', (from, to, expected) => {
      expect(daysBetween(from, to)).toBe(expected);
    });

    it.each(changes)('a day on either side of the change on %s is one day, and the week around it seven', (change) => {
      expect(daysBetween(plusDays(change, -1), change)).toBe(1);
      expect(daysBetween(change, plusDays(change, 1))).toBe(1);
      expect(daysBetween(plusDays(change, -3), plusDays(change, 4))).toBe(7);
    });

    it('agrees with the UTC calendar for every day of the year', () => {
      YEAR.forEach((day, n) => {
        expect(daysBetween('2026-01-01', day)).toBe(n);
        expect(daysBetween(day, '2026-01-01')).toBe(n === 0 ? 0 : -n);
      });
    });
  });

  describe('weekStart (ISO weeks start on Monday)', () => {
    // 2026-01-01 is a Thursday, so 2026-03-01 (59 days on) is a Sunday and every date below is worked from that.
    it.each([
      ['2026-03-02', '2026-03-02'], // a Monday is its own week's start
      ['2026-03-04', '2026-03-02'], // Wednesday
      ['2026-03-08', '2026-03-02'], // Sunday belongs to the week that began the Monday before (New York changes here)
      ['2026-03-09', '2026-03-09'],
      ['2026-03-29', '2026-03-23'], // Sunday; London changes
      ['2026-04-05', '2026-03-30'], // Sunday; Sydney, Auckland and Santiago change
      ['2026-09-06', '2026-08-31'], // Sunday; Santiago changes at midnight
      ['2026-10-04', '2026-09-28'], // Sunday; Sydney changes
      ['2026-10-25', '2026-10-19'], // Sunday; London changes
      ['2026-11-01', '2026-10-26'], // Sunday; New York changes
      ['2026-01-01', '2025-12-29'], // Thursday: its week starts in the previous year
      ['2027-01-03', '2026-12-28'], // Sunday: its week started in the previous year
    ])('the week of %s starts on %s', (day, monday) => {
      expect(weekStart(day)).toBe(monday);
    });

    it('every day of the year falls in a week that starts on the Monday 0 to 6 days before it', () => {
      for (const day of YEAR) {
        const monday = weekStart(day);
        expect(weekdayOf(monday), `${day} → ${monday}`).toBe(1);
        expect(utcDaysBetween(monday, day)).toBeGreaterThanOrEqual(0);
        expect(utcDaysBetween(monday, day)).toBeLessThanOrEqual(6);
      }
    });
  });
});

describe('monthOf', () => {
  it.each([
    ['2026-03-01', '2026-03'],
    ['2026-03-31', '2026-03'],
    ['2026-12-31', '2026-12'],
    ['2027-01-01', '2027-01'],
  ])('%s is in %s', (day, month) => {
    expect(monthOf(day)).toBe(month);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2028-02-29', true], // 2028 is divisible by 4: a leap year
    ['2024-02-29', true],
    ['2000-02-29', true], // divisible by 400: a leap year
    ['2026-02-28', true],
    ['2026-04-30', true],
    ['2026-12-31', true],
    ['2026-01-01', true],
    ['2026-02-29', false], // 2026 is not a leap year
    ['2100-02-29', false], // divisible by 100 but not 400: not a leap year
    ['1900-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false], // April has 30 days
    ['2026-06-31', false],
    ['2026-09-31', false],
    ['2026-11-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
  ])('%s is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });

  it.each([
    '',
    '2026-3-2',
    '2026-03-2',
    '26-03-02',
    '2026/03/02',
    '02-03-2026',
    '20260302',
    '2026-03-02T00:00',
    '2026-03-02T00:00:00.000Z',
    ' 2026-03-02',
    '2026-03-02 ',
    '2026-03-02\n',
    '+02026-03-02',
    '２０２６-03-02', // full-width digits
    'yesterday',
    'NaN-NaN-NaN',
  ])('%j is not in YYYY-MM-DD form, so it is not a calendar date', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it('does not depend on the time zone (29 February 2028 at the edge of the day in Auckland and New York)', () => {
    expect(inZone('Pacific/Auckland', () => isCalendarDate('2028-02-29'))).toBe(true);
    expect(inZone('America/New_York', () => isCalendarDate('2028-02-29'))).toBe(true);
    expect(inZone('Pacific/Auckland', () => isCalendarDate('2026-02-29'))).toBe(false);
  });
});

describe('dates written for a person', () => {
  it.each([
    ['2026-11-30', 'Mon 30 Nov 2026'],
    ['2026-03-01', 'Sun 1 Mar 2026'],
    ['2028-02-29', 'Tue 29 Feb 2028'],
    ['2027-01-01', 'Fri 1 Jan 2027'],
  ])('%s is written "%s"', (day, words) => {
    expect(dayInWords(day)).toBe(words);
  });

  it.each([
    ['2026-11', 'Nov 2026'],
    ['2027-01', 'Jan 2027'],
    ['2026-12', 'Dec 2026'],
  ])('the month %s is written "%s", in every time zone', (month, words) => {
    for (const { zone } of ZONES) expect(inZone(zone, () => monthInWords(month))).toBe(words);
  });

  it.each(ZONES.map(({ zone }) => zone))('a moment is written by its local day and time, in %s', (zone) => {
    inZone(zone, () => {
      const moment = new Date(2026, 10, 30, 9, 5);
      expect(dateInWords(moment.toISOString())).toBe('Mon 30 Nov 2026');
      expect(dateTimeInWords(moment)).toBe('Mon 30 Nov 2026, 09:05');
    });
  });

  it('the same moment is a different day on either side of the date line, as the learner would say it', () => {
    const moment = '2026-03-02T19:00:00.000Z';
    expect(inZone('Pacific/Auckland', () => dateInWords(moment))).toBe('Tue 3 Mar 2026');
    expect(inZone('America/New_York', () => dateInWords(moment))).toBe('Mon 2 Mar 2026');
  });
});
