/**
 * The practice tools at a heavy but realistic size: a give/get ledger of 1,000 entries over a year (about 20 a
 * week), and a ramp plan with all 26 check-ins saved. Target: each under 10 ms. `npm run bench` runs this and prints
 * the figures (a benchmark, not a timed test: it never fails on a slow day).
 */
import { test } from 'vitest';
import { addDaysTo } from '~/lib/dates';
import { followUpsDue, monthlyFigures, readings, weeklyFigures } from '~/lib/ledger/figures';
import { DIRECTIONS, KINDS, type LedgerEntry } from '~/lib/ledger/ledger';
import { planEvents, weekOn, type RampRecord } from '~/lib/ramp/plan';
import { toolOutlines } from '~/lib/workbook/tool-outline';

/** A repeatable pseudo-random sequence, so every run measures the same ledger. */
function sequence(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

const random = sequence(7);
const TODAY = '2026-11-25';
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** 1,000 entries on days spread over the year up to today, newest first as the ledger stores them. */
const entries: LedgerEntry[] = Array.from({ length: 1000 }, (_, i): LedgerEntry => {
  const direction = pick(DIRECTIONS).value;
  const date = addDaysTo(TODAY, -Math.floor(random() * 365));
  return {
    id: `e${i}`,
    date,
    contact: `Person ${Math.floor(random() * 60)}`,
    direction,
    kind: pick(KINDS).value,
    minutes: Math.floor(random() * 60),
    fiveMinuteFavour: random() < 0.3,
    reason: direction === 'gave' && random() < 0.7 ? (random() < 0.3 ? 'obliged' : 'glad') : undefined,
    energyAfter: direction === 'gave' && random() < 0.5 ? Math.floor(random() * 5) - 2 : undefined,
    followUp: random() < 0.25 ? addDaysTo(date, 1 + Math.floor(random() * 14)) : undefined,
    followedUp: random() < 0.5,
  };
}).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

/** A plan started 26 weeks before today, with every week's check-in filled in. */
const START = addDaysTo(TODAY, -7 * 25 - 3);
const ramp: RampRecord = {
  v: 1,
  updatedAt: `${TODAY}T09:00:00.000Z`,
  startDate: START,
  start: 'new-role',
  checkIns: Object.fromEntries(
    Array.from({ length: 26 }, (_, i) => [
      String(i + 1),
      {
        reviewed: pick(['done', 'partly', 'not'] as const),
        conversations: Math.floor(random() * 6),
        given: Math.floor(random() * 6),
        learned: `What week ${i + 1} taught me about how decisions are made here.`,
        celebrate: `A small win in week ${i + 1}.`,
        ifThen: { when: 'I finish the Monday stand-up', then: 'ask one person about their week' },
        savedAt: `${TODAY}T09:00:00.000Z`,
      },
    ]),
  ),
};
const SITE = 'https://coach.example.org/course/workbook/ramp-plan/';

test('give/get ledger at 1,000 entries and a ramp plan with 26 check-ins', async ({ bench }) => {
  await bench.compare(
    bench('ledger figures for 1,000 entries (what the page computes)', () => {
      const weeks = weeklyFigures(entries, TODAY, 12);
      monthlyFigures(entries);
      readings(weeks, 120);
      followUpsDue(entries, TODAY);
    }),
    bench('ramp plan: week, phases and calendar events for 26 check-ins', () => {
      weekOn(START, TODAY);
      planEvents(START, SITE);
      toolOutlines({ ramp }, TODAY);
    }),
  );
});
