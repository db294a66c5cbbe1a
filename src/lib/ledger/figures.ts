/**
 * What the ledger shows, week by week and month by month, in the order the course teaches it: how often help is
 * exchanged first (Flynn 2003: frequency matters more than balance), then the balance of giving and getting as a
 * band rather than a target, how often the learner asks (Flynn & Lake 2008), how much giving is done out of
 * obligation (Grant 2013, after Weinstein & Ryan), and time spent (Cross, Rebele & Grant 2016).
 * The thresholds are the course's own suggestions, as the research brief says, not research findings.
 */
import { addDaysTo, monthOf, weekStart } from '~/lib/dates';
import type { LedgerEntry } from '~/lib/ledger/ledger';

export { followUpsDue } from '~/lib/ledger/ledger';

/** Counts and totals for a stretch of time. */
export interface LedgerFigures {
  gives: number;
  gets: number;
  asks: number;
  declined: number;
  /** Gives and gets together. */
  exchanges: number;
  /** (gives − gets) / (gives + gets), from −1 to +1; NaN with no exchanges. */
  balance: number;
  /** Gives with a reason recorded, and those done out of obligation. */
  reasonedGives: number;
  obligedGives: number;
  /** Share of gives done out of obligation, of those with a reason; NaN when none has one. */
  dutyShare: number;
  /** Minutes over the entries that recorded them; `timedEntries` of all `entries` did. */
  minutes: number;
  entries: number;
  timedEntries: number;
  fiveMinuteFavours: number;
  /** Mean energy after gives; NaN when none recorded. */
  energyAfterGiving: number;
}

/** A period's minutes for a table: "—" when it has entries and none recorded minutes (a blank is not 0). */
export function minutesShown(period: LedgerFigures): string {
  return period.entries > 0 && period.timedEntries === 0 ? '—' : String(period.minutes);
}

/** The band a balance falls in: how it reads, not a target. */
export type BalanceBand = 'none' | 'mostly-receiving' | 'two-way' | 'mostly-giving';

/** Balance above this is "mostly giving"; below −0.5 "mostly receiving" (the brief's suggested bands). */
export const MOSTLY_GIVING = 0.8;
export const MOSTLY_RECEIVING = -0.5;
/** Share of gives from obligation above which the ledger suggests a change. */
export const DUTY_NUDGE = 0.5;
/** Weeks with no ask before the ledger suggests asking. */
export const WEEKS_WITHOUT_ASKING = 3;
/**
 * The fewest exchanges (gives and gets) the balance is read from, and the fewest gives with a reason the share given
 * out of obligation is read from: below five, one entry moves either by 20 points or more, so a single give would
 * read "mostly giving" (the same minimum as the audit's, src/lib/network/insights.ts).
 */
export const MIN_ENTRIES = 5;

/** The figures for a set of entries. */
export function figuresOf(entries: readonly LedgerEntry[]): LedgerFigures {
  let gives = 0,
    gets = 0,
    asks = 0,
    declined = 0,
    minutes = 0,
    timed = 0,
    favours = 0,
    withReason = 0,
    obliged = 0,
    energySum = 0,
    energyCount = 0;
  for (const entry of entries) {
    if (entry.direction === 'gave') {
      gives += 1;
      if (entry.reason) {
        withReason += 1;
        if (entry.reason === 'obliged') obliged += 1;
      }
      if (entry.energyAfter !== undefined) {
        energySum += entry.energyAfter;
        energyCount += 1;
      }
    } else if (entry.direction === 'received') gets += 1;
    else if (entry.direction === 'asked') asks += 1;
    else declined += 1;
    if (entry.minutes !== undefined) {
      minutes += entry.minutes;
      timed += 1;
    }
    if (entry.fiveMinuteFavour) favours += 1;
  }
  const exchanges = gives + gets;
  return {
    gives,
    gets,
    asks,
    declined,
    exchanges,
    balance: exchanges === 0 ? Number.NaN : (gives - gets) / exchanges,
    reasonedGives: withReason,
    obligedGives: obliged,
    dutyShare: withReason === 0 ? Number.NaN : obliged / withReason,
    minutes,
    entries: entries.length,
    timedEntries: timed,
    fiveMinuteFavours: favours,
    energyAfterGiving: energyCount === 0 ? Number.NaN : energySum / energyCount,
  };
}

/** Which band a balance falls in. */
export function balanceBand(balance: number): BalanceBand {
  if (Number.isNaN(balance)) return 'none';
  if (balance > MOSTLY_GIVING) return 'mostly-giving';
  if (balance < MOSTLY_RECEIVING) return 'mostly-receiving';
  return 'two-way';
}

/** Figures for one week (Monday to Sunday) or month. */
export interface Period extends LedgerFigures {
  /** The week's Monday (YYYY-MM-DD) or the month (YYYY-MM). */
  start: string;
}

/** The last `count` weeks up to the week containing `today`, oldest first, including empty weeks. */
export function weeklyFigures(entries: readonly LedgerEntry[], today: string, count = 12): Period[] {
  const thisWeek = weekStart(today);
  const byWeek = new Map<string, LedgerEntry[]>();
  for (const entry of entries) {
    const week = weekStart(entry.date);
    byWeek.set(week, [...(byWeek.get(week) ?? []), entry]);
  }
  return Array.from({ length: count }, (_, i) => {
    const start = addDaysTo(thisWeek, -7 * (count - 1 - i));
    return { start, ...figuresOf(byWeek.get(start) ?? []) };
  });
}

/** Every month that has entries, newest first. */
export function monthlyFigures(entries: readonly LedgerEntry[]): Period[] {
  const byMonth = new Map<string, LedgerEntry[]>();
  for (const entry of entries) byMonth.set(monthOf(entry.date), [...(byMonth.get(monthOf(entry.date)) ?? []), entry]);
  return [...byMonth.entries()]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([start, items]) => ({ start, ...figuresOf(items) }));
}

/** Exchanges per week over the weeks given (the headline figure). */
export function exchangesPerWeek(weeks: readonly Period[]): number {
  return weeks.length === 0 ? Number.NaN : weeks.reduce((sum, week) => sum + week.exchanges, 0) / weeks.length;
}

/** The weeks from the first one with any entry onwards (all of them, if none has one). */
export function activeWeeks(weeks: readonly Period[]): Period[] {
  const first = weeks.findIndex((week) => week.gives + week.gets + week.asks + week.declined > 0);
  return first === -1 ? [...weeks] : weeks.slice(first);
}

/** Weeks in a row, up to this one, without asking for anything. */
export function weeksWithoutAsking(weeks: readonly Period[]): number {
  let count = 0;
  for (let i = weeks.length - 1; i >= 0 && weeks[i]!.asks === 0; i--) count += 1;
  return count;
}

/** One sentence on each figure, in the order the ledger shows them, for the last four weeks. */
export interface Reading {
  id: 'frequency' | 'balance' | 'asking' | 'duty' | 'time';
  title: string;
  value: string;
  meaning: string;
}

/** A weekly budget in words: whole hours as hours ("2 hours"), anything else in minutes ("90 minutes"). */
export function budgetInWords(minutes: number): string {
  if (minutes > 0 && minutes % 60 === 0) return `${minutes / 60} ${minutes === 60 ? 'hour' : 'hours'}`;
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/**
 * The time reading: minutes a week over the entries that recorded minutes, saying how many did when some did not (a
 * blank is not "no time"), and nothing when none did.
 */
function timeReading(
  perWeek: number,
  timed: number,
  entryCount: number,
  period: string,
  budgetMinutes: number | undefined,
): Reading {
  const budget = budgetMinutes !== undefined ? ` (your budget: ${budgetInWords(budgetMinutes)})` : '';
  if (timed === 0)
    return {
      id: 'time',
      title: 'Time spent',
      value: `no minutes recorded${entryCount > 0 ? ` in the last ${period}` : ' yet'}${budget}`,
      meaning: 'Note the minutes an exchange took to see your time against your budget. Five-minute favours count.',
    };
  const base = timed < entryCount ? `, from the ${timed} of ${entryCount} entries with minutes` : '';
  return {
    id: 'time',
    title: 'Time spent',
    value: `${perWeek} minutes a week${base}${budget}`,
    meaning:
      // Judged on the minutes shown, so "30 minutes a week (your budget: 30 minutes)" is never called over.
      budgetMinutes !== undefined && perWeek > budgetMinutes
        ? 'You are spending more than you planned. Helpful people are the first to be overloaded (Cross, Rebele & Grant 2016): protect your own work by giving in set blocks.'
        : 'Small, frequent gives need little time. Five-minute favours count.',
  };
}

/** Plain-words readings of the last four weeks (and the weekly time budget, if set). */
export function readings(weeks: readonly Period[], budgetMinutes?: number): Reading[] {
  // Count only weeks since the ledger's first entry: a new ledger has not gone twelve weeks without asking.
  const used = activeWeeks(weeks);
  const recent = used.slice(-4);
  const sum = (pick: (week: Period) => number) => recent.reduce((total, week) => total + pick(week), 0);
  const gave = sum((w) => w.gives);
  const got = sum((w) => w.gets);
  const asks = sum((w) => w.asks);
  const balance = gave + got === 0 ? Number.NaN : (gave - got) / (gave + got);
  const reasonedGives = sum((w) => w.reasonedGives);
  const dutyShare = reasonedGives === 0 ? Number.NaN : sum((w) => w.obligedGives) / reasonedGives;
  const perWeek = exchangesPerWeek(recent);
  const enoughExchanges = gave + got >= MIN_ENTRIES;
  const band = enoughExchanges ? balanceBand(balance) : 'none';
  const noAsk = weeksWithoutAsking(used);
  const minutesPerWeek = sum((w) => w.minutes) / Math.max(1, recent.length);
  const entryCount = sum((w) => w.entries);
  const timed = sum((w) => w.timedEntries);
  const round1 = (n: number) => (Math.round(n * 10) / 10 || 0).toLocaleString('en');
  // The stretch the readings cover: the last four weeks, or fewer since the first entry.
  const period = ['four weeks', 'week', 'two weeks', 'three weeks', 'four weeks'][recent.length] ?? 'four weeks';
  return [
    {
      id: 'frequency',
      title: 'Exchanges a week',
      value: `${round1(perWeek)} a week over the last ${period}`,
      meaning:
        'How often you give or get help. It matters more than keeping things even: people who exchange help often earn more standing and get more done (Flynn 2003). A few small exchanges every week is a good rhythm.',
    },
    {
      id: 'balance',
      title: 'Giving and getting',
      value:
        gave + got === 0
          ? 'no exchanges yet'
          : !enoughExchanges
            ? `not enough exchanges yet to read a balance (${gave + got} of ${MIN_ENTRIES} in the last ${period})`
            : band === 'mostly-giving'
              ? 'mostly giving'
              : band === 'mostly-receiving'
                ? 'mostly receiving'
                : 'two-way',
      meaning:
        band === 'mostly-giving'
          ? 'You give far more than you get. That is fine while it energises you; if it drains you, choose where to give, bunch it into set times, and ask for help too (Grant 2013).'
          : band === 'mostly-receiving'
            ? 'You get more than you give for now, which is normal when you are new. Look for one small thing to give back this week.'
            : 'A band, not a target: anything between mostly giving and mostly receiving is healthy. What counts is that help flows both ways.',
    },
    {
      id: 'asking',
      title: 'Asking',
      value: `${asks} ${asks === 1 ? 'ask' : 'asks'} in the last ${period}`,
      meaning:
        noAsk >= WEEKS_WITHOUT_ASKING
          ? `No asks for ${noAsk} weeks. People agree to direct requests more often than we expect (Flynn & Lake 2008): ask one person for one specific thing this week.`
          : 'Asking is part of the exchange: it gives others a chance to help, and people say yes more often than we expect (Flynn & Lake 2008).',
    },
    {
      id: 'duty',
      title: 'Giving out of obligation',
      value:
        reasonedGives === 0
          ? 'no reasons recorded'
          : reasonedGives < MIN_ENTRIES
            ? `not enough gives with a reason yet (${reasonedGives} of ${MIN_ENTRIES} in the last ${period})`
            : `${Math.round(dutyShare * 100)}% of the ${reasonedGives} gives with a reason`,
      meaning:
        reasonedGives >= MIN_ENTRIES && Math.round(dutyShare * 100) > DUTY_NUDGE * 100
          ? 'More than half of your giving feels like a duty. Helping lifts your energy mostly when you do it gladly (Grant 2013): keep the gives you enjoy, and say no, or not now, to some of the rest.'
          : 'Giving you are glad to do tends to give you energy back; giving from duty tends to drain it (Grant 2013).',
    },
    timeReading(Math.round(minutesPerWeek), timed, entryCount, period, budgetMinutes),
  ];
}
