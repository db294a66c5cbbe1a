/**
 * The 26-week ramp plan, stored under `real-networking:ramp` (shape and version in src/lib/ramp/plan.ts).
 */
import { emptyRamp, rampRecordSpec, withCheckIn, type CheckIn, type RampRecord } from '~/lib/ramp/plan';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const ramp = recordStore<RampRecord>('ramp', rampRecordSpec, emptyRamp);

/** The plan's state (record null until it is set up). */
export const $ramp = ramp.$state;

/** Set the plan's start: the first day of week 1, and what kind of start it is. */
export function setStart(startDate: string | undefined, start: RampRecord['start']): SaveResult {
  return ramp.update((record) => ({ ...record, startDate, start }));
}

/** Change part of one week's check-in. */
export function saveCheckIn(week: number, change: Partial<Omit<CheckIn, 'savedAt'>>): SaveResult {
  return ramp.update((record) => withCheckIn(record, week, change, new Date().toISOString()));
}
