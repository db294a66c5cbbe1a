/** What a coach can assign (src/lib/coach/course-items.ts): each module, then that module's worksheets. */
import { describe, expect, it } from 'vitest';
import { courseItems } from '~/lib/coach/course-items';

const lessons = [
  { slug: 'one', module: 1, title: 'One' },
  { slug: 'two', module: 2, title: 'Two' },
  { slug: 'three', module: 3, title: 'Three' },
];

describe('courseItems', () => {
  it('lists each worksheet right after its module, so a weekly schedule keeps them together', () => {
    const worksheets = [
      { id: 'map', title: 'Map', module: 2 },
      { id: 'ties', title: 'Ties', module: 3 },
      { id: 'audit', title: 'Audit', module: 2 },
    ];
    expect(courseItems(lessons, worksheets).map((item) => `${item.kind} ${item.id}`)).toEqual([
      'module one',
      'module two',
      'worksheet map',
      'worksheet audit',
      'module three',
      'worksheet ties',
    ]);
  });

  it('names each item as the coach sees it, and keeps a worksheet whose module is not listed, at the end', () => {
    const items = courseItems(lessons.slice(0, 1), [{ id: 'later', title: 'Later', module: 9 }]);
    expect(items).toEqual([
      { kind: 'module', id: 'one', title: 'Module 1: One', module: 1 },
      { kind: 'worksheet', id: 'later', title: 'Worksheet: Later (module 9)', module: 9 },
    ]);
  });
});
