/** The assignments a learner accepted, each item with its status and due date. Presentational. */
import type { ItemStatus } from '~/lib/coach/progress';
import { STATUS_WORDS } from '~/lib/coach/progress';
import { dayInWords } from '~/lib/dates';

export interface AssignmentRow {
  key: string;
  title: string;
  href?: string | undefined;
  due?: string | undefined;
  status: ItemStatus;
}

export interface AssignmentListProps {
  assignments: { id: string; coach: string; note?: string | undefined; rows: AssignmentRow[] }[];
  headingLevel?: 2 | 3;
}

export function AssignmentList({ assignments, headingLevel = 2 }: AssignmentListProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  return (
    <>
      {assignments.map((assignment) => {
        const done = assignment.rows.filter((row) => row.status === 'done').length;
        return (
          <section key={assignment.id} class="panel assignment" aria-labelledby={`assignment-${assignment.id}`}>
            <H id={`assignment-${assignment.id}`}>Assigned by {assignment.coach}</H>
            {assignment.note && <p class="sheet-note">{assignment.note}</p>}
            <div class="progress-line">
              <label for={`assignment-progress-${assignment.id}`}>
                {done} of {assignment.rows.length} done
              </label>
              <progress id={`assignment-progress-${assignment.id}`} max={assignment.rows.length} value={done} />
            </div>
            <ul class="assigned-items">
              {assignment.rows.map((row) => (
                <li key={row.key} class={`status-${row.status}`}>
                  <span class="status-badge">{STATUS_WORDS[row.status]}</span>{' '}
                  {row.href ? <a href={row.href}>{row.title}</a> : row.title}
                  {row.due && <span class="meta"> · by {dayInWords(row.due)}</span>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
