/**
 * The 26-week ramp plan (src/lib/ramp/plan.ts): its phases and weekly focuses as the research brief lays them out
 * (section 6(iii-b)), which week a day falls in and which days a week covers (in several time zones, across
 * daylight-saving changes), the calendar events it offers, and the stored record's validation.
 */
import { describe, expect, it } from 'vitest';
import {
  MILESTONE_WEEKS,
  PHASES,
  WEEKS,
  WEEK_FOCUS,
  emptyRamp,
  isMilestone,
  phaseOf,
  planEvents,
  rampRecordSpec,
  weekDates,
  weekOn,
  withCheckIn,
  type RampRecord,
} from '~/lib/ramp/plan';
import { decodeStored } from '~/lib/storage/stored-record';
import { ZONES, plusDays, useTimeZone, weekdayOf } from './time-zones';

const NOW = '2026-03-10T08:15:00.000Z';
const LATER = '2026-03-17T19:40:00.000Z';
const SITE = 'https://coach.example.org/course/workbook/ramp-plan/';
const weeks = Array.from({ length: 26 }, (_, i) => i + 1);

describe('phases and weekly focus', () => {
  it('there are 26 weeks, with re-audits at weeks 4, 13 and 26', () => {
    expect(WEEKS).toBe(26);
    expect([...MILESTONE_WEEKS]).toEqual([4, 13, 26]);
  });

  it('the four phases are orient 1–4, contribute 5–13, extend 14–20 and consolidate 21–26', () => {
    expect(PHASES.map((p) => [p.id, p.first, p.last])).toEqual([
      ['orient', 1, 4],
      ['contribute', 5, 13],
      ['extend', 14, 20],
      ['consolidate', 21, 26],
    ]);
  });

  it('the phases follow each other with no gap or overlap, from week 1 to week 26', () => {
    expect(PHASES[0]!.first).toBe(1);
    expect(PHASES[PHASES.length - 1]!.last).toBe(26);
    for (let i = 1; i < PHASES.length; i++) expect(PHASES[i]!.first).toBe(PHASES[i - 1]!.last + 1);
  });

  it.each(weeks)('week %i belongs to exactly one phase', (week) => {
    expect(PHASES.filter((p) => week >= p.first && week <= p.last)).toHaveLength(1);
  });

  it('every phase has a name and an aim to show the learner', () => {
    for (const phase of PHASES) {
      expect(phase.name.trim()).not.toBe('');
      expect(phase.aim.trim()).not.toBe('');
    }
  });

  it('there is one focus for each of the 26 weeks, none empty and none repeated', () => {
    expect(WEEK_FOCUS).toHaveLength(26);
    expect(WEEK_FOCUS.every((focus) => focus.trim().length > 0)).toBe(true);
    expect(new Set(WEEK_FOCUS).size).toBe(26);
  });

  it('the focus of weeks 4, 13 and 26, and only those, asks for a re-audit', () => {
    const reAuditWeeks = weeks.filter((week) => /re-audit/i.test(WEEK_FOCUS[week - 1]!));
    expect(reAuditWeeks).toEqual([4, 13, 26]);
    expect(WEEK_FOCUS[3]).toMatch(/^Week-4 re-audit/);
    expect(WEEK_FOCUS[12]).toMatch(/^Week-13 re-audit/);
    expect(WEEK_FOCUS[25]).toMatch(/^Week-26 re-audit/);
  });

  // o = orient, c = contribute, e = extend, k = consolidate; one letter per week, weeks 1 to 26.
  const PHASE_BY_WEEK = 'oooo' + 'ccccccccc' + 'eeeeeee' + 'kkkkkk';
  const PHASE_LETTER = { o: 'orient', c: 'contribute', e: 'extend', k: 'consolidate' } as const;
  it.each(weeks.map((week) => [week, PHASE_LETTER[PHASE_BY_WEEK[week - 1] as keyof typeof PHASE_LETTER]]))(
    'week %i is in the %s phase',
    (week, id) => {
      expect(PHASE_BY_WEEK).toHaveLength(26);
      expect(phaseOf(week).id).toBe(id);
    },
  );

  it.each([
    [4, true],
    [13, true],
    [26, true],
    [0, false],
    [1, false],
    [3, false],
    [5, false],
    [12, false],
    [14, false],
    [25, false],
    [27, false],
  ])('week %i asks for a re-audit: %s', (week, expected) => {
    expect(isMilestone(week)).toBe(expected);
  });
});

describe('the days of each week (worked out by hand)', () => {
  // 2026-03-02 is a Monday (2026-01-01 is a Thursday; 60 days later is Monday 2 March).
  it.each([
    [1, '2026-03-02', '2026-03-08'],
    [2, '2026-03-09', '2026-03-15'],
    [4, '2026-03-23', '2026-03-29'],
    [5, '2026-03-30', '2026-04-05'],
    [13, '2026-05-25', '2026-05-31'], // 2 March + 84 days = 25 May; + 6 = 31 May
    [26, '2026-08-24', '2026-08-30'], // 2 March + 175 days = 24 August; + 6 = 30 August, 181 days after the start
  ])('a plan starting Monday 2 March 2026: week %i runs from %s to %s', (week, first, last) => {
    expect(weekDates('2026-03-02', week)).toEqual({ first, last });
  });

  it('a plan starting on a Thursday keeps Thursday-to-Wednesday weeks, across the turn of the year', () => {
    expect(weekDates('2026-12-24', 1)).toEqual({ first: '2026-12-24', last: '2026-12-30' });
    expect(weekDates('2026-12-24', 2)).toEqual({ first: '2026-12-31', last: '2027-01-06' });
  });

  it('a plan starting on 29 February 2028 has its second week start on 7 March', () => {
    expect(weekDates('2028-02-29', 2).first).toBe('2028-03-07'); // 29 Feb + 7 = 7 Mar (2028 is a leap year)
  });
});

describe('which week a day falls in (worked out by hand)', () => {
  it.each([
    ['2025-12-31', 0],
    ['2026-03-01', 0], // the day before the start
    ['2026-03-02', 1], // the start
    ['2026-03-08', 1], // the last day of week 1 (New York changes its clocks that day)
    ['2026-03-09', 2], // the next day begins week 2
    ['2026-03-15', 2],
    ['2026-03-16', 3],
    ['2026-05-31', 13],
    ['2026-06-01', 14],
    ['2026-08-24', 26],
    ['2026-08-30', 26], // the last day of the plan, 181 days after the start
    ['2026-08-31', 27], // the day after: the plan is over
    ['2027-06-01', 27], // long after, still 27
  ])('with a plan starting 2026-03-02, %s is in week %i', (day, week) => {
    expect(weekOn('2026-03-02', day)).toBe(week);
  });
});

/** Starts whose 26 weeks cross the 2026 changes: spring in the north and autumn in the south, then the reverse. */
const STARTS = ['2026-03-02', '2026-08-31', '2026-02-26'];

describe.each(ZONES)('in $zone', ({ zone, changes }) => {
  useTimeZone(zone);

  it.each(STARTS)('a plan starting %s: week 1 starts on the start date and every week is 7 calendar days', (start) => {
    expect(weekDates(start, 1).first).toBe(start);
    for (const week of weeks) {
      const { first, last } = weekDates(start, week);
      // Worked out in UTC: week n starts 7(n − 1) days after the start, on the same weekday, and ends 6 days later.
      expect({ week, first, last }).toEqual({
        week,
        first: plusDays(start, 7 * (week - 1)),
        last: plusDays(start, 7 * week - 1),
      });
      expect(weekdayOf(first)).toBe(weekdayOf(start));
    }
    expect(weekDates(start, 26).last).toBe(plusDays(start, 181));
  });

  it('a plan starting Monday 2 March 2026 has week 2 start on Monday 9 March (New York changes its clocks on the 8th)', () => {
    expect(weekDates('2026-03-02', 2).first).toBe('2026-03-09');
  });

  it.each(changes)(
    'a plan starting on the Monday before the change on %s has week 2 start on the next Monday',
    (change) => {
      // Every 2026 change is on a Sunday, so the Monday before is 6 days earlier and the next Monday 1 day later.
      const monday = plusDays(change, -6);
      expect(weekDates(monday, 1)).toEqual({ first: monday, last: change });
      expect(weekDates(monday, 2).first).toBe(plusDays(change, 1));
    },
  );

  it.each(STARTS)(
    'a plan starting %s: each week’s first and last day are in that week, the days either side are not',
    (start) => {
      expect(weekOn(start, plusDays(start, -1))).toBe(0);
      expect(weekOn(start, plusDays(start, -300))).toBe(0);
      for (const week of weeks) {
        const first = plusDays(start, 7 * (week - 1));
        const last = plusDays(start, 7 * week - 1);
        expect([first, weekOn(start, first)]).toEqual([first, week]);
        expect([last, weekOn(start, last)]).toEqual([last, week]);
        expect([plusDays(last, 1), weekOn(start, plusDays(last, 1))]).toEqual([plusDays(last, 1), week + 1]);
      }
      expect(weekOn(start, plusDays(start, 182))).toBe(27);
      expect(weekOn(start, plusDays(start, 400))).toBe(27);
    },
  );

  it.each(changes)('the change on %s moves no day into the wrong week', (change) => {
    // A plan that starts 3 days before the change: the change is day 4 of week 1, and day 7 is the last of week 1.
    const start = plusDays(change, -3);
    expect(weekOn(start, change)).toBe(1);
    expect(weekOn(start, plusDays(start, 6))).toBe(1);
    expect(weekOn(start, plusDays(start, 7))).toBe(2);
  });

  it.each(STARTS)('a plan starting %s: every event falls on the last day of its week', (start) => {
    for (const event of planEvents(start, SITE)) {
      const week = Number(/week (\d+)/.exec(event.title)![1]);
      expect([event.title, event.date]).toEqual([event.title, plusDays(start, 7 * week - 1)]);
    }
  });
});

describe('saving a check-in', () => {
  const plan: RampRecord = {
    ...emptyRamp(NOW),
    startDate: '2026-03-02',
    start: 'new-role',
    checkIns: { '1': { reviewed: 'done', conversations: 3, savedAt: NOW } },
  };

  it('adds the week’s check-in, stamped with the time it was saved', () => {
    const next = withCheckIn(plan, 2, { conversations: 2, learned: 'Finance signs off on every hire' }, LATER);
    expect(next.checkIns['2']).toEqual({
      conversations: 2,
      learned: 'Finance signs off on every hire',
      savedAt: LATER,
    });
  });

  it('changing one answer keeps the week’s other answers and updates the time', () => {
    const next = withCheckIn(plan, 1, { given: 4 }, LATER);
    expect(next.checkIns['1']).toEqual({ reviewed: 'done', conversations: 3, given: 4, savedAt: LATER });
  });

  it('changing an answer replaces it', () => {
    const next = withCheckIn(plan, 1, { reviewed: 'partly' }, LATER);
    expect(next.checkIns['1']!.reviewed).toBe('partly');
  });

  it('leaves other weeks, the start date and the start kind alone', () => {
    const next = withCheckIn(plan, 5, { celebrate: 'First cross-team lunch' }, LATER);
    expect(next.checkIns['1']).toEqual(plan.checkIns['1']);
    expect(next.startDate).toBe('2026-03-02');
    expect(next.start).toBe('new-role');
    expect(Object.keys(next.checkIns).sort()).toEqual(['1', '5']);
  });

  it('does not change the plan it was given (the store compares old and new)', () => {
    const before = structuredClone(plan);
    withCheckIn(plan, 1, { given: 9 }, LATER);
    withCheckIn(plan, 3, { given: 1 }, LATER);
    expect(plan).toEqual(before);
  });

  it('the plan with a check-in is still a valid stored plan', () => {
    const next = withCheckIn(
      plan,
      26,
      { ifThen: { when: 'I close my laptop on Friday', then: 'note one thing I gave' } },
      LATER,
    );
    expect(decodeStored(JSON.stringify(next), rampRecordSpec).kind).toBe('ok');
  });
});

describe('calendar events', () => {
  const events = planEvents('2026-03-02', SITE);
  const checkIns = events.filter((e) => e.title.includes('check-in'));
  const reAudits = events.filter((e) => e.title.includes('re-audit'));

  it('there are 29 events: 26 weekly check-ins and 3 re-audits', () => {
    expect(events).toHaveLength(29);
    expect(checkIns).toHaveLength(26);
    expect(reAudits).toHaveLength(3);
  });

  it('check-ins are titled with their week and phase, in week order', () => {
    expect(checkIns.map((e) => e.title)).toEqual(
      weeks.map((w) => `Ramp plan: week ${w} check-in (${phaseOf(w).name})`),
    );
    expect(checkIns[0]!.title).toBe('Ramp plan: week 1 check-in (Orient)');
    expect(checkIns[4]!.title).toBe('Ramp plan: week 5 check-in (Contribute)');
    expect(checkIns[13]!.title).toBe('Ramp plan: week 14 check-in (Extend)');
    expect(checkIns[25]!.title).toBe('Ramp plan: week 26 check-in (Consolidate)');
  });

  it('re-audits are only in weeks 4, 13 and 26, on the same day as that week’s check-in', () => {
    expect(reAudits.map((e) => e.title)).toEqual([
      'Ramp plan: week 4 network re-audit',
      'Ramp plan: week 13 network re-audit',
      'Ramp plan: week 26 network re-audit',
    ]);
    // The last days of weeks 4, 13 and 26 of a plan starting 2 March (see "the days of each week" above).
    expect(reAudits.map((e) => e.date)).toEqual(['2026-03-29', '2026-05-31', '2026-08-30']);
    expect(reAudits.map((e) => e.date)).toEqual([checkIns[3]!.date, checkIns[12]!.date, checkIns[25]!.date]);
  });

  it('each check-in is on the last day of its week: the Sundays from 8 March to 30 August', () => {
    expect(checkIns[0]!.date).toBe('2026-03-08');
    expect(checkIns[1]!.date).toBe('2026-03-15');
    expect(checkIns[25]!.date).toBe('2026-08-30');
    expect(checkIns.every((e) => weekdayOf(e.date) === 0)).toBe(true);
  });

  it('every event has its own id, and the ids stay the same when the file is made again (so a re-import updates)', () => {
    expect(new Set(events.map((e) => e.uid)).size).toBe(29);
    expect(planEvents('2026-03-02', 'https://elsewhere.example/').map((e) => e.uid)).toEqual(events.map((e) => e.uid));
  });

  it('a plan with another start date gets other ids, so two plans never overwrite each other', () => {
    const other = new Set(planEvents('2026-09-07', SITE).map((e) => e.uid));
    expect(events.some((e) => other.has(e.uid))).toBe(false);
  });

  it.each(weeks)('the week %i check-in describes that week’s focus and links to the plan', (week) => {
    const description = checkIns[week - 1]!.description;
    expect(description.startsWith(WEEK_FOCUS[week - 1]!)).toBe(true);
    expect(description).toContain('if ..., then I will ...');
    expect(description.endsWith(SITE)).toBe(true);
  });

  it('re-audit descriptions say what to do and link to the plan', () => {
    for (const event of reAudits) {
      expect(event.description).toContain('Update your network audit');
      expect(event.description.endsWith(SITE)).toBe(true);
    }
  });
});

describe('reading the stored plan', () => {
  const good = {
    v: 1,
    updatedAt: NOW,
    startDate: '2026-03-02',
    start: 'fresh-start',
    checkIns: {
      '1': {
        reviewed: 'done',
        conversations: 3,
        given: 2,
        learned: 'Ask Priya before changing the rota',
        celebrate: 'Met the whole team',
        ifThen: { when: 'I get my Monday coffee', then: 'message one person I have not met' },
        savedAt: NOW,
      },
      '26': { reviewed: 'partly', savedAt: LATER },
    },
  };
  const read = (record: unknown) => decodeStored(JSON.stringify(record), rampRecordSpec);
  const reason = (record: unknown) => {
    const decoded = read(record);
    return decoded.kind === 'corrupt' ? decoded.reason : `not rejected (${decoded.kind})`;
  };

  it('a complete plan reads back unchanged', () => {
    expect(read(good)).toEqual({ kind: 'ok', record: good });
  });

  it('a plan not yet started (no start date, no check-ins) reads back', () => {
    expect(read(emptyRamp(NOW))).toEqual({ kind: 'ok', record: emptyRamp(NOW) });
  });

  it.each(['27', '0', '00', '01', '-1', '1.5', 'week 1', ''])('a check-in stored under week %j is rejected', (week) => {
    expect(reason({ ...good, checkIns: { [week]: { savedAt: NOW } } })).toContain('not a week from 1 to 26');
  });

  it.each(['2026-02-30', '2026-04-31', '2026-02-29', '2026-3-2', '2 March 2026', ''])(
    'a start date of %j is rejected',
    (startDate) => {
      expect(reason({ ...good, startDate })).toMatch(/at startDate: not a calendar date/);
    },
  );

  it('29 February is a start date in a leap year', () => {
    expect(read({ ...good, startDate: '2028-02-29' }).kind).toBe('ok');
  });

  it.each([
    ['a negative count of conversations', { conversations: -1 }, 'checkIns.1.conversations'],
    ['a fractional count of things given', { given: 1.5 }, 'checkIns.1.given'],
    ['more than 500 conversations in a week', { conversations: 501 }, 'checkIns.1.conversations'],
    ['a review answer that is not done, partly or not', { reviewed: 'mostly' }, 'checkIns.1.reviewed'],
    ['a lesson longer than 2,000 characters', { learned: 'x'.repeat(2001) }, 'checkIns.1.learned'],
    ['an if-then plan with no "then"', { ifThen: { when: 'Monday' } }, 'checkIns.1.ifThen.then'],
    ['a check-in with no time saved', { savedAt: undefined }, 'checkIns.1.savedAt'],
  ])('%s is rejected, and the message says where', (_, change, where) => {
    const record = { ...good, checkIns: { '1': { ...good.checkIns['1'], ...change } } };
    expect(reason(record)).toContain(`not valid at ${where}:`);
  });

  it('500 conversations and 2,000 characters are still accepted', () => {
    const record = { ...good, checkIns: { '1': { conversations: 500, learned: 'x'.repeat(2000), savedAt: NOW } } };
    expect(read(record).kind).toBe('ok');
  });

  it('an unknown start kind is rejected', () => {
    expect(reason({ ...good, start: 'restart' })).toContain('not valid at start:');
  });

  it('a plan saved by a newer version of the site is left alone', () => {
    expect(read({ ...good, v: 2 })).toMatchObject({ kind: 'newer', version: 2 });
  });
});
