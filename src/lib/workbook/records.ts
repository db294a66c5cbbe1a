/**
 * The stored forms of a worksheet's answers and of a knowledge check's answers: shape, version and validation. Two
 * tabs never overwrite each other because every change is applied to the freshest stored copy
 * (src/stores/record-store.ts); an import's merge is in src/lib/workbook/transfer.ts. Keys are listed in
 * src/lib/workbook/sections.ts.
 */
import * as v from 'valibot';
import type { Answer } from '~/lib/workbook/answers';
import type { RecordSpec } from '~/lib/storage/stored-record';
import { isoTime, validateWith } from '~/lib/storage/validate';

const simpleAnswer = v.union([v.string(), v.number(), v.null(), v.array(v.string())]);
const groupRow = v.object({ id: v.string(), values: v.record(v.string(), simpleAnswer) });
const answer = v.union([simpleAnswer, v.array(groupRow)]);

/**
 * A worksheet's answers, version 1: `{ v: 1, updatedAt, answers: { [fieldId]: Answer } }`.
 * Answers to fields no longer in the definition are kept (never dropped), so a renamed field loses nothing.
 */
export interface WorksheetRecord {
  v: 1;
  updatedAt: string;
  answers: Record<string, Answer>;
}

export const worksheetRecordSpec: RecordSpec<WorksheetRecord> = {
  name: 'worksheet',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      answers: v.record(v.string(), answer),
    }) as v.GenericSchema<unknown, WorksheetRecord>,
  ),
  migrations: {},
};

/** A worksheet with nothing answered yet. */
export function emptyWorksheetRecord(now: string): WorksheetRecord {
  return { v: 1, updatedAt: now, answers: {} };
}

/**
 * The record with one answer changed at `now`; `undefined` clears the field. Saving applies this one change to the
 * freshest stored copy, so a tab that has not caught up never overwrites answers another tab saved since.
 */
export function withAnswer(
  record: WorksheetRecord,
  fieldId: string,
  value: Answer | undefined,
  now: string,
): WorksheetRecord {
  const answers = { ...record.answers };
  if (value === undefined) delete answers[fieldId];
  else answers[fieldId] = value;
  return { v: 1, updatedAt: now, answers };
}

/**
 * A knowledge check's answers, version 1: `{ v: 1, updatedAt, chosen: { [questionId]: option index } }`.
 */
export interface CheckRecord {
  v: 1;
  updatedAt: string;
  chosen: Record<string, number>;
}

export const checkRecordSpec: RecordSpec<CheckRecord> = {
  name: 'knowledge check',
  version: 1,
  validate: validateWith(
    v.object({
      v: v.literal(1),
      updatedAt: isoTime,
      chosen: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0))),
    }) as v.GenericSchema<unknown, CheckRecord>,
  ),
  migrations: {},
};

/** A knowledge check with nothing chosen. */
export function emptyCheckRecord(now: string): CheckRecord {
  return { v: 1, updatedAt: now, chosen: {} };
}
