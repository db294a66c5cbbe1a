/**
 * The table of stored record kinds: which storage names belong to the learner's workbook.
 */
import { describe, expect, it } from 'vitest';
import { auditRecordSpec } from '~/lib/network/audit';
import { progressRecordSpec } from '~/lib/workbook/progress';
import { checkRecordSpec, worksheetRecordSpec } from '~/lib/workbook/records';
import { sectionOf, sections } from '~/lib/workbook/sections';

describe('sectionOf', () => {
  it.each([
    ['worksheet:tie-portfolio', 'worksheet', 'tie-portfolio', worksheetRecordSpec],
    ['worksheet:a:b', 'worksheet', 'a:b', worksheetRecordSpec],
    ['check:audit-your-network', 'knowledge check', 'audit-your-network', checkRecordSpec],
    ['progress', 'progress', 'progress', progressRecordSpec],
    ['audit', 'network audit', 'audit', auditRecordSpec],
  ])('%s is a %s record, item "%s"', (name, noun, itemId, spec) => {
    const found = sectionOf(name);
    expect(found?.section.noun).toBe(noun);
    expect(found?.itemId).toBe(itemId);
    expect(found?.section.spec).toBe(spec);
  });

  it.each([
    ['the bookkeeping record', 'meta'],
    ['a value kept aside', 'recovery:worksheet:tie-portfolio:2026-03-02T18:41:07.512Z'],
    ['a worksheet prefix with no id', 'worksheet:'],
    ['a check prefix with no id', 'check:'],
    ['a per-item name for a single record', 'progress:extra'],
    ['a similar but different prefix', 'worksheets:tie-portfolio'],
    ['a name in another case', 'Progress'],
    ['the full key, prefix included', 'real-networking:progress'],
    ['an empty name', ''],
  ])('%s is not a workbook record (%s)', (_case, name) => {
    expect(sectionOf(name)).toBeUndefined();
  });

  it('every section can be found by a name of its own', () => {
    for (const section of sections) {
      const name = section.perItem ? `${section.name}example` : section.name;
      expect(sectionOf(name)?.section).toBe(section);
    }
  });
});
