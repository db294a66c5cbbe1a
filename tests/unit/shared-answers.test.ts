/**
 * One question, one answer (src/lib/workbook/shared-answers.ts): where each shared answer lives, how later
 * worksheets show it, and what happens to the copies earlier versions kept in two places: moved home when the home
 * is empty, dropped when they agree, offered as a choice when they differ. Nothing is lost.
 */
import { describe, expect, it } from 'vitest';
import { rampStart } from '~/lib/ramp/plan';
import {
  SHARED_ANSWERS,
  auditSetupWith,
  helpingBudgetMinutes,
  legacyAnswers,
  moveLegacy,
  sharedAnswerAt,
  sharedValue,
  withSharedAnswers,
} from '~/lib/workbook/shared-answers';

describe('where shared answers live', () => {
  it.each<[string, string, string | undefined]>([
    ['ramp-readiness', 'start-date', 'ramp-start'],
    ['ramp-readiness', 'start-kind', 'ramp-kind'],
    ['power-lines-map', 'job-contact', 'job-contact'],
    ['ramp-readiness', 'job-contact', 'job-contact'],
    ['giving-style', 'weekly-budget', 'helping-budget'],
    ['ramp-readiness', 'weekly-hours', undefined],
    ['giving-style', 'request-hours', undefined],
  ])('%s: %s is %s', (worksheet, field, key) => {
    expect(sharedAnswerAt(worksheet, field)).toBe(key);
  });

  it('the home is the first place in the course that asks the question', () => {
    expect(SHARED_ANSWERS['job-contact'].home.worksheet).toBe('power-lines-map');
  });

  it('a later worksheet shows the home’s answer, not its own old copy, and shows nothing when the home is blank', () => {
    const answers = withSharedAnswers({
      'power-lines-map': { 'job-contact': 2 },
      'ramp-readiness': { 'job-contact': 4, 'weekly-hours': 3 },
    });
    expect(answers['ramp-readiness']).toEqual({ 'job-contact': 2, 'weekly-hours': 3 });
    expect(withSharedAnswers({ 'ramp-readiness': { 'job-contact': 4 } })['ramp-readiness']).toEqual({});
  });

  it('a blank home (an empty text, null) has no value', () => {
    expect(sharedValue('ramp-start', { 'ramp-readiness': { 'start-date': '' } })).toBeUndefined();
    expect(sharedValue('ramp-start', { 'ramp-readiness': { 'start-date': null } })).toBeUndefined();
  });
});

describe('reading the ramp plan’s start', () => {
  it.each<[string, { startDate?: string } | null, Record<string, unknown> | undefined, string | undefined]>([
    ['the worksheet’s answer', { startDate: '2026-03-02' }, { 'start-date': '2026-03-09' }, '2026-03-09'],
    ['the plan’s older copy while the worksheet has none', { startDate: '2026-03-02' }, {}, '2026-03-02'],
    ['nothing', null, undefined, undefined],
    ['not a half-written date', null, { 'start-date': '2026-03' }, undefined],
  ])('is %s', (_what, plan, readiness, start) => {
    expect(rampStart(plan, readiness)).toBe(start);
  });
});

describe('copies kept by earlier versions', () => {
  it('the ramp plan’s own start date is moved home when the worksheet has none, and removed', () => {
    expect(moveLegacy('ramp-start', {}, { ramp: { startDate: '2026-03-02' } })).toEqual({
      moveHome: '2026-03-02',
      remove: [{ kind: 'ramp-start-date' }],
      choices: [],
    });
  });

  it('a copy that agrees with the home is removed, moving nothing', () => {
    expect(
      moveLegacy(
        'ramp-start',
        { 'ramp-readiness': { 'start-date': '2026-03-02' } },
        { ramp: { startDate: '2026-03-02' } },
      ),
    ).toEqual({ remove: [{ kind: 'ramp-start-date' }], choices: [] });
  });

  it('two different dates: neither is moved or removed; the learner chooses', () => {
    const plan = moveLegacy(
      'ramp-start',
      { 'ramp-readiness': { 'start-date': '2026-03-09' } },
      { ramp: { startDate: '2026-03-02' } },
    );
    expect(plan).toEqual({
      remove: [],
      choices: [{ where: 'the ramp plan', value: '2026-03-02', copy: { kind: 'ramp-start-date' } }],
    });
  });

  it('"a fresh start" moves home as it is', () => {
    expect(moveLegacy('ramp-kind', {}, { ramp: { start: 'fresh-start' } }).moveHome).toBe('fresh-start');
  });

  it('"a new job or role" from the first ramp plan is not guessed into one of the two: it waits for the learner', () => {
    const plan = moveLegacy('ramp-kind', {}, { ramp: { start: 'new-role' } });
    expect(plan.moveHome).toBeUndefined();
    expect(plan.remove).toEqual([]);
    expect(plan.choices.map((choice) => choice.value)).toEqual(['new-job-or-role']);
  });

  it.each(['new-job', 'new-role'])(
    '"a new job or role" agrees with a worksheet answer of %s, and is removed',
    (kind) => {
      expect(
        moveLegacy('ramp-kind', { 'ramp-readiness': { 'start-kind': kind } }, { ramp: { start: 'new-role' } }),
      ).toEqual({
        remove: [{ kind: 'ramp-start' }],
        choices: [],
      });
    },
  );

  it('the audit’s job contact moves to module 2’s worksheet; module 7’s own copy agrees and goes too', () => {
    const plan = moveLegacy('job-contact', { 'ramp-readiness': { 'job-contact': 2 } }, { auditJobContact: 2 });
    expect(plan).toEqual({
      moveHome: 2,
      remove: [{ kind: 'audit-job-contact' }, { kind: 'worksheet', ref: SHARED_ANSWERS['job-contact'].views[0] }],
      choices: [],
    });
  });

  it('copies that disagree with each other, with no home answer: all kept as choices, nothing moved', () => {
    const plan = moveLegacy('job-contact', { 'ramp-readiness': { 'job-contact': 4 } }, { auditJobContact: 2 });
    expect(plan.moveHome).toBeUndefined();
    expect(plan.remove).toEqual([]);
    expect(plan.choices.map((choice) => [choice.where, choice.value])).toEqual([
      ['the network audit', 2],
      ['module 7’s worksheet', 4],
    ]);
  });

  it('the ledger’s budget in minutes is offered home in hours', () => {
    expect(legacyAnswers('helping-budget', {}, { ledgerBudgetMinutes: 90 })[0]!.value).toBe(1.5);
    expect(moveLegacy('helping-budget', {}, { ledgerBudgetMinutes: 120 }).moveHome).toBe(2);
  });

  it('no copies: nothing to do', () => {
    expect(moveLegacy('helping-budget', { 'giving-style': { 'weekly-budget': 3 } }, {})).toEqual({
      remove: [],
      choices: [],
    });
  });
});

describe('the tools read the shared answers', () => {
  it('the audit’s job contact is the worksheet’s; the audit’s own copy only while the worksheet has none', () => {
    expect(
      auditSetupWith({ situation: 'established', jobContact: 4 }, { 'power-lines-map': { 'job-contact': 2 } }),
    ).toEqual({
      situation: 'established',
      jobContact: 2,
    });
    expect(auditSetupWith({ jobContact: 4 }, {})).toEqual({ jobContact: 4 });
    expect(auditSetupWith({}, {})).toEqual({});
  });

  it('the ledger’s budget is the worksheet’s hours in minutes, or the ledger’s own minutes while it has none', () => {
    expect(helpingBudgetMinutes({ 'giving-style': { 'weekly-budget': 1.5 } }, 30)).toBe(90);
    expect(helpingBudgetMinutes({}, 30)).toBe(30);
    expect(helpingBudgetMinutes({}, undefined)).toBeUndefined();
  });
});
