/**
 * Test helpers for running date code in several time zones, and a calendar worked out independently of both the
 * local time zone and date-fns, to check the code's answers against.
 *
 * Node reads `process.env.TZ` again whenever it changes, so new Date objects follow the zone set here (dates.test.ts
 * checks that this really happens before relying on it).
 */
import { afterEach, beforeEach } from 'vitest';

/** A time zone and the local dates of its 2026 daylight-saving changes (none for zones without daylight saving). */
export interface Zone {
  zone: string;
  /** Local dates (all Sundays) on which the clocks change in 2026. */
  changes: string[];
}

/*
 * The 2026 changes, from each zone's rules (checked against the UTC offset at noon either side in dates.test.ts):
 * - New York: second Sunday of March, first Sunday of November.
 * - London: last Sunday of March, last Sunday of October.
 * - Sydney: first Sunday of April (ends), first Sunday of October (starts).
 * - Auckland: first Sunday of April (ends), last Sunday of September (starts).
 * - Santiago: first Sunday of April, first Sunday of September; the clocks change at midnight, so on 2026-09-06
 *   local midnight does not exist (the harshest case for "a date is its local midnight").
 * - Kolkata and UTC: no daylight saving.
 */
export const ZONES: Zone[] = [
  { zone: 'America/New_York', changes: ['2026-03-08', '2026-11-01'] },
  { zone: 'Europe/London', changes: ['2026-03-29', '2026-10-25'] },
  { zone: 'Australia/Sydney', changes: ['2026-04-05', '2026-10-04'] },
  { zone: 'Pacific/Auckland', changes: ['2026-04-05', '2026-09-27'] },
  { zone: 'America/Santiago', changes: ['2026-04-05', '2026-09-06'] },
  { zone: 'Asia/Kolkata', changes: [] },
  { zone: 'UTC', changes: [] },
];

/** Sets `process.env.TZ` to `zone` before each test of the enclosing describe block, and restores it after each. */
export function useTimeZone(zone: string): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
    process.env.TZ = zone;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}

/** Runs `body` with `process.env.TZ` set to `zone`, restoring the previous zone afterwards. */
export function inZone<T>(zone: string, body: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

/*
 * An independent calendar: YYYY-MM-DD days as whole UTC days. UTC has no daylight saving, so adding 86,400,000 ms is
 * always exactly one calendar day, whatever the local zone.
 */
const DAY_MS = 86_400_000;
const utcMs = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/** The day `days` after `day`, worked out in UTC. */
export function plusDays(day: string, days: number): string {
  return new Date(utcMs(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `from` to `to`, worked out in UTC. */
export function utcDaysBetween(from: string, to: string): number {
  return Math.round((utcMs(to) - utcMs(from)) / DAY_MS);
}

/** The day of the week, 0 Sunday … 6 Saturday, worked out in UTC. */
export function weekdayOf(day: string): number {
  return new Date(utcMs(day)).getUTCDay();
}

/** Every day from `from` to `to` inclusive. */
export function daysFrom(from: string, to: string): string[] {
  return Array.from({ length: utcDaysBetween(from, to) + 1 }, (_, i) => plusDays(from, i));
}
