/**
 * /coach/: a coach assigns modules and worksheets to a client. The result is a link whose data travels in its
 * fragment (never sent to a server), with the assignment's key that locks the client's reports, a copy button, a QR
 * code and a printable sheet. The link is shown only once the assignment and its key are saved in the coach's data:
 * without the key, the coach could not open the reports it brings. The link's codec and the QR code load on the
 * click that makes a link.
 */
import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ITEMS_FIELD, assignFormProblems, orderNotes, shortTitle } from '~/lib/coach/assign-form';
import type { Assignment, AssignmentItem } from '~/lib/coach/assignment-shape';
import { courseItems, type CourseItem } from '~/lib/coach/course-items';
import { assignmentIdentityFor } from '~/lib/coach/dashboard';
import { addDaysTo, dayInWords, today } from '~/lib/dates';
import { pathTo } from '~/lib/paths';
import { $coach, rememberAssignment } from '~/stores/coach';
import { CoachDataNotices } from '~/islands/CoachDataNotices';
import { useHydrated } from '~/islands/hydration';
import { useLazy } from '~/islands/lazy';
import { DateInput, InputProblem, problemId } from '~/ui/ToolInputs';
import { CopyButton } from '~/ui/CopyButton';
import { goToField } from '~/ui/go-to-field';

export interface CoachAssignIslandProps {
  lessons: { slug: string; module: number; title: string }[];
  worksheets: { id: string; title: string; module: number }[];
}

interface Choice extends CourseItem {
  selected: boolean;
  due: string;
}

/** The id of an item's due-date box. */
const dueId = (item: CourseItem) => `due-${item.kind}-${item.id}`;

const randomId = () => {
  const bytes = new Uint8Array(9);
  globalThis.crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
};

export default function CoachAssignIsland({ lessons, worksheets }: CoachAssignIslandProps) {
  const ready = useHydrated();
  const coach = useStore($coach);
  const [coachName, setCoachName] = useState('');
  const [client, setClient] = useState('');
  const [note, setNote] = useState('');
  const [start, setStart] = useState(today());
  // Every module ticked to start with; a worksheet is there to assign on its own.
  const [items, setItems] = useState<Choice[]>(() =>
    courseItems(lessons, worksheets).map((item) => ({ ...item, selected: item.kind === 'module', due: '' })),
  );
  // The link made, with the form as it was then (`from`), so that a later change to the form is pointed out.
  const [made, setMade] = useState<{ link: string; assignment: Assignment; from: string } | null>(null);
  // A problem that is not about one box (storage full, no secure address, ...), said beside the button.
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Once "Make the assignment link" has been pressed with something to fix, the list of problems is shown, and kept
  // up to date as the coach fixes them (each one goes when it is fixed).
  const [tried, setTried] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const [scheduleProblem, setScheduleProblem] = useState<string | null>(null);
  // Once a link is made, focus moves to it, so a keyboard or screen-reader user lands on what was made; when it is
  // refused, focus moves to the list of what to fix.
  const sheetHeading = useRef<HTMLHeadingElement>(null);
  const problemList = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (made) sheetHeading.current?.focus();
  }, [made]);
  useLayoutEffect(() => {
    if (refusals > 0) problemList.current?.focus();
  }, [refusals]);
  // Date boxes whose entry is not a usable date yet (half typed, or passed), by id: no link is made while one is
  // (what was typed is never dropped).
  const [unfinishedDates, setUnfinishedDates] = useState<Record<string, string>>({});
  const dateProblem = (id: string) => (problem: string | undefined) =>
    setUnfinishedDates((current) => {
      const next = { ...current };
      if (problem) next[id] = problem;
      else delete next[id];
      return next;
    });
  const qr = useLazy(() => import('~/ui/coach/QrCode'), made !== null);
  const remembered = ready ? coach.record?.coachName : undefined;
  const shownCoachName = coachName || remembered || '';

  const chosen = items.filter((item) => item.selected);
  // Every problem at once, in the order of the form; "Schedule from" is not one: only its button uses it.
  const problems = assignFormProblems({
    coach: shownCoachName,
    client,
    chosen: chosen.length,
    unfinishedDates: chosen.flatMap((item) => {
      const dateProblem = unfinishedDates[dueId(item)];
      return dateProblem ? [{ field: dueId(item), item: shortTitle(item), problem: dateProblem }] : [];
    }),
  });
  const shownProblems = tried ? problems : [];
  const problemFor = (field: string) => shownProblems.find((p) => p.field === field)?.message;
  const notes = orderNotes(chosen);
  const formNow = JSON.stringify([
    shownCoachName.trim(),
    client.trim(),
    note.trim(),
    chosen.map((i) => [dueId(i), i.due]),
  ]);
  // After a move, focus stays on the button pressed (the item's row moved in the page, which drops focus), or on its
  // other button once it can go no further that way.
  const [moved, setMoved] = useState<{ button: string } | null>(null);
  useLayoutEffect(() => {
    if (moved) document.getElementById(moved.button)?.focus();
  }, [moved]);
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= items.length) return;
    const next = [...items];
    [next[index], next[target]] = [next[target]!, next[index]!];
    setItems(next);
    const atEnd = by === -1 ? target === 0 : target === items.length - 1;
    const button = (by === -1) === atEnd ? 'down' : 'up';
    setMoved({ button: `move-${dueId(items[index]!)}-${button}` });
  };
  const weekly = () => {
    // A start half typed or passed is said under its box; an empty one, here.
    if (!start || unfinishedDates['coach-start']) {
      setScheduleProblem(start ? null : 'Give the date to schedule from: today or a later day.');
      document.getElementById('coach-start')?.focus();
      return;
    }
    setScheduleProblem(null);
    let week = 0;
    setItems(items.map((item) => (item.selected ? { ...item, due: addDaysTo(start, 7 * ++week - 1) } : item)));
  };

  const make = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    // Only the boxes of ticked items count: an item unticked takes its half-typed date with it.
    if (problems.length > 0) {
      setMade(null);
      setProblem(null);
      setTried(true);
      setRefusals((n) => n + 1);
      return;
    }
    setBusy(true);
    try {
      await makeLink();
    } catch {
      setMade(null);
      setProblem('The link could not be made here: this page needs a secure (https) address to make the key.');
    } finally {
      setBusy(false);
    }
  };

  const makeLink = async () => {
    const [{ assignmentLink, checkAssignment }, { newAssignmentKey }] = await Promise.all([
      import('~/lib/coach/assignment'),
      import('~/lib/coach/keyed'),
    ]);
    const identity = assignmentIdentityFor(coach.record, client, { id: randomId(), key: newAssignmentKey() });
    const assignment: Assignment = {
      id: identity.id,
      key: identity.key,
      coach: shownCoachName.trim(),
      client: client.trim(),
      items: chosen.map((item): AssignmentItem =>
        item.due ? { kind: item.kind, id: item.id, due: item.due } : { kind: item.kind, id: item.id },
      ),
      issuedAt: new Date().toISOString(),
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    const checked = checkAssignment(assignment);
    if (!checked.ok) {
      // The form's own checks come first, so this is rare: say what the link's check found.
      setMade(null);
      setProblem(checked.error.message);
      return;
    }
    const link = assignmentLink(new URL(pathTo('assignment/'), window.location.href).href, checked.value);
    // The key must be kept before the link goes out: without it, the reports the link brings cannot be opened.
    const saved = rememberAssignment(checked.value);
    if (!saved.saved) {
      setMade(null);
      setProblem(
        saved.reason === 'newer'
          ? 'Your coach data here was saved by a newer version of the course, so this page cannot add the assignment to it, and no link was made: you could not open the reports it brings. Reload the page to get the newer version.'
          : "This browser's storage is full, so the assignment and its key could not be saved, and no link was made: without the key you could not open the reports it brings. Remove clients you no longer need on your clients page, then try again.",
      );
      return;
    }
    setProblem(null);
    setTried(false);
    setMade({ link, assignment: checked.value, from: formNow });
  };

  const link = made?.link ?? '';
  const tokenLength = link.length - link.indexOf('#a=') - 3;
  const QrCode = qr?.QrCode;

  return (
    <div class="coach-assign">
      {ready && <CoachDataNotices problem={coach.problem} />}
      <form onSubmit={(event) => void make(event)} noValidate class="no-print">
        {shownProblems.length > 0 && (
          <div
            class="notice notice-danger problem-list"
            role="alert"
            aria-labelledby="assign-problems"
            tabIndex={-1}
            ref={problemList}
          >
            <p class="notice-title" id="assign-problems">
              No link yet: {shownProblems.length === 1 ? 'one thing' : `${shownProblems.length} things`} to fix
            </p>
            <ul>
              {shownProblems.map((p) => (
                <li key={p.field}>
                  <a href={`#${p.field}`} onClick={(event) => goToField(event, p.field)}>
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <fieldset class="audit-body" disabled={!ready}>
          <legend class="visually-hidden">New assignment</legend>
          <div class="form-grid">
            <div class="field">
              <label class="field-label" for="coach-name">
                Your name (required)
              </label>
              <p class="field-help" id="coach-name-help">
                As your client will see it. Remembered in this browser for next time.
              </p>
              <input
                id="coach-name"
                type="text"
                maxLength={80}
                aria-describedby={
                  problemFor('coach-name') ? `coach-name-help ${problemId('coach-name')}` : 'coach-name-help'
                }
                aria-invalid={problemFor('coach-name') ? true : undefined}
                value={shownCoachName}
                onInput={(e) => setCoachName((e.currentTarget as HTMLInputElement).value)}
              />
              <InputProblem announce={false} id="coach-name" problem={problemFor('coach-name')} />
            </div>
            <div class="field">
              <label class="field-label" for="coach-client">
                Client's name or alias (required)
              </label>
              <p class="field-help" id="coach-client-help">
                A new link for the same name updates that client's assignment rather than adding another.
              </p>
              <input
                id="coach-client"
                type="text"
                maxLength={80}
                aria-describedby={
                  problemFor('coach-client') ? `coach-client-help ${problemId('coach-client')}` : 'coach-client-help'
                }
                aria-invalid={problemFor('coach-client') ? true : undefined}
                value={client}
                onInput={(e) => setClient((e.currentTarget as HTMLInputElement).value)}
              />
              <InputProblem announce={false} id="coach-client" problem={problemFor('coach-client')} />
            </div>
          </div>
          <fieldset
            class="field"
            aria-describedby={
              problemFor(ITEMS_FIELD) ? `assign-items-help ${problemId(ITEMS_FIELD)}` : 'assign-items-help'
            }
          >
            <legend class="field-label">What to do, in order</legend>
            <p class="field-help" id="assign-items-help">
              Tick what to assign; move items up or down to set the order; give due dates one by one, or all at once
              with &ldquo;One item a week&rdquo;. Dates are optional.
            </p>
            <InputProblem announce={false} id={ITEMS_FIELD} problem={problemFor(ITEMS_FIELD)} />
            <div class="form-grid">
              <div class="field">
                <label class="field-label" for="coach-start">
                  Schedule from
                </label>
                <p class="field-help" id="coach-start-help">
                  Only for the button beside it: the first ticked item is due at the end of the week that starts on this
                  date (six days later), the next a week after that, and so on.
                </p>
                <DateInput
                  id="coach-start"
                  range="from today"
                  value={start}
                  describedBy={scheduleProblem ? 'coach-start-help coach-start-needed' : 'coach-start-help'}
                  onChange={(value) => {
                    setStart(value ?? '');
                    if (value) setScheduleProblem(null);
                  }}
                  onProblem={(startProblem) => {
                    dateProblem('coach-start')(startProblem);
                    // One message at a time under the box: its own says what is wrong with what is typed.
                    if (startProblem) setScheduleProblem(null);
                  }}
                />
                {scheduleProblem && (
                  <p class="field-problem" id="coach-start-needed" role="alert">
                    {scheduleProblem}
                  </p>
                )}
              </div>
              <p>
                <button type="button" class="button button-quiet" onClick={weekly} disabled={chosen.length === 0}>
                  One item a week from this date
                </button>
              </p>
            </div>
            <ol class="assign-items" id={ITEMS_FIELD}>
              {items.map((item, index) => (
                <li key={`${item.kind}-${item.id}`} class={item.selected ? 'assign-item selected' : 'assign-item'}>
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={item.selected}
                      onChange={(e) =>
                        setItems(
                          items.map((x, i) =>
                            i === index ? { ...x, selected: (e.currentTarget as HTMLInputElement).checked } : x,
                          ),
                        )
                      }
                    />
                    <span>{item.title}</span>
                  </label>
                  {item.selected && (
                    <div class="assign-item-controls">
                      <label class="visually-hidden" for={dueId(item)}>
                        Due date for {item.title}
                      </label>
                      <DateInput
                        id={dueId(item)}
                        value={item.due}
                        range="from today"
                        onChange={(due) => setItems(items.map((x, i) => (i === index ? { ...x, due: due ?? '' } : x)))}
                        onProblem={dateProblem(dueId(item))}
                      />
                      <button
                        type="button"
                        class="small-button"
                        id={`move-${dueId(item)}-up`}
                        aria-label={`Move ${item.title} up`}
                        disabled={index === 0}
                        onClick={() => move(index, -1)}
                      >
                        Up
                      </button>
                      <button
                        type="button"
                        class="small-button"
                        id={`move-${dueId(item)}-down`}
                        aria-label={`Move ${item.title} down`}
                        disabled={index === items.length - 1}
                        onClick={() => move(index, 1)}
                      >
                        Down
                      </button>
                    </div>
                  )}
                </li>
              ))}
            </ol>
            {notes.length > 0 && (
              <div class="order-notes" aria-live="polite">
                <p>Worth a look before you send it (the link can still be made):</p>
                <ul>
                  {notes.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
                <p class="meta">
                  Your client sees the items in this order. &ldquo;One item a week&rdquo; sets the dates again in the
                  order shown.
                </p>
              </div>
            )}
          </fieldset>
          <div class="field">
            <label class="field-label" for="coach-note">
              A note for your client
            </label>
            <p class="field-help" id="coach-note-help">
              Optional, up to 300 characters. It travels inside the link, so keep anything private out of it.
            </p>
            <textarea
              id="coach-note"
              rows={3}
              maxLength={300}
              aria-describedby="coach-note-help"
              value={note}
              onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
            />
            <p class="meta">{300 - note.length} characters left</p>
          </div>
          {problem && (
            <p class="field-problem" role="alert">
              {problem}
            </p>
          )}
          {/* Not disabled while busy (a disabled button loses focus): a second press does nothing until the link is made. */}
          <button type="submit" class="button" aria-disabled={busy ? true : undefined}>
            {busy ? 'Making the link…' : 'Make the assignment link'}
          </button>
        </fieldset>
      </form>

      {made && (
        <section class="assignment-sheet" aria-labelledby="sheet-heading">
          <h2 id="sheet-heading" tabIndex={-1} ref={sheetHeading}>
            Assignment for <bdi>{made.assignment.client}</bdi>
          </h2>
          {made.from !== formNow && (
            <p class="notice notice-warning no-print" role="status">
              You have changed the form since this link was made. The link, its QR code and this sheet are as they were:
              make the assignment link again to send the changes.
            </p>
          )}
          <p>
            From <bdi>{made.assignment.coach}</bdi>, {dayInWords(today())}.
          </p>
          {made.assignment.note && <p class="sheet-note">{made.assignment.note}</p>}
          <ol>
            {made.assignment.items.map((item) => (
              <li key={`${item.kind}-${item.id}`}>
                {items.find((x) => x.kind === item.kind && x.id === item.id)?.title ?? item.id}
                {item.due && <span class="meta"> · by {dayInWords(item.due)}</span>}
              </li>
            ))}
          </ol>
          <div class="field no-print">
            <label class="field-label" for="assignment-link">
              The link ({link.length.toLocaleString('en')} characters)
            </label>
            <p class="field-help" id="assignment-link-help">
              Send it to your client only, by email or chat. Everything in it travels after the "#", which browsers
              never send to a server. It carries the key that locks your client's reports: whoever has this link can
              read reports made with it and send reports as your client, so do not post it anywhere public.
            </p>
            <input
              id="assignment-link"
              type="text"
              readOnly
              value={link}
              aria-describedby="assignment-link-help"
              onFocus={(e) => (e.currentTarget as HTMLInputElement).select()}
            />
          </div>
          <p class="button-row no-print">
            <CopyButton text={link} inputId="assignment-link" />
            <button type="button" class="button button-quiet" onClick={() => window.print()}>
              Print the assignment sheet
            </button>
          </p>
          <figure class="qr-figure">
            {QrCode ? (
              <QrCode text={link} label={`QR code of the assignment link for ${made.assignment.client}`} />
            ) : (
              <p class="meta">Drawing the QR code…</p>
            )}
            <figcaption class="meta">
              Scan with a phone camera to open the assignment. ({tokenLength} characters of data.)
            </figcaption>
          </figure>
          <p class="print-only">Open this address: {link}</p>
        </section>
      )}
    </div>
  );
}
