/**
 * The assignments a learner accepted, each item with its status and due date; with `onRemove`, each can be removed
 * after a confirmation. Presentational: the island does the removing.
 */
import { useCallback, useRef, useState } from 'preact/hooks';
import type { ItemStatus } from '~/lib/coach/progress';
import { statusInWords } from '~/lib/coach/progress';
import { dayInWords, today } from '~/lib/dates';

export interface AssignmentRow {
  key: string;
  title: string;
  href?: string | undefined;
  due?: string | undefined;
  status: ItemStatus;
  /** Begun but not done (a worksheet with answers): said "In progress" rather than "To do". */
  started?: boolean | undefined;
}

export interface AssignmentListProps {
  assignments: { id: string; coach: string; client: string; note?: string | undefined; rows: AssignmentRow[] }[];
  headingLevel?: 2 | 3;
  /** Remove an assignment (the learner's answers stay); without it, no remove button is shown. */
  onRemove?: ((id: string) => void) | undefined;
}

export function AssignmentList({ assignments, headingLevel = 2, onRemove }: AssignmentListProps) {
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const [confirming, setConfirming] = useState<string | null>(null);
  // Focus goes to Cancel when a confirmation opens, and back to its button when it is cancelled.
  // (Stable callbacks, so Preact calls them when a button appears, not on every render.)
  const returnTo = useRef<string | null>(null);
  const focusOnArrival = useCallback((button: HTMLButtonElement | null) => button?.focus(), []);
  const focusOnReturn = useCallback((button: HTMLButtonElement | null) => {
    if (button && button.dataset['assignment'] === returnTo.current) {
      returnTo.current = null;
      button.focus();
    }
  }, []);
  return (
    <>
      {assignments.map((assignment) => {
        const done = assignment.rows.filter((row) => row.status === 'done').length;
        return (
          <section key={assignment.id} class="panel assignment" aria-labelledby={`assignment-${assignment.id}`}>
            <H id={`assignment-${assignment.id}`}>
              Assigned by {assignment.coach}
              {/* Two assignments from one coach (to two names) are told apart by whom they are for. */}
              {assignments.filter((other) => other.coach === assignment.coach).length > 1 &&
                `, for ${assignment.client}`}
            </H>
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
                  <span class="status-badge">{statusInWords(row.status, row.due, today(), row.started)}</span>{' '}
                  {row.href ? <a href={row.href}>{row.title}</a> : row.title}
                  {row.due && <span class="meta"> · by {dayInWords(row.due)}</span>}
                </li>
              ))}
            </ul>
            {onRemove &&
              (confirming === assignment.id ? (
                <div class="button-row" role="group" aria-label={`Remove the assignment from ${assignment.coach}?`}>
                  <p>
                    Remove the assignment from {assignment.coach}? Your answers and progress stay; only the list of what
                    is due goes. Opening your coach&rsquo;s link again brings it back.
                  </p>
                  <button
                    type="button"
                    class="button button-danger"
                    onClick={() => {
                      setConfirming(null);
                      onRemove(assignment.id);
                    }}
                  >
                    Yes, remove it
                  </button>
                  <button
                    type="button"
                    class="button button-quiet"
                    ref={focusOnArrival}
                    onClick={() => {
                      returnTo.current = assignment.id;
                      setConfirming(null);
                    }}
                  >
                    Cancel
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  class="small-button"
                  data-assignment={assignment.id}
                  ref={focusOnReturn}
                  onClick={() => setConfirming(assignment.id)}
                >
                  Remove this assignment…
                </button>
              ))}
          </section>
        );
      })}
    </>
  );
}
