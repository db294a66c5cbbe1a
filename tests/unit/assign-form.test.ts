import { describe, expect, it } from 'vitest';
import { ITEMS_FIELD, assignFormProblems, orderNotes, shortTitle } from '~/lib/coach/assign-form';
import type { CourseItem } from '~/lib/coach/course-items';

describe('assignFormProblems', () => {
  const filled = { coach: 'Coach Rivera', client: 'Sam', chosen: 2, unfinishedDates: [] };

  it('finds nothing in a form that is ready', () => {
    expect(assignFormProblems(filled)).toEqual([]);
  });

  it('names every problem at once, each with the box it is about, in the order of the form', () => {
    expect(
      assignFormProblems({
        coach: '  ',
        client: '\u200b',
        chosen: 0,
        unfinishedDates: [{ field: 'due-module-m1', item: 'Module 1', problem: 'This date has passed.' }],
      }),
    ).toEqual([
      {
        field: 'coach-name',
        message: 'Give your name, as your client will see it (with at least one letter or digit).',
      },
      { field: 'coach-client', message: "Give your client's name or an alias (with at least one letter or digit)." },
      { field: ITEMS_FIELD, message: 'Choose at least one module or worksheet.' },
      { field: 'due-module-m1', message: 'Due date for Module 1: This date has passed.' },
    ]);
  });

  it('takes a name with letters or digits, after cleaning', () => {
    expect(assignFormProblems({ ...filled, coach: ' 7 ' })).toEqual([]);
    expect(assignFormProblems({ ...filled, client: '\u2800' }).map((p) => p.field)).toEqual(['coach-client']);
  });
});

const module = (n: number, due = ''): CourseItem & { due: string } => ({
  kind: 'module',
  id: `m${n}`,
  title: `Module ${n}: Title ${n}`,
  module: n,
  due,
});
const worksheet = (n: number, due = ''): CourseItem & { due: string } => ({
  kind: 'worksheet',
  id: `w${n}`,
  title: `Worksheet: Sheet ${n} (module ${n})`,
  module: n,
  due,
});

describe('shortTitle', () => {
  it('names a module by number and a worksheet by its title without the module', () => {
    expect(shortTitle(module(2))).toBe('Module 2');
    expect(shortTitle(worksheet(2))).toBe('Worksheet: Sheet 2');
  });
});

describe('orderNotes', () => {
  it('says nothing of an order that reads well, with or without dates', () => {
    expect(orderNotes([module(1), module(2), worksheet(2), module(3)])).toEqual([]);
    expect(
      orderNotes([module(1, '2026-12-06'), module(2, '2026-12-06'), module(3, ''), module(4, '2026-12-20')]),
    ).toEqual([]);
  });

  it('points at an item due before one above it, naming both dates', () => {
    expect(orderNotes([module(1, '2026-12-13'), module(2, '2026-12-06')])).toEqual([
      'Module 2 is due on Sun 6 Dec 2026, before Module 1 above it (due on Sun 13 Dec 2026).',
    ]);
  });

  it('compares with the nearest item above that is due later, skipping items without a date', () => {
    expect(orderNotes([module(1, '2026-12-20'), module(2, '2026-12-13'), module(3), module(4, '2026-12-10')])).toEqual([
      'Module 2 is due on Sun 13 Dec 2026, before Module 1 above it (due on Sun 20 Dec 2026).',
      'Module 4 is due on Thu 10 Dec 2026, before Module 2 above it (due on Sun 13 Dec 2026).',
    ]);
  });

  it('points at a worksheet placed before its own module', () => {
    expect(orderNotes([worksheet(2), module(1), module(2)])).toEqual([
      'Worksheet: Sheet 2 comes before Module 2, the lesson it practises.',
    ]);
    // A worksheet assigned without its module is fine anywhere.
    expect(orderNotes([worksheet(2), module(1)])).toEqual([]);
  });
});
