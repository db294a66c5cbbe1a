/**
 * Questions the course asks in more than one place, each with one stored answer that every place shows.
 *
 * Each shared answer lives in one worksheet field, its home: the first place in the course that asks it. The
 * tools, and any later worksheet that asks the same question, read and write that field:
 *
 * | answer         | home (worksheet: field)         | also shown in                                              |
 * | -------------- | ------------------------------- | ---------------------------------------------------------- |
 * | ramp-start     | ramp-readiness: start-date      | the ramp plan (module 7)                                   |
 * | ramp-kind      | ramp-readiness: start-kind      | the ramp plan                                              |
 * | job-contact    | power-lines-map: job-contact    | ramp-readiness: job-contact (module 7), the network audit  |
 * | helping-budget | giving-style: weekly-budget     | the give/get ledger (module 4), in hours                   |
 *
 * Earlier versions of the site stored some of these twice, and the two could differ: the ramp plan's own start date
 * and kind (`real-networking:ramp`: `startDate`, `start`), the audit's job contact (`real-networking:audit`:
 * `setup.jobContact`), the ledger's budget in minutes (`real-networking:ledger`: `weeklyBudgetMinutes`) and the
 * module-7 worksheet's own job contact. Those are "legacy copies". `moveLegacy` says, for each shared answer, what
 * to do with them: move a legacy copy home when the home is empty, drop copies that agree with the home, and keep
 * copies that disagree until the learner chooses (`choices` lists them, with where each came from). Nothing is lost.
 * Pure; src/stores/shared-answers.ts applies the moves.
 */
import type { Answer } from '~/lib/workbook/answers';

/** A shared answer's name. */
export type SharedAnswer = 'ramp-start' | 'ramp-kind' | 'job-contact' | 'helping-budget';

/** A worksheet field: the home of a shared answer, or a later worksheet's view of it. */
export interface FieldRef {
  worksheet: string;
  field: string;
  /** Where it is, in words, for messages: "module 7’s worksheet". */
  place: string;
}

/** Where each shared answer lives, and where else it is asked. */
export const SHARED_ANSWERS: Record<SharedAnswer, { home: FieldRef; views: FieldRef[]; tool: string }> = {
  'ramp-start': {
    home: { worksheet: 'ramp-readiness', field: 'start-date', place: 'module 7’s worksheet' },
    views: [],
    tool: 'the ramp plan',
  },
  'ramp-kind': {
    home: { worksheet: 'ramp-readiness', field: 'start-kind', place: 'module 7’s worksheet' },
    views: [],
    tool: 'the ramp plan',
  },
  'job-contact': {
    home: { worksheet: 'power-lines-map', field: 'job-contact', place: 'module 2’s worksheet' },
    views: [{ worksheet: 'ramp-readiness', field: 'job-contact', place: 'module 7’s worksheet' }],
    tool: 'the network audit',
  },
  'helping-budget': {
    home: { worksheet: 'giving-style', field: 'weekly-budget', place: 'module 4’s worksheet' },
    views: [],
    tool: 'the give/get ledger',
  },
};

/** The kinds of start the ramp plan and module 7's worksheet offer (the worksheet's options). */
export const START_KINDS = [
  { value: 'new-job', label: 'A new job in a new organisation' },
  { value: 'new-role', label: 'A new role in the organisation I already work for' },
  { value: 'fresh-start', label: 'A fresh start where I am' },
] as const;

/** Answers by worksheet id, as stored. */
export type AnswersByWorksheet = Record<string, Record<string, Answer> | undefined>;

/** The legacy copies the tools' own records may hold (each undefined when absent or unreadable). */
export interface LegacyCopies {
  /** The ramp plan's own start date and kind (`start` 'new-role' there meant "a new job or role"). */
  ramp?: { startDate?: string | undefined; start?: string | undefined } | undefined;
  /** The audit's own job contact, 1 to 5. */
  auditJobContact?: number | undefined;
  /** The ledger's own budget, in minutes a week. */
  ledgerBudgetMinutes?: number | undefined;
}

/** The shared answer a worksheet field shows, if it is the home or a view of one. */
export function sharedAnswerAt(worksheet: string, field: string): SharedAnswer | undefined {
  return (Object.keys(SHARED_ANSWERS) as SharedAnswer[]).find((key) => {
    const { home, views } = SHARED_ANSWERS[key];
    return [home, ...views].some((ref) => ref.worksheet === worksheet && ref.field === field);
  });
}

/** The stored answer of a shared answer: its home field's value. */
export function sharedValue(key: SharedAnswer, answers: AnswersByWorksheet): Answer | undefined {
  const { home } = SHARED_ANSWERS[key];
  const value = answers[home.worksheet]?.[home.field];
  return value === null || value === '' ? undefined : value;
}

/** The answers of every worksheet with each view of a shared answer showing the home's value. */
export function withSharedAnswers(answers: AnswersByWorksheet): AnswersByWorksheet {
  const out: AnswersByWorksheet = { ...answers };
  for (const key of Object.keys(SHARED_ANSWERS) as SharedAnswer[]) {
    const value = sharedValue(key, answers);
    for (const view of SHARED_ANSWERS[key].views) {
      const own = { ...(out[view.worksheet] ?? {}) };
      if (value === undefined) delete own[view.field];
      else own[view.field] = value;
      out[view.worksheet] = own;
    }
  }
  return out;
}

/**
 * The audit's setup with the job contact read from its home (module 2's worksheet), or, while that has none, from
 * the audit's own older copy. Insights and exports read the setup through this.
 */
export function auditSetupWith<T extends { jobContact?: number | undefined }>(
  setup: T,
  answers: AnswersByWorksheet,
): T {
  const shared = sharedValue('job-contact', answers);
  const jobContact =
    typeof shared === 'number' && Number.isInteger(shared) && shared >= 1 && shared <= 5 ? shared : setup.jobContact;
  const { jobContact: _old, ...rest } = setup;
  return (jobContact === undefined ? rest : { ...rest, jobContact }) as T;
}

/** The weekly budget for helping others, in minutes: module 4's worksheet's hours, or the ledger's older copy. */
export function helpingBudgetMinutes(
  answers: AnswersByWorksheet,
  ledgerMinutes: number | undefined,
): number | undefined {
  const hours = sharedValue('helping-budget', answers);
  if (typeof hours === 'number' && Number.isFinite(hours) && hours >= 0) return Math.round(hours * 60);
  return ledgerMinutes;
}

/** An answer found somewhere other than the home, and where. */
export interface LegacyAnswer {
  /** Where it was saved, in words: "the ramp plan", "module 7’s worksheet". */
  where: string;
  value: Answer;
  /** Which copy it is, so that it can be removed. */
  copy: LegacyCopy;
}

/** A legacy copy, by place. */
export type LegacyCopy =
  | { kind: 'ramp-start-date' }
  | { kind: 'ramp-start' }
  | { kind: 'audit-job-contact' }
  | { kind: 'ledger-budget' }
  | { kind: 'worksheet'; ref: FieldRef };

/** The legacy copies of one shared answer, translated to the home's form (a budget in hours, a kind of start). */
export function legacyAnswers(key: SharedAnswer, answers: AnswersByWorksheet, legacy: LegacyCopies): LegacyAnswer[] {
  const found: LegacyAnswer[] = [];
  const present = (value: unknown) => value !== undefined && value !== null && value !== '';
  switch (key) {
    case 'ramp-start':
      if (present(legacy.ramp?.startDate)) {
        found.push({ where: 'the ramp plan', value: legacy.ramp!.startDate!, copy: { kind: 'ramp-start-date' } });
      }
      break;
    case 'ramp-kind': {
      // The ramp plan's first version offered "a new job or role" ('new-role') and "a fresh start" only.
      const start = legacy.ramp?.start;
      if (start === 'fresh-start')
        found.push({ where: 'the ramp plan', value: 'fresh-start', copy: { kind: 'ramp-start' } });
      else if (present(start))
        found.push({ where: 'the ramp plan', value: 'new-job-or-role', copy: { kind: 'ramp-start' } });
      break;
    }
    case 'job-contact':
      if (legacy.auditJobContact !== undefined) {
        found.push({ where: 'the network audit', value: legacy.auditJobContact, copy: { kind: 'audit-job-contact' } });
      }
      break;
    case 'helping-budget':
      if (legacy.ledgerBudgetMinutes !== undefined) {
        found.push({
          where: 'the give/get ledger',
          value: Math.round((legacy.ledgerBudgetMinutes / 60) * 100) / 100,
          copy: { kind: 'ledger-budget' },
        });
      }
      break;
  }
  for (const view of SHARED_ANSWERS[key].views) {
    const value = answers[view.worksheet]?.[view.field];
    if (present(value)) found.push({ where: view.place, value: value!, copy: { kind: 'worksheet', ref: view } });
  }
  return found;
}

/** Whether a legacy copy says the same as the home: "a new job or role" agrees with either of the two it covers. */
const same = (copy: Answer | undefined, home: Answer | undefined) =>
  JSON.stringify(copy) === JSON.stringify(home) ||
  (copy === 'new-job-or-role' && (home === 'new-job' || home === 'new-role'));

/** What to do with one shared answer's legacy copies. */
export interface LegacyPlan {
  /** A value to save at home (the home was empty, and every legacy copy that can be used agrees). */
  moveHome?: Answer | undefined;
  /** Legacy copies to remove: moved home, or the same as the home. */
  remove: LegacyCopy[];
  /** Copies that differ from the home (or from each other): kept until the learner chooses one. */
  choices: LegacyAnswer[];
}

/**
 * What to do with a shared answer's legacy copies. "A new job or role" from the ramp plan's first version is not one
 * of today's three kinds, so it is never moved home on its own: it stays a choice for the learner to make.
 */
export function moveLegacy(key: SharedAnswer, answers: AnswersByWorksheet, legacy: LegacyCopies): LegacyPlan {
  const home = sharedValue(key, answers);
  const copies = legacyAnswers(key, answers, legacy);
  if (copies.length === 0) return { remove: [], choices: [] };
  const usable = copies.filter((copy) => copy.value !== 'new-job-or-role');
  if (home !== undefined) {
    const agreeing = copies.filter((copy) => same(copy.value, home));
    return { remove: agreeing.map((copy) => copy.copy), choices: copies.filter((copy) => !same(copy.value, home)) };
  }
  const values = [...new Set(usable.map((copy) => JSON.stringify(copy.value)))];
  if (values.length === 1 && usable.length === copies.length) {
    return { moveHome: usable[0]!.value, remove: copies.map((copy) => copy.copy), choices: [] };
  }
  return { remove: [], choices: copies };
}
