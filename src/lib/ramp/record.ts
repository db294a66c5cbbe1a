/**
 * The ramp plan's stored record (module 7), apart from the plan's content so that pages which only read or store it
 * (the workbook, its print and export, every store) do not load the 26 weeks' text. Stored under
 * `real-networking:ramp` as version 1:
 * `{ v: 1, updatedAt, startDate?: YYYY-MM-DD, start?: 'new-role' | 'fresh-start', checkIns: { [week]: CheckIn } }`.
 * `startDate` and `start` are what the plan saved before its start became module 7's worksheet's answer: see
 * src/lib/ramp/plan.ts and src/lib/workbook/shared-answers.ts.
 */
import * as v from 'valibot';
import { isCalendarDate } from '~/lib/dates';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

/** One week's check-in. */
export interface CheckIn {
  /** Last week's commitments: done, partly done, or not done. */
  reviewed?: 'done' | 'partly' | 'not' | undefined;
  conversations?: number | undefined;
  given?: number | undefined;
  learned?: string | undefined;
  celebrate?: string | undefined;
  /** Next week's commitment, as "if …, then I will …". */
  ifThen?: { when: string; then: string } | undefined;
  /** When the check-in was last changed. */
  savedAt: string;
}

/** The plan as stored. */
export interface RampRecord {
  v: 1;
  updatedAt: string;
  startDate?: string | undefined;
  start?: 'new-role' | 'fresh-start' | undefined;
  checkIns: Record<string, CheckIn>;
}

const count = v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(500)));
const text = v.optional(v.pipe(v.string(), v.maxLength(2000)));

export const rampRecordSpec: RecordSpec<RampRecord> = {
  name: 'ramp plan',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      startDate: v.optional(v.pipe(v.string(), v.check(isCalendarDate, 'not a calendar date'))),
      start: v.optional(v.picklist(['new-role', 'fresh-start'])),
      checkIns: v.record(
        v.pipe(v.string(), v.regex(/^([1-9]|1\d|2[0-6])$/, 'not a week from 1 to 26')),
        v.object({
          reviewed: v.optional(v.picklist(['done', 'partly', 'not'])),
          conversations: count,
          given: count,
          learned: text,
          celebrate: text,
          ifThen: v.optional(
            v.object({ when: v.pipe(v.string(), v.maxLength(500)), then: v.pipe(v.string(), v.maxLength(500)) }),
          ),
          savedAt: isoTime,
        }),
      ),
    }) as v.GenericSchema<unknown, RampRecord>,
  ),
  migrations: {},
};

/** A plan not yet started. */
export function emptyRamp(now: string): RampRecord {
  return { v: 1, updatedAt: now, checkIns: {} };
}

/** Weeks with a saved check-in. */
export function checkInsDone(plan: RampRecord | null): number {
  return plan ? Object.keys(plan.checkIns).length : 0;
}

/** The plan with one week's check-in changed. */
export function withCheckIn(
  plan: RampRecord,
  week: number,
  change: Partial<Omit<CheckIn, 'savedAt'>>,
  now: string,
): RampRecord {
  const current = plan.checkIns[String(week)];
  return { ...plan, checkIns: { ...plan.checkIns, [String(week)]: { ...current, ...change, savedAt: now } } };
}
