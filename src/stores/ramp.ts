/**
 * The 26-week ramp plan, stored under `real-networking:ramp` (shape and version in src/lib/ramp/record.ts). Its start
 * is a shared answer kept in module 7's worksheet (src/stores/shared-answers.ts).
 */
import { emptyRamp, rampRecordSpec, withCheckIn, type CheckIn, type RampRecord } from '~/lib/ramp/record';
import { recordStore, type SaveResult } from '~/stores/record-store';
import '~/stores/workbook-meta';

const ramp = recordStore<RampRecord>('ramp', rampRecordSpec, emptyRamp);

/** The plan's state (record null until it is set up). */
export const $ramp = ramp.$state;

/**
 * Remove the plan's own copy of its first day (`date`) or kind of start (`kind`), once module 7's worksheet holds the
 * start (src/stores/shared-answers.ts). Bookkeeping, not a change of answer: no backup reminder.
 */
export function clearLegacyStart(part: 'date' | 'kind'): SaveResult {
  return ramp.update(
    (record) => {
      const { startDate, start, ...rest } = record;
      return part === 'date' ? { ...rest, start } : { ...rest, startDate };
    },
    { countsAsChange: false },
  );
}

/** Change part of one week's check-in. */
export function saveCheckIn(week: number, change: Partial<Omit<CheckIn, 'savedAt'>>): SaveResult {
  return ramp.update((record) => withCheckIn(record, week, change, new Date().toISOString()));
}
