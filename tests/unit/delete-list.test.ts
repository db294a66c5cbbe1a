/** What "Delete all my data" lists: only what is saved, each counted in words. */
import { describe, expect, it } from 'vitest';
import { thingsToLose, type SavedCounts } from '~/lib/workbook/delete-list';

const nothing: SavedCounts = {
  worksheets: 0,
  checks: 0,
  lessonsDone: 0,
  leftOff: false,
  people: 0,
  snapshots: 0,
  ledgerEntries: 0,
  plans: 0,
  rampPlan: false,
  checkIns: 0,
  assignments: 0,
  keptAside: 0,
};

describe('thingsToLose', () => {
  it('lists nothing when nothing is saved', () => {
    expect(thingsToLose(nothing)).toEqual([]);
  });

  it('lists only what is there, one of each in the singular', () => {
    expect(thingsToLose({ ...nothing, worksheets: 1, people: 1, snapshots: 1, keptAside: 1 })).toEqual([
      'your answers to 1 worksheet',
      'your network audit: 1 person and 1 snapshot',
      'a kept-aside copy of unreadable answers',
    ]);
  });

  it('lists everything, in the plural, in the order the workbook page shows it', () => {
    expect(
      thingsToLose({
        worksheets: 3,
        checks: 2,
        lessonsDone: 4,
        leftOff: true,
        people: 12,
        snapshots: 0,
        ledgerEntries: 5,
        plans: 2,
        rampPlan: true,
        checkIns: 3,
        assignments: 2,
        keptAside: 2,
      }),
    ).toEqual([
      'your answers to 3 worksheets',
      'your answers to 2 knowledge checks',
      'your progress: 4 lessons marked complete, and where you left off',
      'your network audit: 12 people and 0 snapshots',
      '5 entries in your give/get ledger',
      '2 conversation plans',
      'your ramp plan and its 3 check-ins',
      '2 assignments from your coach',
      '2 kept-aside copies of unreadable answers',
    ]);
  });

  it('names progress when only where the learner left off is saved', () => {
    expect(thingsToLose({ ...nothing, leftOff: true })).toEqual([
      'your progress: 0 lessons marked complete, and where you left off',
    ]);
  });
});
