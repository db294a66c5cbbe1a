/**
 * Changes to the rows of a repeating group. Each returns a new list; rows keep their ids so a moved row keeps its
 * answers and its focus.
 */
import type { Answer, GroupRow, SimpleAnswer } from '~/lib/workbook/answers';
import type { WorksheetField } from '~/schema';

/**
 * Why a list is still to answer when it has fewer rows than it needs: " (needs at least 3 rows; 1 so far)", for the
 * worksheet's "Still to answer" and the exported document alike; '' for any other question, or a list with enough.
 */
export function tooFewRows(field: WorksheetField, answer: Answer | undefined): string {
  if (field.type !== 'group') return '';
  const have = Array.isArray(answer) ? answer.length : 0;
  const rows = field.minRows === 1 ? 'row' : 'rows';
  return have < field.minRows ? ` (needs at least ${field.minRows} ${rows}; ${have} so far)` : '';
}

/** The rows with `row` added at the end. */
export function addRow(rows: readonly GroupRow[], row: GroupRow): GroupRow[] {
  return [...rows, row];
}

/** The rows without the row `id`. */
export function removeRow(rows: readonly GroupRow[], id: string): GroupRow[] {
  return rows.filter((row) => row.id !== id);
}

/** The rows with row `id` moved `by` places (-1 up, +1 down), staying within the list. */
export function moveRow(rows: readonly GroupRow[], id: string, by: number): GroupRow[] {
  const from = rows.findIndex((row) => row.id === id);
  if (from === -1) return [...rows];
  const to = Math.min(rows.length - 1, Math.max(0, from + by));
  const moved = [...rows];
  const [row] = moved.splice(from, 1);
  moved.splice(to, 0, row!);
  return moved;
}

/** The rows with one value of row `id` changed; `undefined` clears it. */
export function setRowValue(
  rows: readonly GroupRow[],
  id: string,
  fieldId: string,
  value: SimpleAnswer | undefined,
): GroupRow[] {
  return rows.map((row) => {
    if (row.id !== id) return row;
    const values = { ...row.values };
    if (value === undefined) delete values[fieldId];
    else values[fieldId] = value;
    return { ...row, values };
  });
}

/** The rows with `row` put back at `index` (or at the end if the list is now shorter). */
export function restoreRow(rows: readonly GroupRow[], row: GroupRow, index: number): GroupRow[] {
  if (rows.some((existing) => existing.id === row.id)) return [...rows];
  const restored = [...rows];
  restored.splice(Math.min(index, restored.length), 0, row);
  return restored;
}
