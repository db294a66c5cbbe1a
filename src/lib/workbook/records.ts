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
 * A knowledge check's answers, version 2:
 * `{ v: 2, updatedAt, chosen: { [questionId]: option index }, firstTry: { [questionId]: option index | null } }`.
 *
 * `chosen` is the option the learner has chosen now (they may try again, and read every explanation); `firstTry` is the
 * option they chose the first time they answered, kept when they try again, and what the score counts ("3 of 5 right
 * first time"). `null` means the question was answered before first tries were kept (a version-1 record), so its first
 * try is unknown and the score says so instead of guessing.
 *
 * Options are stored by position: a question whose options change or move takes a new id (README, "Worksheets and
 * knowledge checks"), so that an old answer never points at a different option. Answers to question ids no longer in
 * the check are kept, never dropped.
 *
 * Migrations: version 1 (`{ v: 1, updatedAt, chosen }`) → 2 keeps `chosen` and marks each answered question's first
 * try unknown (`null`): version 1 kept only the latest choice, which may have followed several tries.
 */
export interface CheckRecord {
  v: 2;
  updatedAt: string;
  chosen: Record<string, number>;
  firstTry: Record<string, number | null>;
}

const optionIndex = v.pipe(v.number(), v.integer(), v.minValue(0));

export const checkRecordSpec: RecordSpec<CheckRecord> = {
  name: 'knowledge check',
  version: 2,
  validate: validateWith(
    v.object({
      v: v.literal(2),
      updatedAt: isoTime,
      chosen: v.record(v.string(), optionIndex),
      firstTry: v.record(v.string(), v.nullable(optionIndex)),
    }) as v.GenericSchema<unknown, CheckRecord>,
  ),
  migrations: {
    1: (record) => {
      const chosen = record['chosen'];
      const answered = typeof chosen === 'object' && chosen !== null ? Object.keys(chosen) : [];
      return { ...record, firstTry: Object.fromEntries(answered.map((questionId) => [questionId, null])) };
    },
  },
};

/** A knowledge check with nothing chosen. */
export function emptyCheckRecord(now: string): CheckRecord {
  return { v: 2, updatedAt: now, chosen: {}, firstTry: {} };
}

/**
 * The record with `optionIndex` chosen for a question. The first answer to a question is kept as its first try; later
 * choices change only `chosen`. (Saving sets `updatedAt`: src/stores/record-store.ts.)
 */
export function withChoice(record: CheckRecord, questionId: string, optionIndex: number): CheckRecord {
  const firstTry = questionId in record.firstTry ? record.firstTry : { ...record.firstTry, [questionId]: optionIndex };
  return { ...record, chosen: { ...record.chosen, [questionId]: optionIndex }, firstTry };
}

/** The record with one question's choice cleared (or every choice, without a question id); first tries stay. */
export function withoutChoice(record: CheckRecord, questionId?: string): CheckRecord {
  if (questionId === undefined) return { ...record, chosen: {} };
  const chosen = { ...record.chosen };
  delete chosen[questionId];
  return { ...record, chosen };
}
