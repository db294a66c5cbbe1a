/**
 * /assignment/#a=…: a client opens their coach's link, sees who assigned what and by when, and accepts it (which
 * saves it in this browser, with the key that will lock their reports) or says not now. Before accepting a link for
 * an assignment they already have, the page points out what is odd about it: another coach's name, another key, a
 * date in the future, or an older link. Once accepted or declined, the link is taken out of the address and history.
 * A new link opened in the same tab is read again. Everything in the link is shown as plain text; its decoder loads
 * only when there is a link to read.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Assignment } from '~/lib/coach/assignment-shape';
import { acceptWarnings } from '~/lib/coach/accept-warnings';
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

type Reading =
  | { state: 'none' }
  | { state: 'reading' }
  | { state: 'error'; message: string }
  | { state: 'ok'; assignment: Assignment };

type Done = { kind: 'accepted'; outcome: AcceptOutcome; result: SaveResult; id: string } | { kind: 'declined' };

/** Whether the address holds an assignment (`#a=…`), without reading it. */
const hasLink = (hash: string) => /[#&]a=/.test(hash);

/** Take the assignment out of the address and history (the browser never sent it anywhere). */
function forgetLink(): void {
  if (hasLink(window.location.hash))
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
}

export default function AcceptAssignmentIsland({ lessons, worksheets }: AcceptAssignmentIslandProps) {
  const ready = useHydrated();
  const accepted = useStore($assignments);
  const [reading, setReading] = useState<Reading>({ state: 'none' });
  const [done, setDone] = useState<Done | null>(null);
  // The buttons give way to what happened: focus moves there, so a keyboard user is not left at the top of the page.
  const doneNotice = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    if (done?.kind === 'accepted') doneNotice.current?.focus();
  }, [done]);

  useEffect(() => {
    let current = 0;
    // A new link opened in the same tab is a new assignment to look at, not the one just accepted.
    const update = async () => {
      const hash = window.location.hash;
      setDone(null);
      if (!hasLink(hash)) return setReading({ state: 'none' });
      const mine = ++current;
      setReading({ state: 'reading' });
      const { decodeAssignment, tokenFromFragment } = await import('~/lib/coach/assignment');
      if (mine !== current) return;
      const decoded = decodeAssignment(tokenFromFragment(hash) ?? '');
      setReading(
        decoded.ok ? { state: 'ok', assignment: decoded.value } : { state: 'error', message: decoded.error.message },
      );
    };
    void update();
    const onChange = () => void update();
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);

  if (!ready || reading.state === 'reading') return <p class="meta">Reading the link…</p>;
  if (done?.kind === 'declined') {
    return (
      <p class="notice notice-info" role="status">
        Nothing was saved, and the link was taken out of this page&rsquo;s address. Open it again from your
        coach&rsquo;s message whenever you are ready. <a href={pathTo('/')}>Go to the course</a>.
      </p>
    );
  }
  if (reading.state === 'none') {
    const held = Object.keys(accepted.record?.accepted ?? {}).length;
    if (held > 0) {
      return (
        <Notice
          tone="info"
          title={held === 1 ? 'Your assignment is in your workbook' : 'Your assignments are in your workbook'}
        >
          <p>
            This address holds no new assignment.{' '}
            {held === 1
              ? 'The assignment you accepted in this browser is'
              : `The ${held} assignments you accepted in this browser are`}{' '}
            on <a href={pathTo('workbook/')}>your workbook page</a>, with what is due. To add another, open the new link
            your coach sent you.
          </p>
        </Notice>
      );
    }
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
  const warnings = acceptWarnings(accepted.record, assignment);
  const doubtful = warnings.coachWas !== undefined || warnings.keyChanged === true;
  const unknown = assignment.items.filter((item) =>
    item.kind === 'module' ? !lessons.some((l) => l.slug === item.id) : !worksheets.some((s) => s.id === item.id),
  );
  const take = (evenIfOlder: boolean) => {
    const result = acceptAssignment(assignment, { evenIfOlder });
    setDone({ kind: 'accepted', ...result, id: assignment.id });
    if (result.result.saved) forgetLink();
  };
  const decline = () => {
    forgetLink();
    setDone({ kind: 'declined' });
  };

  return (
    <section class="accept" aria-labelledby="accept-heading">
      <h2 id="accept-heading">
        From <bdi>{assignment.coach}</bdi>, for <bdi>{assignment.client}</bdi>
      </h2>
      <p class="meta">Made on {dateInWords(assignment.issuedAt)}.</p>
      {assignment.note && (
        <blockquote class="sheet-note client-text">
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
      {!done && (warnings.coachWas !== undefined || warnings.keyChanged || warnings.future) && (
        <Notice tone="warning" title="Check this link before you accept it" role="status">
          <ul>
            {warnings.coachWas !== undefined && (
              <li>
                It changes who the assignment is from: you accepted it from <bdi>{warnings.coachWas}</bdi>, and this
                link says <bdi>{assignment.coach}</bdi>.
              </li>
            )}
            {warnings.keyChanged && (
              <li>
                It does not carry the key of the assignment you have, so it was not made from the same assignment. If
                you accept it, your reports will be locked with its key, and your coach may not be able to open them.
              </li>
            )}
            {warnings.future && (
              <li>
                It says it was made on {dayInWords(assignment.issuedAt.slice(0, 10))}, which is more than a day from
                now. The clock of whoever made it may be wrong.
              </li>
            )}
          </ul>
          <p>Accept it only if your coach told you about this change, by a way you trust (in person, or by phone).</p>
        </Notice>
      )}
      <p>
        Accepting saves this assignment in this browser only, so that your course page and workbook show what is due.
        Your coach sees nothing until you choose to send a progress report, which only your coach can open.
      </p>
      {done?.kind === 'accepted' && !done.result.saved && done.result.reason === 'newer' ? (
        <Notice tone="danger" title="This assignment was not saved" role="alert">
          <p>
            The assignments in this browser were saved by a newer version of the course, so this copy will not change
            them. Open the link on the site your coach uses.
          </p>
        </Notice>
      ) : done?.kind === 'accepted' && !done.result.saved ? (
        <Notice tone="warning" title="Accepted for this visit only" role="alert">
          <p>
            This browser&rsquo;s storage is full, so the assignment is not saved yet. Free some space, or open the link
            again later. <a href={pathTo('/')}>Go to the course</a>.
          </p>
        </Notice>
      ) : done?.kind === 'accepted' ? (
        <p class="notice notice-info" role="status" tabIndex={-1} ref={doneNotice}>
          {done.outcome === 'updated' || done.outcome === 'older'
            ? 'Your assignment has been updated.'
            : done.outcome === 'added'
              ? 'Accepted.'
              : 'You already have this assignment.'}{' '}
          <a href={pathTo('/')}>Go to the course</a>, or{' '}
          <a href={`${pathTo('workbook/report/')}#for=${encodeURIComponent(done.id)}`}>send your coach a report</a>.
        </p>
      ) : outcome === 'older' ? (
        <>
          <Notice tone="warning" title="You have a newer version of this assignment" role="status">
            <p>
              This link is older than the assignment from <bdi>{assignment.coach}</bdi> you already accepted, so nothing
              has changed. Use it instead only if your coach asked you to.
            </p>
          </Notice>
          <p class="button-row">
            <button type="button" class="button" onClick={decline}>
              Keep the one I have
            </button>
            <button type="button" class="button button-quiet" onClick={() => take(true)}>
              Use this older link instead
            </button>
          </p>
        </>
      ) : (
        <p class="button-row">
          <button type="button" class={doubtful ? 'button button-danger' : 'button'} onClick={() => take(false)}>
            {outcome === 'same'
              ? 'Already accepted'
              : outcome === 'updated'
                ? doubtful
                  ? 'Update my assignment anyway'
                  : 'Update my assignment'
                : 'Accept this assignment'}
          </button>
          <button type="button" class="button button-quiet" onClick={decline}>
            {outcome === 'same' ? 'Close' : 'Not now'}
          </button>
        </p>
      )}
    </section>
  );
}
