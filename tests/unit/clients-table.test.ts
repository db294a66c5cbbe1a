/**
 * The coach's clients table: each module's cell and what is due or overdue, for modules and for worksheets, each
 * done when the client's latest report says so.
 */
import { describe, expect, it } from 'vitest';
import type { AssignmentItem } from '~/lib/coach/assignment-shape';
import { dueOrOverdue, moduleCell, moduleDone } from '~/lib/coach/clients-table';
import type { CoachClient } from '~/lib/coach/dashboard';
import type { ProgressReport } from '~/lib/coach/report-shape';

const course = {
  lessons: [
    { slug: 'broadcasting', module: 1, title: 'Broadcasting' },
    { slug: 'power', module: 2, title: 'Power' },
    { slug: 'audit', module: 3, title: 'Audit' },
  ],
  worksheets: [
    { id: 'channel-inventory', module: 1 },
    { id: 'power-lines-map', module: 2 },
  ],
};
const day = '2026-12-10';

function client(items: AssignmentItem[], done: string[] = []): CoachClient {
  // A report lists each assigned item, module or worksheet, with whether it is done (or every module, without one).
  const listed = items.length > 0 ? items.map((item) => item.id) : course.lessons.map((l) => l.slug);
  const report: ProgressReport = {
    v: 1,
    client: 'Ama',
    createdAt: '2026-12-09T10:00:00.000Z',
    modules: listed.map((id) => ({ id, title: id, done: done.includes(id) })),
    worksheets: [],
  };
  return {
    name: 'Ama',
    assignment: { id: 'a-1', coach: 'Coach', client: 'Ama', items, issuedAt: '2026-12-01T10:00:00.000Z' },
    reports: [{ receivedAt: '2026-12-09T11:00:00.000Z', verified: true, report }],
  };
}
const cells = (c: CoachClient) => course.lessons.map((lesson) => moduleCell(c, lesson, course, day));

describe('moduleCell', () => {
  it('shows an assigned module’s status from the report and the due date', () => {
    const c = client(
      [
        { kind: 'module', id: 'broadcasting', due: '2026-12-01' },
        { kind: 'module', id: 'power', due: '2026-12-01' },
        { kind: 'module', id: 'audit', due: '2026-12-12' },
      ],
      ['broadcasting'],
    );
    expect(cells(c)).toEqual([
      [{ kind: 'module', status: 'done', words: 'Done' }],
      [{ kind: 'module', status: 'overdue', words: 'Overdue' }],
      [{ kind: 'module', status: 'due-soon', words: 'Due soon' }],
    ]);
  });

  it('shows a worksheet assigned on its own in its module’s column, done when the report says it is complete', () => {
    const c = client(
      [
        { kind: 'worksheet', id: 'channel-inventory', due: '2026-12-01' },
        { kind: 'worksheet', id: 'power-lines-map', due: '2026-12-01' },
      ],
      ['power-lines-map'],
    );
    expect(cells(c)).toEqual([
      [{ kind: 'worksheet', status: 'overdue', words: 'Overdue' }],
      [{ kind: 'worksheet', status: 'done', words: 'Done' }],
      [],
    ]);
  });

  it('shows the module first and its worksheet under it when both were assigned, each with its own status', () => {
    const c = client(
      [
        { kind: 'worksheet', id: 'power-lines-map', due: '2026-12-01' },
        { kind: 'module', id: 'power', due: '2027-01-30' },
      ],
      ['power-lines-map'],
    );
    expect(cells(c)[1]).toEqual([
      { kind: 'module', status: 'upcoming', words: 'To do' },
      { kind: 'worksheet', status: 'done', words: 'Done' },
    ]);
  });

  it('leaves a module with nothing assigned empty, and moduleDone says whether the client marked it complete', () => {
    const c = client([{ kind: 'module', id: 'power' }], ['audit']);
    expect(cells(c)[2]).toEqual([]);
    expect(moduleDone(client([], ['audit']), 'audit')).toBe(true);
    expect(moduleDone(client([], []), 'audit')).toBe(false);
  });
});

describe('dueOrOverdue', () => {
  it('names modules and worksheets by module, and leaves out what is done', () => {
    const c = client(
      [
        { kind: 'module', id: 'broadcasting', due: '2026-12-01' },
        { kind: 'worksheet', id: 'channel-inventory', due: '2026-12-01' },
        { kind: 'module', id: 'power', due: '2026-12-12' },
        { kind: 'worksheet', id: 'power-lines-map', due: '2026-12-11' },
        { kind: 'module', id: 'audit', due: '2026-12-01' },
        { kind: 'worksheet', id: 'gone-since', due: '2026-12-01' },
      ],
      ['audit', 'power-lines-map'],
    );
    expect(dueOrOverdue(c, course, day)).toEqual([
      'M1 (overdue)',
      'M1 worksheet (overdue)',
      'M2',
      'gone-since (overdue)',
    ]);
  });

  it('lists nothing for a client with no assignment', () => {
    expect(dueOrOverdue({ name: 'Kofi', reports: [] }, course, day)).toEqual([]);
  });
});
