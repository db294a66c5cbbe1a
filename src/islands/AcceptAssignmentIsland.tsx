/**
 * /assignment/#a=…: a client opens their coach's link, sees who assigned what and by when, and accepts it, which
 * saves it in this browser. Everything in the link is shown as plain text.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { decodeAssignment, tokenFromFragment, type Assignment } from '~/lib/coach/assignment';
import { acceptOutcome, type AcceptOutcome } from '~/lib/coach/progress';
import { dateInWords, dayInWords } from '~/lib/dates';
import { lessonPath, pathTo } from '~/lib/paths';
import { $assignments, acceptAssignment } from '~/stores/assignments';
import type { SaveResult } from '~/stores/record-store';
import { useHydrated } from '~/islands/hydration';
import { Notice } from '~/ui/Notice';

export interface AcceptAssignmentIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: { id: string; title: string; module: number; lessonSlug: string }[];
}

type Reading = { state: 'none' } | { state: 'error'; message: string } | { state: 'ok'; assignment: Assignment };

function read(hash: string): Reading {
  const token = tokenFromFragment(hash);
  if (!token) return { state: 'none' };
  const decoded = decodeAssignment(token);
  return decoded.ok ? { state: 'ok', assignment: decoded.value } : { state: 'error', message: decoded.error.message };
}

export default function AcceptAssignmentIsland({ lessons, worksheets }: AcceptAssignmentIslandProps) {
  const ready = useHydrated();
  const accepted = useStore($assignments);
  const [reading, setReading] = useState<Reading>({ state: 'none' });
  const [done, setDone] = useState<{ outcome: AcceptOutcome; result: SaveResult } | null>(null);
  useEffect(() => {
    // A new link opened in the same tab is a new assignment to look at, not the one just accepted.
    const update = () => {
      setReading(read(window.location.hash));
      setDone(null);
    };
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  if (!ready) return <p class="meta">Reading the link…</p>;
  if (reading.state === 'none') {
    return (
      <Notice tone="info" title="No assignment in this address">
        <p>
          Open the full link your coach sent you: it ends with a long code after "#a=". If you are a coach, make one on
          the <a href={pathTo('coach/')}>coach's page</a>.
        </p>
      </Notice>
    );
  }
  if (reading.state === 'error') {
    return (
      <Notice tone="danger" title="This assignment link cannot be opened" role="alert">
        <p>{reading.message}</p>
        <p>Nothing has been saved.</p>
      </Notice>
    );
  }
  const { assignment } = reading;
  const outcome = acceptOutcome(accepted.record, assignment);
  const titleOf = (kind: string, id: string) =>
    kind === 'module' ? lessons.find((lesson) => lesson.slug === id) : worksheets.find((sheet) => sheet.id === id);
  const unknown = assignment.items.filter((item) => !titleOf(item.kind, item.id));

  return (
    <section class="accept" aria-labelledby="accept-heading">
      <h2 id="accept-heading">
        From {assignment.coach}, for {assignment.client}
      </h2>
      <p class="meta">Made on {dateInWords(assignment.issuedAt)}.</p>
      {assignment.note && (
        <blockquote class="sheet-note">
          <p>{assignment.note}</p>
        </blockquote>
      )}
      <ol class="assigned-items">
        {assignment.items.map((item) => {
          const lesson = item.kind === 'module' ? lessons.find((l) => l.slug === item.id) : undefined;
          const sheet = item.kind === 'worksheet' ? worksheets.find((s) => s.id === item.id) : undefined;
          return (
            <li key={`${item.kind}-${item.id}`}>
              {lesson ? (
                <a href={lessonPath(lesson.slug)}>
                  Module {lesson.module}: {lesson.title}
                </a>
              ) : sheet ? (
                <a href={`${lessonPath(sheet.lessonSlug)}#ws-${sheet.id}-title`}>Worksheet: {sheet.title}</a>
              ) : (
                <span>{item.id} (not in this version of the course)</span>
              )}
              {item.due && <span class="meta"> · by {dayInWords(item.due)}</span>}
            </li>
          );
        })}
      </ol>
      {unknown.length > 0 && (
        <p class="notice notice-warning">
          {unknown.length === 1 ? 'One item is' : `${unknown.length} items are`} not in this version of the course. Ask
          your coach which site to use.
        </p>
      )}
      <p>
        Accepting saves this assignment in this browser only, so that your course page and workbook show what is due.
        Your coach sees nothing until you choose to send a progress report.
      </p>
      {done && !done.result.saved && done.result.reason === 'newer' ? (
        <Notice tone="danger" title="This assignment was not saved" role="alert">
          <p>
            The assignments in this browser were saved by a newer version of the course, so this copy will not change
            them. Open the link on the site your coach uses.
          </p>
        </Notice>
      ) : done && !done.result.saved ? (
        <Notice tone="warning" title="Accepted for this visit only" role="alert">
          <p>
            This browser&rsquo;s storage is full, so the assignment is not saved yet. Free some space, or open the link
            again later. <a href={pathTo('/')}>Go to the course</a>.
          </p>
        </Notice>
      ) : done ? (
        <p class="notice notice-info" role="status">
          {done.outcome === 'updated'
            ? 'Your assignment has been updated.'
            : done.outcome === 'added'
              ? 'Accepted.'
              : 'You already have this assignment.'}{' '}
          <a href={pathTo('/')}>Go to the course</a>.
        </p>
      ) : outcome === 'older' ? (
        <Notice tone="warning" title="You have a newer version of this assignment" role="status">
          <p>
            This link is older than the assignment from {assignment.coach} you already accepted, so nothing was changed.
          </p>
        </Notice>
      ) : (
        <p class="button-row">
          <button
            type="button"
            class="button"
            onClick={() => {
              setDone(acceptAssignment(assignment));
            }}
          >
            {outcome === 'updated'
              ? 'Update my assignment'
              : outcome === 'same'
                ? 'Already accepted'
                : 'Accept this assignment'}
          </button>
        </p>
      )}
    </section>
  );
}
