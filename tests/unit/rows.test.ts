/**
 * Changes to the rows of a repeating group: each keeps row ids (and so each row's answers) with the row.
 */
import { describe, expect, it } from 'vitest';
import type { GroupRow } from '~/lib/workbook/answers';
import { addRow, moveRow, removeRow, restoreRow, setRowValue } from '~/lib/workbook/rows';

const rows: readonly GroupRow[] = Object.freeze<GroupRow[]>([
  { id: 'a', values: { who: 'Ama' } },
  { id: 'b', values: { who: 'Bo', 'by-when': '2026-03-20' } },
  { id: 'c', values: { who: 'Cy' } },
]);
const ids = (list: readonly GroupRow[]) => list.map((row) => row.id);

describe('addRow', () => {
  it('adds the row at the end', () => {
    const row = { id: 'd', values: {} };
    expect(addRow(rows, row)).toEqual([...rows, row]);
  });

  it('adds a first row to an empty group', () => {
    expect(addRow([], { id: 'a', values: {} })).toEqual([{ id: 'a', values: {} }]);
  });

  it('leaves the rows it was given unchanged', () => {
    addRow(rows, { id: 'd', values: {} });
    expect(ids(rows)).toEqual(['a', 'b', 'c']);
  });
});

describe('removeRow', () => {
  it.each([
    ['the first row', 'a', ['b', 'c']],
    ['a middle row', 'b', ['a', 'c']],
    ['the last row', 'c', ['a', 'b']],
    ['a row that is not there (nothing changes)', 'z', ['a', 'b', 'c']],
  ])('removes %s', (_case, id, expected) => {
    expect(ids(removeRow(rows, id))).toEqual(expected);
  });

  it('keeps the other rows’ answers', () => {
    expect(removeRow(rows, 'a')[0]).toEqual({ id: 'b', values: { who: 'Bo', 'by-when': '2026-03-20' } });
  });
});

describe('moveRow', () => {
  it.each([
    ['the middle row up', 'b', -1, ['b', 'a', 'c']],
    ['the middle row down', 'b', 1, ['a', 'c', 'b']],
    ['the first row down', 'a', 1, ['b', 'a', 'c']],
    ['the last row up', 'c', -1, ['a', 'c', 'b']],
    ['the first row up: it stays first', 'a', -1, ['a', 'b', 'c']],
    ['the last row down: it stays last', 'c', 1, ['a', 'b', 'c']],
    ['a row far past the end: it goes last', 'a', 10, ['b', 'c', 'a']],
    ['a row far past the start: it goes first', 'c', -10, ['c', 'a', 'b']],
    ['a row by nothing', 'b', 0, ['a', 'b', 'c']],
    ['a row that is not there: nothing moves', 'z', 1, ['a', 'b', 'c']],
  ])('moves %s', (_case, id, by, expected) => {
    expect(ids(moveRow(rows, id, by))).toEqual(expected);
  });

  it('moves a row together with its answers', () => {
    expect(moveRow(rows, 'b', -1)[0]).toEqual(rows[1]);
  });

  it('returns a new list even when nothing moves', () => {
    expect(moveRow(rows, 'z', 1)).not.toBe(rows);
    expect(moveRow(rows, 'a', -1)).not.toBe(rows);
  });
});

describe('setRowValue', () => {
  it('changes one value of one row and nothing else', () => {
    const next = setRowValue(rows, 'b', 'who', 'Bo Lind');
    expect(next).toEqual([rows[0], { id: 'b', values: { who: 'Bo Lind', 'by-when': '2026-03-20' } }, rows[2]]);
  });

  it.each([
    ['text', 'why-them', 'Senior now'],
    ['a number', 'closeness', 4],
    ['ticked options', 'gives', ['advice']],
    ['a cleared value (null)', 'who', null],
  ])('sets %s', (_case, fieldId, value) => {
    expect(setRowValue(rows, 'a', fieldId, value)[0]?.values[fieldId]).toEqual(value);
  });

  it('clears a value when given undefined', () => {
    expect(setRowValue(rows, 'b', 'by-when', undefined)[1]).toEqual({ id: 'b', values: { who: 'Bo' } });
  });

  it('changes nothing for a row that is not there', () => {
    expect(setRowValue(rows, 'z', 'who', 'Zed')).toEqual(rows);
  });

  it('leaves the row it was given unchanged', () => {
    setRowValue(rows, 'a', 'who', 'Someone else');
    expect(rows[0]).toEqual({ id: 'a', values: { who: 'Ama' } });
  });
});

describe('restoreRow (undo a removal)', () => {
  const removed = rows[1]!;
  const without = removeRow(rows, 'b');

  it.each([
    ['where it was', 1, ['a', 'b', 'c']],
    ['at the start', 0, ['b', 'a', 'c']],
    ['at the end', 2, ['a', 'c', 'b']],
    ['at the end when the list is now shorter', 7, ['a', 'c', 'b']],
  ])('puts the row back %s', (_case, index, expected) => {
    expect(ids(restoreRow(without, removed, index))).toEqual(expected);
  });

  it('puts the row back with its answers', () => {
    expect(restoreRow(without, removed, 1)[1]).toEqual({ id: 'b', values: { who: 'Bo', 'by-when': '2026-03-20' } });
  });

  it('does not add the row twice when it is already there', () => {
    expect(ids(restoreRow(rows, removed, 0))).toEqual(['a', 'b', 'c']);
  });

  it('leaves the rows it was given unchanged', () => {
    restoreRow(without, removed, 0);
    expect(ids(without)).toEqual(['a', 'c']);
  });
});
