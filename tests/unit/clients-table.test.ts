/**
 * The coach's clients table: each module's cell and what is due or overdue, for modules and for worksheets assigned
 * on their own (whose completion a report does not carry, so they are never called done or overdue).
 */
import { describe, expect, it } from 'vitest';
import type { AssignmentItem } from '~/lib/coach/assignment-shape';
import { dueOrOverdue, moduleCell } from '~/lib/coach/clients-table';
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
  const report: ProgressReport = {
    v: 1,
    client: 'Ama',
    createdAt: '2026-12-09T10:00:00.000Z',
    modules: course.lessons.map((l) => ({ id: l.slug, title: l.title, done: done.includes(l.slug) })),
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
      { status: 'done', words: 'Done' },
      { status: 'overdue', words: 'Overdue' },
      { status: 'due-soon', words: 'Due soon' },
    ]);
  });

  it('shows a worksheet assigned on its own in its module’s column, by its date, never as overdue', () => {
    const c = client([
      { kind: 'worksheet', id: 'channel-inventory', due: '2026-12-01' },
      { kind: 'worksheet', id: 'power-lines-map', due: '2026-12-11' },
    ]);
    expect(cells(c)).toEqual([
      { status: 'no-date', words: 'Date passed', worksheet: true },
      { status: 'due-soon', words: 'Due soon', worksheet: true },
      { status: 'not-assigned', words: '–' },
    ]);
  });

  it('shows the module, not its worksheet, when both were assigned; and “Done” for a module done unassigned', () => {
    const c = client(
      [
        { kind: 'module', id: 'power', due: '2027-01-30' },
        { kind: 'worksheet', id: 'power-lines-map', due: '2026-12-01' },
      ],
      ['audit'],
    );
    expect(cells(c).slice(1)).toEqual([
      { status: 'upcoming', words: 'To do' },
      { status: 'done', words: 'Done' },
    ]);
  });
});

describe('dueOrOverdue', () => {
  it('names modules and worksheets by module, and a worksheet’s passed date without calling it overdue', () => {
    const c = client(
      [
        { kind: 'module', id: 'broadcasting', due: '2026-12-01' },
        { kind: 'worksheet', id: 'channel-inventory', due: '2026-12-01' },
        { kind: 'module', id: 'power', due: '2026-12-12' },
        { kind: 'worksheet', id: 'power-lines-map', due: '2026-12-11' },
        { kind: 'module', id: 'audit', due: '2026-12-01' },
        { kind: 'worksheet', id: 'gone-since', due: '2026-12-01' },
      ],
      ['audit'],
    );
    expect(dueOrOverdue(c, course, day)).toEqual([
      'M1 (overdue)',
      'M1 worksheet (date passed)',
      'M2',
      'M2 worksheet',
      'gone-since (date passed)',
    ]);
  });

  it('lists nothing for a client with no assignment', () => {
    expect(dueOrOverdue({ name: 'Kofi', reports: [] }, course, day)).toEqual([]);
  });
});
