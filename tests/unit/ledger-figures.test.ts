/**
 * What the give/get ledger shows (src/lib/ledger/figures.ts), checked against the research brief's computations
 * (section 6(iii-a)): counts of gives (G), gets (R) and asks; exchange frequency first; the balance
 * B = (G − R) / (G + R) as a band (above 0.8 mostly giving, below −0.5 mostly receiving); a nudge to ask after three
 * weeks without asking; a nudge when more than half of the gives with a reason were done out of duty; and time
 * against the weekly budget. Every expected figure is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import {
  DUTY_NUDGE,
  MOSTLY_GIVING,
  MOSTLY_RECEIVING,
  WEEKS_WITHOUT_ASKING,
  balanceBand,
  budgetInWords,
  exchangesPerWeek,
  figuresOf,
  followUpsDue,
  minutesShown,
  monthlyFigures,
  readings,
  weeklyFigures,
  weeksWithoutAsking,
  type LedgerFigures,
  type Period,
  type Reading,
} from '~/lib/ledger/figures';
import type { LedgerEntry } from '~/lib/ledger/ledger';
import { ZONES, plusDays, useTimeZone, utcDaysBetween, weekdayOf } from './time-zones';

let serial = 0;
const entry = (date: string, direction: LedgerEntry['direction'], extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  id: `e${++serial}`,
  date,
  contact: 'Ama',
  direction,
  kind: 'information',
  fiveMinuteFavour: false,
  ...extra,
});
const gave = (date: string, extra: Partial<LedgerEntry> = {}) => entry(date, 'gave', extra);
const got = (date: string, extra: Partial<LedgerEntry> = {}) => entry(date, 'received', extra);
const asked = (date: string, extra: Partial<LedgerEntry> = {}) => entry(date, 'asked', extra);
const times = (n: number, make: () => LedgerEntry) => Array.from({ length: n }, make);

/** The figures of no entries at all. */
const NOTHING: LedgerFigures = {
  gives: 0,
  gets: 0,
  asks: 0,
  declined: 0,
  exchanges: 0,
  balance: Number.NaN,
  reasonedGives: 0,
  obligedGives: 0,
  dutyShare: Number.NaN,
  minutes: 0,
  entries: 0,
  timedEntries: 0,
  fiveMinuteFavours: 0,
  energyAfterGiving: Number.NaN,
};

/**
 * A week's figures for readings(), given the counts; exchanges are gives plus gets. A week given minutes has (unless
 * told otherwise) one entry, with minutes recorded.
 */
const week = (change: Partial<Period> = {}): Period => {
  const period = { ...NOTHING, start: '2026-01-05', ...change };
  const timedEntries = change.timedEntries ?? (change.minutes !== undefined ? 1 : 0);
  const counted = period.gives + period.gets + period.asks + period.declined;
  return {
    ...period,
    exchanges: change.exchanges ?? period.gives + period.gets,
    timedEntries,
    entries: change.entries ?? Math.max(counted, timedEntries),
  };
};
/** `n` empty weeks. */
const empty = (n: number) => Array.from({ length: n }, () => week());

describe('figures for a set of entries', () => {
  /*
   * Eight entries:
   *   g1 gave, glad,    energy +2, 10 min, favour
   *   g2 gave, obliged, energy −1, 30 min
   *   g3 gave, no reason, no energy, 5 min, favour
   *   g4 gave, obliged, no energy, no minutes
   *   r1 received, 20 min, energy −2 and reason "obliged" (neither counts: not a give)
   *   r2 received, no minutes
   *   a1 asked, 15 min, favour, reason "obliged" (does not count: not a give)
   *   d1 offered and not taken, 5 min
   */
  const entries = [
    gave('2026-03-02', { reason: 'glad', energyAfter: 2, minutes: 10, fiveMinuteFavour: true }),
    gave('2026-03-03', { reason: 'obliged', energyAfter: -1, minutes: 30 }),
    gave('2026-03-04', { minutes: 5, fiveMinuteFavour: true }),
    gave('2026-03-05', { reason: 'obliged' }),
    got('2026-03-05', { minutes: 20, energyAfter: -2, reason: 'obliged' }),
    got('2026-03-06'),
    asked('2026-03-06', { minutes: 15, fiveMinuteFavour: true, reason: 'obliged' }),
    entry('2026-03-07', 'declined', { minutes: 5 }),
  ];
  const f = figuresOf(entries);

  it('counts 4 gives, 2 gets, 1 ask and 1 offer not taken', () => {
    expect([f.gives, f.gets, f.asks, f.declined]).toEqual([4, 2, 1, 1]);
  });

  it('counts gives and gets as exchanges, not asks or offers not taken: 4 + 2 = 6', () => {
    expect(f.exchanges).toBe(6);
  });

  it('the balance is (G − R) / (G + R) = (4 − 2) / 6 = 1/3', () => {
    expect(f.balance).toBeCloseTo(1 / 3, 12);
  });

  it('duty share counts only gives with a reason: 2 obliged of 3 with a reason = 2/3', () => {
    expect([f.reasonedGives, f.obligedGives]).toEqual([3, 2]);
    expect(f.dutyShare).toBeCloseTo(2 / 3, 12);
  });

  it('minutes add up over every entry: 10 + 30 + 5 + 0 + 20 + 0 + 15 + 5 = 85', () => {
    expect(f.minutes).toBe(85);
  });

  it('five-minute favours are counted whatever the direction: 3', () => {
    expect(f.fiveMinuteFavours).toBe(3);
  });

  it('energy after giving is the mean over gives that recorded it: (2 − 1) / 2 = 0.5', () => {
    expect(f.energyAfterGiving).toBe(0.5);
  });

  it('no entries give zero counts and no balance, duty share or energy (NaN, shown as "none yet")', () => {
    expect(figuresOf([])).toEqual(NOTHING);
  });

  it('gives without a reason or energy leave duty share and energy empty, but still count', () => {
    const only = figuresOf([gave('2026-03-02'), gave('2026-03-03')]);
    expect(only.gives).toBe(2);
    expect(only.dutyShare).toBeNaN();
    expect(only.energyAfterGiving).toBeNaN();
  });

  it('asks alone are no exchange: the balance stays empty', () => {
    const only = figuresOf([asked('2026-03-02'), asked('2026-03-03')]);
    expect(only.exchanges).toBe(0);
    expect(only.balance).toBeNaN();
  });

  it.each([
    [1, 0, 1], // (1 − 0) / 1
    [0, 3, -1], // (0 − 3) / 3
    [2, 2, 0],
    [9, 1, 0.8], // 8 / 10
    [1, 3, -0.5], // −2 / 4
    [3, 1, 0.5], // 2 / 4
    [1, 4, -0.6], // −3 / 5
  ])('gives %i, gets %i: the balance is %d', (g, r, balance) => {
    const f = figuresOf([...times(g, () => gave('2026-03-02')), ...times(r, () => got('2026-03-02'))]);
    expect(f.balance).toBeCloseTo(balance, 12);
  });
});

describe('balance bands', () => {
  it('the bands are the research brief’s: mostly giving above 0.8, mostly receiving below −0.5', () => {
    expect([MOSTLY_GIVING, MOSTLY_RECEIVING]).toEqual([0.8, -0.5]);
  });

  it.each([
    [Number.NaN, 'none'],
    [1, 'mostly-giving'],
    [0.81, 'mostly-giving'],
    [0.8000001, 'mostly-giving'],
    [0.8, 'two-way'], // at the line: still two-way
    [0.79, 'two-way'],
    [0, 'two-way'],
    [-0.49, 'two-way'],
    [-0.5, 'two-way'], // at the line: still two-way
    [-0.5000001, 'mostly-receiving'],
    [-0.51, 'mostly-receiving'],
    [-1, 'mostly-receiving'],
  ])('a balance of %d is %s', (balance, band) => {
    expect(balanceBand(balance)).toBe(band);
  });

  it.each([
    [9, 1, 'two-way'], // 8/10 = 0.8 exactly
    [10, 1, 'mostly-giving'], // 9/11 ≈ 0.82
    [1, 3, 'two-way'], // −2/4 = −0.5 exactly
    [1, 4, 'mostly-receiving'], // −3/5 = −0.6
  ])('gives %i, gets %i: reads as %s', (g, r, band) => {
    const f = figuresOf([...times(g, () => gave('2026-03-02')), ...times(r, () => got('2026-03-02'))]);
    expect(balanceBand(f.balance)).toBe(band);
  });
});

describe('weekly figures', () => {
  // Today is Wednesday 11 March 2026, so this week began Monday 9 March; twelve weeks back from there, 7 days at a
  // time, is Monday 22 December 2025.
  const TODAY = '2026-03-11';
  const STARTS = [
    '2025-12-22',
    '2025-12-29',
    '2026-01-05',
    '2026-01-12',
    '2026-01-19',
    '2026-01-26',
    '2026-02-02',
    '2026-02-09',
    '2026-02-16',
    '2026-02-23',
    '2026-03-02',
    '2026-03-09',
  ];

  it('gives the last 12 weeks, oldest first, ending with this week', () => {
    expect(weeklyFigures([], TODAY).map((w) => w.start)).toEqual(STARTS);
  });

  it('includes weeks with no entries, with zero counts', () => {
    const weeks = weeklyFigures([gave('2026-03-10')], TODAY);
    expect(weeks).toHaveLength(12);
    expect(weeks.slice(0, 11).every((w) => w.gives === 0 && w.exchanges === 0 && Number.isNaN(w.balance))).toBe(true);
    expect(weeks[11]!.gives).toBe(1);
  });

  it('an entry on a Sunday belongs to the week that began the Monday before', () => {
    const weeks = weeklyFigures([gave('2026-03-08'), got('2026-03-09')], TODAY);
    expect(weeks.find((w) => w.start === '2026-03-02')).toMatchObject({ gives: 1, gets: 0 });
    expect(weeks.find((w) => w.start === '2026-03-09')).toMatchObject({ gives: 0, gets: 1 });
  });

  it('a week straddling the new year counts its days from both years', () => {
    // The week of Monday 29 December 2025 runs to Sunday 4 January 2026.
    const weeks = weeklyFigures(
      [gave('2025-12-29'), gave('2025-12-31'), got('2026-01-01'), asked('2026-01-04')],
      TODAY,
    );
    expect(weeks[1]).toMatchObject({ start: '2025-12-29', gives: 2, gets: 1, asks: 1, exchanges: 3 });
  });

  it('leaves out entries from before the twelve weeks and from after this week', () => {
    const weeks = weeklyFigures(
      [gave('2025-12-21'), gave('2025-12-22'), gave('2026-03-15'), gave('2026-03-16')],
      TODAY,
    );
    // 21 Dec is the Sunday before the first week; 16 Mar the Monday after this week ends on Sunday 15 Mar.
    expect(weeks.reduce((sum, w) => sum + w.gives, 0)).toBe(2);
    expect(weeks[0]!.gives).toBe(1);
    expect(weeks[11]!.gives).toBe(1);
  });

  it('computes each week’s figures from that week’s entries only', () => {
    const weeks = weeklyFigures(
      [
        gave('2026-03-02', { reason: 'obliged', minutes: 10 }),
        gave('2026-03-04', { reason: 'glad', minutes: 20 }),
        got('2026-03-05'),
        gave('2026-03-10', { minutes: 5 }),
      ],
      TODAY,
    );
    // Week of 2 March: G 2, R 1, balance 1/3, duty 1 of 2, 30 minutes. Week of 9 March: G 1, balance 1, 5 minutes.
    expect(weeks[10]).toMatchObject({
      gives: 2,
      gets: 1,
      exchanges: 3,
      obligedGives: 1,
      reasonedGives: 2,
      minutes: 30,
    });
    expect(weeks[10]!.balance).toBeCloseTo(1 / 3, 12);
    expect(weeks[10]!.dutyShare).toBe(0.5);
    expect(weeks[11]).toMatchObject({ gives: 1, gets: 0, balance: 1, minutes: 5 });
  });

  it('a shorter run of weeks can be asked for', () => {
    expect(weeklyFigures([], TODAY, 4).map((w) => w.start)).toEqual(STARTS.slice(-4));
  });

  it('on a Sunday, this week is the one that began the Monday before', () => {
    expect(weeklyFigures([], '2026-03-15').at(-1)!.start).toBe('2026-03-09');
  });

  describe.each(ZONES)('in $zone', ({ zone, changes }) => {
    useTimeZone(zone);

    it.each(['2026-01-14', '2026-04-08', '2026-07-01', '2026-11-04', '2027-01-06'])(
      'the twelve weeks up to %s all start on Mondays, 7 days apart',
      (today) => {
        const starts = weeklyFigures([], today).map((w) => w.start);
        expect(starts).toHaveLength(12);
        expect(starts.every((start) => weekdayOf(start) === 1)).toBe(true);
        for (let i = 1; i < 12; i++) expect(utcDaysBetween(starts[i - 1]!, starts[i]!)).toBe(7);
        // Each of these days is a Wednesday, so its week began two days earlier.
        expect(starts[11]).toBe(plusDays(today, -2));
      },
    );

    it.each(changes)(
      'entries on the change on %s (a Sunday) and the Monday after land in the right weeks',
      (change) => {
        const monday = plusDays(change, 1);
        const weeks = weeklyFigures([gave(change), got(monday), asked(plusDays(change, -6))], plusDays(change, 3));
        expect(weeks.at(-2)).toMatchObject({ start: plusDays(change, -6), gives: 1, gets: 0, asks: 1 });
        expect(weeks.at(-1)).toMatchObject({ start: monday, gives: 0, gets: 1, asks: 0 });
      },
    );
  });
});

describe('monthly figures', () => {
  it('gives every month with entries, newest first, leaving out months without any', () => {
    const months = monthlyFigures([
      gave('2026-01-15'),
      got('2026-03-01'),
      gave('2025-12-31'),
      gave('2026-03-31'),
      asked('2026-01-01'),
    ]);
    expect(months.map((m) => m.start)).toEqual(['2026-03', '2026-01', '2025-12']);
    expect(months.map((m) => [m.gives, m.gets, m.asks])).toEqual([
      [1, 1, 0],
      [1, 0, 1],
      [1, 0, 0],
    ]);
  });

  it('each month’s balance is its own: March 2 gives 2 gets = 0, January 3 gives = 1', () => {
    const months = monthlyFigures([
      gave('2026-03-02'),
      gave('2026-03-03'),
      got('2026-03-04'),
      got('2026-03-05'),
      ...times(3, () => gave('2026-01-10')),
    ]);
    expect(months.map((m) => [m.start, m.balance])).toEqual([
      ['2026-03', 0],
      ['2026-01', 1],
    ]);
  });

  it('no entries, no months', () => {
    expect(monthlyFigures([])).toEqual([]);
  });
});

describe('exchanges a week and weeks without asking', () => {
  it('exchanges a week is the mean over the weeks given: (2 + 0 + 4) / 3 = 2', () => {
    expect(exchangesPerWeek([week({ gives: 2 }), week(), week({ gives: 1, gets: 3, asks: 5 })])).toBe(2);
  });

  it('asks are not exchanges', () => {
    expect(exchangesPerWeek([week({ asks: 4 })])).toBe(0);
  });

  it('no weeks, no figure', () => {
    expect(exchangesPerWeek([])).toBeNaN();
  });

  it.each([
    [[1, 0, 0, 0], 3],
    [[0, 0, 1], 0],
    [[0, 0, 0], 3],
    [[1, 0, 2, 0, 0], 2],
    [[], 0],
  ])('with asks per week %j, the weeks without asking up to now are %i', (asks, expected) => {
    expect(weeksWithoutAsking(asks.map((n) => week({ asks: n })))).toBe(expected);
  });
});

describe('follow-ups due', () => {
  // Sunday 15 March 2026: this week runs from Monday 9 to Sunday 15 March.
  const dueToday = gave('2026-03-01', { followUp: '2026-03-15' });
  const dueTuesday = gave('2026-03-02', { followUp: '2026-03-10', followedUp: false });
  const overdue = got('2026-01-20', { followUp: '2026-02-01' });
  const done = gave('2026-03-02', { followUp: '2026-03-12', followedUp: true });
  const nextWeek = gave('2026-03-02', { followUp: '2026-03-16' });
  const none = gave('2026-03-02');
  const all = [done, nextWeek, dueToday, none, overdue, dueTuesday];

  it('lists those due this week, today’s Sunday included, and overdue ones, by date', () => {
    expect(followUpsDue(all, '2026-03-15').map((e) => e.followUp)).toEqual(['2026-02-01', '2026-03-10', '2026-03-15']);
  });

  it('leaves out follow-ups already done, those due next week and entries without one', () => {
    const due = followUpsDue(all, '2026-03-15');
    expect(due).not.toContain(done);
    expect(due).not.toContain(nextWeek);
    expect(due).not.toContain(none);
  });

  it('on the Monday, a follow-up due on the coming Sunday is already listed', () => {
    expect(followUpsDue(all, '2026-03-09').map((e) => e.followUp)).toEqual(['2026-02-01', '2026-03-10', '2026-03-15']);
  });

  it('on the following Monday, next week’s follow-up is listed too', () => {
    expect(followUpsDue(all, '2026-03-16').map((e) => e.followUp)).toEqual([
      '2026-02-01',
      '2026-03-10',
      '2026-03-15',
      '2026-03-16',
    ]);
  });

  it('none due, none listed', () => {
    expect(followUpsDue([done, nextWeek, none], '2026-03-15')).toEqual([]);
  });

  describe.each(ZONES.filter((z) => z.changes.length > 0))('in $zone', ({ zone, changes }) => {
    useTimeZone(zone);

    it.each(changes)('on the Sunday of the change on %s, the week ends that day', (change) => {
      const dueThatDay = gave('2026-01-01', { followUp: change });
      const dueMonday = gave('2026-01-01', { followUp: plusDays(change, 1) });
      expect(followUpsDue([dueMonday, dueThatDay], change)).toEqual([dueThatDay]);
      expect(followUpsDue([dueMonday, dueThatDay], plusDays(change, -6))).toEqual([dueThatDay]);
    });
  });
});

describe('readings of the last four weeks', () => {
  const byId = (list: Reading[], id: Reading['id']) => list.find((r) => r.id === id)!;

  it('there are five, frequency first, as the course teaches (Flynn 2003: frequency before balance)', () => {
    expect(readings(empty(12)).map((r) => r.id)).toEqual(['frequency', 'balance', 'asking', 'duty', 'time']);
    expect(readings(empty(12)).every((r) => r.title && r.meaning)).toBe(true);
  });

  describe('frequency', () => {
    it.each([
      [[3, 1, 2, 0], '1.5'], // 6 / 4
      [[1, 1, 1, 0], '0.8'], // 3 / 4 = 0.75, one decimal: 0.8
      [[0, 0, 0, 0], '0'],
      [[10, 10, 10, 10], '10'],
    ])('exchanges per week %j read "%s a week over the last four weeks"', (exchanges, value) => {
      const weeks = [week({ gives: 50 }), ...exchanges.map((n) => week({ gives: n }))]; // the older week is left out
      expect(byId(readings(weeks), 'frequency').value).toBe(`${value} a week over the last four weeks`);
    });

    it('counts gets as well as gives: 1 give and 3 gets in four weeks is 1 a week', () => {
      expect(byId(readings([week({ gives: 1 }), week({ gets: 3 }), week(), week()]), 'frequency').value).toBe(
        '1 a week over the last four weeks',
      );
    });

    it('with no weeks at all it reads 0, not NaN', () => {
      expect(byId(readings([]), 'frequency').value).toBe('0 a week over the last four weeks');
    });
  });

  describe('balance', () => {
    it.each([
      ['no exchanges', [week(), week({ asks: 2 }), week(), week()], 'no exchanges yet', /A band, not a target/],
      [
        '10 gives and 1 get (9/11 ≈ 0.82)',
        [week({ gives: 10, gets: 1 })],
        'mostly giving',
        /energises you.*Grant 2013/,
      ],
      ['9 gives and 1 get (exactly 0.8)', [week({ gives: 9, gets: 1 })], 'two-way', /A band, not a target/],
      ['3 gives and 3 gets', [week({ gives: 3 }), week({ gets: 3 })], 'two-way', /help flows both ways/],
      ['2 gives and 6 gets (exactly −0.5)', [week({ gives: 2, gets: 6 })], 'two-way', /A band, not a target/],
      [
        'one give: too few to read a balance, however lopsided',
        [week({ gives: 1 })],
        'not enough exchanges yet to read a balance (1 of 5 in the last week)',
        /A band, not a target/,
      ],
      [
        '2 gives and 2 gets: still too few',
        [week({ gives: 2 }), week({ gets: 2 })],
        'not enough exchanges yet to read a balance (4 of 5 in the last two weeks)',
        /A band, not a target/,
      ],
      [
        '1 give and 4 gets (−0.6)',
        [week({ gives: 1 }), week({ gets: 4 })],
        'mostly receiving',
        /normal when you are new/,
      ],
    ])('%s reads "%s"', (_, weeks, value, meaning) => {
      const reading = byId(readings(weeks), 'balance');
      expect(reading.value).toBe(value);
      expect(reading.meaning).toMatch(meaning);
    });

    it('is the balance of the four weeks together, not of any one week', () => {
      // 5 gives in one week, 5 gets in another: (5 − 5) / 10 = 0, two-way, though each week alone is lopsided.
      expect(byId(readings([week({ gives: 5 }), week(), week(), week({ gets: 5 })]), 'balance').value).toBe('two-way');
    });

    it('gives older than four weeks do not count', () => {
      // Five weeks ago: 20 gives. The last four: 1 give, 4 gets → −0.6, mostly receiving.
      const weeks = [week({ gives: 20 }), week({ gives: 1 }), week({ gets: 4 }), week(), week()];
      expect(byId(readings(weeks), 'balance').value).toBe('mostly receiving');
    });
  });

  describe('asking', () => {
    it.each([
      [[0, 0, 0, 0], '0 asks in the last four weeks'],
      [[1, 0, 0, 0], '1 ask in the last four weeks'],
      [[1, 0, 1, 0], '2 asks in the last four weeks'],
      [[3, 0, 0, 2], '5 asks in the last four weeks'],
    ])('asks per week %j read "%s"', (asks, value) => {
      const weeks = [week({ asks: 9 }), ...asks.map((n) => week({ asks: n }))];
      expect(byId(readings(weeks), 'asking').value).toBe(value);
    });

    it('after three weeks without asking, it suggests asking for one specific thing', () => {
      expect(WEEKS_WITHOUT_ASKING).toBe(3);
      const meaning = byId(readings([week({ asks: 1 }), week(), week(), week()]), 'asking').meaning;
      expect(meaning).toMatch(/^No asks for 3 weeks\./);
      expect(meaning).toContain('ask one person for one specific thing this week');
    });

    it('after two weeks without asking, no suggestion yet', () => {
      const meaning = byId(readings([week(), week({ asks: 1 }), week(), week()]), 'asking').meaning;
      expect(meaning).not.toMatch(/^No asks/);
      expect(meaning).toMatch(/^Asking is part of the exchange/);
    });

    it('counts the weeks without asking beyond the last four: an ask 11 weeks ago, none since, is 11 weeks', () => {
      const weeks = [week({ asks: 1 }), ...empty(11)];
      const reading = byId(readings(weeks), 'asking');
      expect(reading.value).toBe('0 asks in the last four weeks');
      expect(reading.meaning).toMatch(/^No asks for 11 weeks\./);
    });

    /*
     * BUG: weeksWithoutAsking counts every empty week handed to it, including the weeks before the learner's first
     * entry, and the page always hands it 12 weeks. So a learner who opens the ledger and logs their first exchange
     * (a give) today is told "No asks for 12 weeks", which is untrue: the ledger is a day old. Weeks before the first
     * entry should not count (the research brief: prompt "if zero for 3 weeks" of keeping the ledger).
     */
    it('a learner who started the ledger this week is not told they have gone 12 weeks without asking', () => {
      const weeks = weeklyFigures([gave('2026-03-10')], '2026-03-11');
      expect(byId(readings(weeks), 'asking').meaning).not.toMatch(/^No asks for/);
    });

    it('an ask this week stops the suggestion', () => {
      expect(byId(readings([...empty(11), week({ asks: 1 })]), 'asking').meaning).not.toMatch(/^No asks/);
    });
  });

  describe('giving out of obligation', () => {
    it('the nudge is for more than half', () => {
      expect(DUTY_NUDGE).toBe(0.5);
    });

    it.each([
      ['no gives with a reason', [week({ gives: 3 })], 'no reasons recorded', false],
      [
        '3 obliged of 5 with a reason',
        [week({ gives: 5, reasonedGives: 5, obligedGives: 3 })],
        '60% of the 5 gives with a reason',
        true,
      ],
      [
        'exactly half: 3 of 6',
        [week({ gives: 4, reasonedGives: 3, obligedGives: 2 }), week({ reasonedGives: 3, obligedGives: 1 })],
        '50% of the 6 gives with a reason',
        false,
      ],
      ['4 of 6', [week({ gives: 6, reasonedGives: 6, obligedGives: 4 })], '67% of the 6 gives with a reason', true], // 66.7 → 67
      ['2 of 6', [week({ gives: 6, reasonedGives: 6, obligedGives: 2 })], '33% of the 6 gives with a reason', false],
      ['none of 5', [week({ gives: 5, reasonedGives: 5, obligedGives: 0 })], '0% of the 5 gives with a reason', false],
      [
        '3 obliged of 4 with a reason: too few to read a share',
        [week({ gives: 4, reasonedGives: 4, obligedGives: 3 })],
        'not enough gives with a reason yet (4 of 5 in the last week)',
        false,
      ],
      [
        '1 of 2 with a reason, among 6 gives (only gives with a reason count)',
        [week({ gives: 6, reasonedGives: 2, obligedGives: 1 })],
        'not enough gives with a reason yet (2 of 5 in the last week)',
        false,
      ],
    ])('%s reads "%s"; nudge: %s', (_, weeks, value, nudge) => {
      const reading = byId(readings(weeks as Period[]), 'duty');
      expect(reading.value).toBe(value);
      if (nudge) expect(reading.meaning).toMatch(/^More than half of your giving feels like a duty/);
      else expect(reading.meaning).toMatch(/^Giving you are glad to do tends to give you energy back/);
    });

    it('reasons older than four weeks do not count', () => {
      const weeks = [
        week({ gives: 10, reasonedGives: 10, obligedGives: 10 }),
        week({ gives: 5, reasonedGives: 5 }),
        ...empty(3),
      ];
      expect(byId(readings(weeks), 'duty').value).toBe('0% of the 5 gives with a reason');
    });
  });

  describe('time spent', () => {
    it.each([
      [60, '1 hour'],
      [120, '2 hours'],
      [90, '90 minutes'],
      [1, '1 minute'],
      [0, '0 minutes'],
    ])('a budget of %i minutes reads "%s"', (minutes, words) => expect(budgetInWords(minutes)).toBe(words));

    it.each([
      [[60, 30, 0, 30], undefined, '30 minutes a week', false], // 120 / 4
      [[60, 30, 0, 30], 60, '30 minutes a week (your budget: 1 hour)', false],
      [[60, 30, 0, 30], 30, '30 minutes a week (your budget: 30 minutes)', false], // exactly on budget is not over
      [[60, 30, 0, 30], 20, '30 minutes a week (your budget: 20 minutes)', true],
      // 121 / 4 = 30.25 shows as 30: on budget, as the figure shown says (the verdict reads the number shown).
      [[60, 30, 0, 31], 30, '30 minutes a week (your budget: 30 minutes)', false],
      [[60, 30, 0, 34], 30, '31 minutes a week (your budget: 30 minutes)', true], // 124 / 4 = 31
      [[60, 60, 60, 60], 90, '60 minutes a week (your budget: 90 minutes)', false],
      [[10, 0, 0, 1], undefined, '3 minutes a week', false], // 11 / 4 = 2.75 → 3
    ])('minutes per week %j with budget %s read "%s"; over budget: %s', (minutes, budget, value, over) => {
      const weeks = [week({ minutes: 1000 }), ...minutes.map((m) => week({ minutes: m }))];
      const reading = byId(readings(weeks, budget), 'time');
      expect(reading.value).toBe(value);
      if (over) expect(reading.meaning).toMatch(/^You are spending more than you planned/);
      else expect(reading.meaning).toMatch(/^Small, frequent gives need little time/);
    });

    it('with only two weeks recorded, the mean is over those two: (40 + 20) / 2 = 30', () => {
      expect(byId(readings([week({ minutes: 40 }), week({ minutes: 20 })]), 'time').value).toBe('30 minutes a week');
    });

    it('entries without minutes are not read as no time: the reading says how many recorded minutes', () => {
      const weeks = [week({ gives: 3, minutes: 40, timedEntries: 2 }), week({ gets: 2, minutes: 20, timedEntries: 1 })];
      expect(byId(readings(weeks, 60), 'time').value).toBe(
        '30 minutes a week, from the 3 of 5 entries with minutes (your budget: 1 hour)',
      );
    });

    it('with entries and no minutes at all, no time is claimed and no budget verdict given', () => {
      const reading = byId(readings([week({ gives: 1 })], 150), 'time');
      expect(reading.value).toBe('no minutes recorded in the last week (your budget: 150 minutes)');
      expect(reading.meaning).toMatch(/^Note the minutes an exchange took/);
      expect(byId(readings(empty(4)), 'time').value).toBe('no minutes recorded yet');
    });

    it('a table shows "—" for a week with entries and no minutes, and 0 for an empty week', () => {
      expect(minutesShown(week({ gives: 2 }))).toBe('—');
      expect(minutesShown(week())).toBe('0');
      expect(minutesShown(week({ gives: 1, minutes: 0 }))).toBe('0');
      expect(minutesShown(figuresOf([gave('2026-03-02', { minutes: 15 }), gave('2026-03-03')]))).toBe('15');
    });
  });

  it('what a learner sees after four weeks of entries, straight from the ledger', () => {
    // Today Wednesday 11 March 2026; the last four weeks start 16 Feb, 23 Feb, 2 Mar and 9 Mar.
    const entries = [
      gave('2026-02-16', { reason: 'obliged', minutes: 20 }),
      gave('2026-02-18', { reason: 'obliged', minutes: 10 }),
      got('2026-02-24', { minutes: 15 }),
      gave('2026-03-03', { reason: 'glad', minutes: 25 }),
      asked('2026-02-10'), // five weeks ago: outside the four weeks, and the last ask
      got('2026-03-10', { minutes: 10 }),
    ];
    const list = readings(weeklyFigures(entries, '2026-03-11'), 45);
    expect(list.map((r) => r.value)).toEqual([
      '1.3 a week over the last four weeks', // G 3 + R 2 = 5 exchanges / 4 weeks = 1.25 → 1.3
      'two-way', // (3 − 2) / 5 = 0.2
      '0 asks in the last four weeks',
      'not enough gives with a reason yet (3 of 5 in the last four weeks)', // 2 obliged of 3: too few to read
      '20 minutes a week (your budget: 45 minutes)', // (20 + 10 + 15 + 25 + 10) / 4 = 80 / 4 = 20
    ]);
    expect(byId(list, 'asking').meaning).toMatch(/^No asks for 4 weeks\./); // the weeks of 16 Feb to 9 Mar
    expect(byId(list, 'duty').meaning).not.toMatch(/^More than half/);
  });
});
