/**
 * A worksheet's line in the workbook's table (src/lib/workbook/worksheet-status.ts): a shared answer counts in every
 * worksheet that asks it, and a worksheet whose only answers are shared ones says so, with the shared answer's time.
 */
import { describe, expect, it } from 'vitest';
import { SHARED_ANSWERS } from '~/lib/workbook/shared-answers';
import { sharedAnswersIn, worksheetStatus } from '~/lib/workbook/worksheet-status';
import type { WorksheetDefinition } from '~/schema';

const field = (id: string, type: 'short-text' | 'scale' | 'date', required = true) =>
  ({ id, type, required, label: id, help: id, min: 1, max: 5, minLabel: 'low', maxLabel: 'high' }) as never;
const moduleTwo = { fields: [field('role', 'short-text'), field('job-contact', 'scale')] } as Pick<
  WorksheetDefinition,
  'fields'
>;
const moduleSeven = { fields: [field('start-date', 'date'), field('job-contact', 'scale')] } as Pick<
  WorksheetDefinition,
  'fields'
>;
const early = '2026-11-01T10:00:00.000Z';
const late = '2026-11-20T10:00:00.000Z';

describe('worksheetStatus', () => {
  it('a worksheet with only an answer it shares says so, with the time of that answer, in both worksheets', () => {
    const answers = { 'power-lines-map': { 'job-contact': 3 } };
    const savedAt = { 'power-lines-map': late };
    expect(worksheetStatus('ramp-readiness', moduleSeven, answers, savedAt)).toMatchObject({
      status: 'In progress (so far only the answer it shares with module 2’s worksheet)',
      updatedAt: late,
    });
    expect(worksheetStatus('power-lines-map', moduleTwo, answers, savedAt)).toMatchObject({
      status: 'In progress (so far only the answer it shares with module 7’s worksheet)',
      updatedAt: late,
    });
  });

  it('is plainly in progress once it has an answer of its own, and its last change is the latest of both', () => {
    const answers = { 'power-lines-map': { 'job-contact': 3 }, 'ramp-readiness': { 'start-date': '2026-03-02' } };
    expect(
      worksheetStatus('ramp-readiness', moduleSeven, answers, { 'power-lines-map': late, 'ramp-readiness': early }),
    ).toMatchObject({ status: 'Complete', updatedAt: late });
    const half = { 'power-lines-map': { role: 'Analyst' } };
    expect(worksheetStatus('power-lines-map', moduleTwo, half, { 'power-lines-map': early })).toMatchObject({
      status: 'In progress',
      updatedAt: early,
    });
  });

  it('is not started with nothing answered, or with a shared answer that is not a usable answer', () => {
    expect(worksheetStatus('ramp-readiness', moduleSeven, {}, {})).toMatchObject({
      status: 'Not started',
      updatedAt: undefined,
    });
    const unusable = { 'power-lines-map': { 'job-contact': 'lots' } };
    expect(worksheetStatus('ramp-readiness', moduleSeven, unusable, { 'power-lines-map': late })).toMatchObject({
      status: 'Not started',
      updatedAt: undefined,
    });
  });

  it('needs attention when its record cannot be read, whatever the answers say', () => {
    expect(worksheetStatus('power-lines-map', moduleTwo, {}, {}, true).status).toBe('Needs attention');
  });
});

describe('the shared answers a worksheet has', () => {
  it('names the field and the other worksheets that ask it, from the home and from a view alike', () => {
    const answers = { 'power-lines-map': { 'job-contact': 3 } };
    expect(sharedAnswersIn('ramp-readiness', answers)).toEqual([
      { field: 'job-contact', home: SHARED_ANSWERS['job-contact'].home, alsoIn: ['module 2’s worksheet'] },
    ]);
    expect(sharedAnswersIn('power-lines-map', answers).map((answer) => answer.alsoIn)).toEqual([
      ['module 7’s worksheet'],
    ]);
  });

  it('lists nothing unanswered, nothing for a worksheet that shares nothing, and no answer shared with nobody', () => {
    expect(sharedAnswersIn('ramp-readiness', {})).toEqual([]);
    expect(sharedAnswersIn('ramp-readiness', { 'power-lines-map': { 'job-contact': '' } })).toEqual([]);
    expect(sharedAnswersIn('tie-portfolio', { 'power-lines-map': { 'job-contact': 3 } })).toEqual([]);
    // The ramp start is asked in one worksheet only (the ramp plan is a tool): it is shared with no other worksheet.
    expect(sharedAnswersIn('ramp-readiness', { 'ramp-readiness': { 'start-date': '2026-03-02' } })).toEqual([]);
  });
});
