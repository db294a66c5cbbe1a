import { describe, expect, it } from 'vitest';
import { isWorkbookName, kindOf, sectionNames } from '~/lib/workbook/section-names';
import { sectionOf, sections } from '~/lib/workbook/sections';

describe('the workbook’s kinds of record by name', () => {
  it('names the same kinds, in the same words and order, as the table with their specs', () => {
    expect(sections.map(({ noun, name, perItem }) => ({ noun, name, perItem }))).toEqual(
      sectionNames.map(({ noun, name, perItem }) => ({ noun, name, perItem })),
    );
  });

  it.each([
    ['worksheet:power-lines-map', 'worksheet', 'power-lines-map'],
    ['check:give-before-you-get', 'knowledge check', 'give-before-you-get'],
    ['audit', 'network audit', 'audit'],
    ['assignments', 'coach assignments', 'assignments'],
  ])('%s is a %s', (name, noun, itemId) => {
    expect(kindOf(name, sectionNames)).toEqual({ section: expect.objectContaining({ noun }), itemId });
    expect(sectionOf(name)?.section.noun).toBe(noun);
    expect(isWorkbookName(name)).toBe(true);
  });

  it.each(['coach', 'worksheet:', 'check:', 'audits', 'recovery:audit:1'])('%s is not a workbook record', (name) => {
    expect(kindOf(name, sectionNames)).toBeUndefined();
    expect(isWorkbookName(name)).toBe(false);
  });

  it('counts the workbook’s bookkeeping as the learner’s', () => {
    expect(isWorkbookName('meta')).toBe(true);
  });
});
