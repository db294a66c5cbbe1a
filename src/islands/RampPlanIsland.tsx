/**
 * The 26-week ramp plan: a start date, this week's focus and check-in, re-audits at weeks 4, 13 and 26 with the
 * change since the first snapshot, every week at a glance, and the check-ins as a calendar file.
 * On /workbook/ramp-plan/ and in module 7 (<RampPlan />).
 */
import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { dayInWords, today } from '~/lib/dates';
import { pathTo } from '~/lib/paths';
import type { Answer } from '~/lib/workbook/answers';
import { SHARED_ANSWERS, START_KINDS, type LegacyCopy } from '~/lib/workbook/shared-answers';
import {
  MILESTONE_WEEKS,
  PHASES,
  WEEKS,
  WEEK_FOCUS,
  isMilestone,
  phaseOf,
  weekDates,
  weekOn,
  type CheckIn,
} from '~/lib/ramp/plan';
import { $ramp, clearLegacyStart, saveCheckIn } from '~/stores/ramp';
import { worksheetStore } from '~/stores/worksheets';
import { downloadFile, downloadWorkbookNow } from '~/islands/download';
import { $storageAvailable } from '~/stores/storage';
import { useHydrated } from '~/islands/hydration';
import { useLazy } from '~/islands/lazy';
import { useSaveState } from '~/islands/save-state';
import { useSharedAnswer } from '~/islands/shared-answer';
import { SaveStatus } from '~/ui/SaveStatus';
import { DateInput, NumberInput } from '~/ui/ToolInputs';

export interface RampPlanIslandProps {
  headingLevel?: 2 | 3;
  /** The course's name (site.config.ts), for the calendar file. */
  courseName?: string;
}

const REVIEW = [
  { value: 'done', label: 'Done' },
  { value: 'partly', label: 'Partly' },
  { value: 'not', label: 'Not done' },
] as const;

export default function RampPlanIsland({ headingLevel = 2, courseName }: RampPlanIslandProps) {
  const ready = useHydrated();
  const state = useStore($ramp);
  // Notices about unreadable data or a browser that keeps nothing load only when there is something to say.
  const storageAvailable = useStore($storageAvailable);
  const [chosenWeek, setChosenWeek] = useState<number | null>(null);
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const plan = ready ? state.record : null;
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);

  // The start is one answer with module 7's worksheet, kept there; the plan's own older copy is moved there.
  const legacy =
    ready && state.problem === null ? { ramp: { startDate: plan?.startDate, start: plan?.start } } : undefined;
  const clear = (copy: LegacyCopy) => {
    if (copy.kind === 'ramp-start-date') track(clearLegacyStart('date'));
    if (copy.kind === 'ramp-start') track(clearLegacyStart('kind'));
  };
  const startDate = useSharedAnswer('ramp-start', ready, legacy, clear);
  const startKind = useSharedAnswer('ramp-kind', ready, legacy, clear);
  // Two differing answers from before are rare: the choice between them loads only when there is one.
  const SharedChoices = useLazy(
    () => import('~/ui/SharedChoices'),
    startDate.choices.length + startKind.choices.length > 0,
  )?.SharedChoices;
  const start = typeof startDate.value === 'string' ? startDate.value : undefined;
  const current = start ? weekOn(start, today()) : 0;
  const week = chosenWeek ?? Math.min(Math.max(current, 1), WEEKS);
  const checkIn: Partial<CheckIn> = (start && plan?.checkIns[String(week)]) || {};
  const done = plan ? Object.keys(plan.checkIns).length : 0;
  const id = (field: string) => `ramp-${week}-${field}`;
  // What the learner committed to for this week: last week's "if …, then …", or for week 1 the worksheet's.
  const readiness = useStore(worksheetStore('ramp-readiness').$state).record?.answers;
  const previous = week > 1 ? plan?.checkIns[String(week - 1)]?.ifThen : undefined;
  const fromWorksheet =
    week === 1 && (typeof readiness?.['if-cue'] === 'string' || typeof readiness?.['then-action'] === 'string')
      ? { when: String(readiness?.['if-cue'] ?? ''), then: String(readiness?.['then-action'] ?? '') }
      : undefined;
  const lastCommitment = ready
    ? ((previous && (previous.when || previous.then) ? previous : undefined) ?? fromWorksheet)
    : undefined;
  const save = (change: Partial<Omit<CheckIn, 'savedAt'>>) => track(saveCheckIn(week, change));
  // The re-audit's comparison, with the audit's code, loads only in a re-audit week.
  const Reaudit = useLazy(
    () => import('~/islands/RampReaudit'),
    ready && Boolean(start) && isMilestone(week),
  )?.RampReaudit;

  const downloadCalendar = async () => {
    if (!start) return;
    const [{ calendarFile }, { planEvents }] = await Promise.all([import('~/lib/ramp/ics'), import('~/lib/ramp/plan')]);
    const site = new URL(pathTo('workbook/ramp-plan/'), window.location.href).href;
    downloadFile(
      `real-networking-ramp-plan-${start}.ics`,
      calendarFile(planEvents(start, site), courseName),
      'text/calendar',
    );
  };

  const Notices = useLazy(
    () => import('~/islands/StorageNotices'),
    ready && (state.problem !== null || !storageAvailable),
  )?.StorageNotices;
  return (
    <div class="ramp">
      {Notices && <Notices problem={state.problem} what="ramp plan" />}
      <fieldset class="audit-body" disabled={!ready || readOnly}>
        <legend class="visually-hidden">26-week ramp plan</legend>
        <section aria-labelledby="ramp-start">
          <H id="ramp-start">Your start</H>
          <p class="meta">
            The same two questions as module 7's worksheet, "Ready to start the ramp": one answer, shown in both places.
          </p>
          <fieldset class="field field-choices" disabled={!startKind.writable}>
            <legend class="field-label">What kind of start is this?</legend>
            <div class="choices">
              {START_KINDS.map((kind) => (
                <label class="choice" key={kind.value}>
                  <input
                    type="radio"
                    name="ramp-kind"
                    checked={startKind.value === kind.value}
                    onChange={() => track(startKind.save(kind.value))}
                  />
                  <span>{kind.label}</span>
                </label>
              ))}
            </div>
            {startKind.choices.some((choice) => choice.value === 'new-job-or-role') &&
              startKind.value === undefined && (
                <p class="notice notice-info">
                  Your plan recorded "a new job or role" before. The plan now tells the two apart: choose the one that
                  fits.
                </p>
              )}
          </fieldset>
          {SharedChoices && (
            <SharedChoices
              choices={startKind.value === undefined ? [] : startKind.choices}
              current={
                startKind.value === undefined
                  ? undefined
                  : {
                      label:
                        START_KINDS.find((kind) => kind.value === startKind.value)?.label ?? String(startKind.value),
                      value: startKind.value,
                      where: SHARED_ANSWERS['ramp-start'].home.place,
                    }
              }
              show={(value) => START_KINDS.find((kind) => kind.value === value)?.label}
              onChoose={(value) => track(startKind.choose(value))}
            />
          )}
          <div class="field">
            <label class="field-label" for="ramp-start-date">
              First day of week 1
            </label>
            <p class="field-help" id="ramp-start-date-help">
              Your first day in the job, or the day you start afresh. Each week runs seven days from it.
            </p>
            <DateInput
              id="ramp-start-date"
              describedBy="ramp-start-date-help"
              disabled={!startDate.writable}
              value={start}
              onChange={(value) => track(startDate.save(value))}
            />
          </div>
          {SharedChoices && (
            <SharedChoices
              choices={startDate.choices}
              current={
                start
                  ? { label: dayInWords(start), value: start as Answer, where: SHARED_ANSWERS['ramp-start'].home.place }
                  : undefined
              }
              show={(value) => (typeof value === 'string' ? dayInWords(value) : undefined)}
              onChoose={(value) => track(startDate.choose(value))}
            />
          )}
        </section>

        {start && (
          <section aria-labelledby="ramp-week">
            <H id="ramp-week">
              Week {week} of {WEEKS}: {phaseOf(week).name}
              {week === current ? ' (this week)' : ''}
            </H>
            <p class="meta">
              {dayInWords(weekDates(start, week).first)} to {dayInWords(weekDates(start, week).last)}.{' '}
              {current === 0
                ? 'Your plan has not started yet.'
                : current > WEEKS
                  ? 'Your 26 weeks are over: well done.'
                  : ''}
            </p>
            <div class="field">
              <label class="field-label" for="ramp-week-picker">
                Go to week
              </label>
              <select
                id="ramp-week-picker"
                value={week}
                onChange={(e) => setChosenWeek(Number((e.currentTarget as HTMLSelectElement).value))}
              >
                {Array.from({ length: WEEKS }, (_, i) => i + 1).map((n) => (
                  <option key={n} value={n}>
                    Week {n}
                    {n === current ? ' (this week)' : ''}
                    {plan?.checkIns[String(n)] ? ', checked in' : ''}
                  </option>
                ))}
              </select>
            </div>
            <p class="notice notice-info">
              <strong>Focus: </strong>
              {WEEK_FOCUS[week - 1]}
            </p>
            {isMilestone(week) && (
              <div class="panel milestone">
                <p class="notice-title">Re-audit week</p>
                <p>
                  Update your <a href={pathTo('workbook/network-audit/')}>network audit</a> and take a snapshot, then
                  look at what changed.
                </p>
                {Reaudit ? <Reaudit /> : <p class="meta">Loading the comparison…</p>}
              </div>
            )}
            <fieldset class="field field-choices" aria-describedby={lastCommitment ? id('last-commitment') : undefined}>
              <legend class="field-label">Last week's commitment</legend>
              {lastCommitment && (
                <p class="field-help" id={id('last-commitment')}>
                  You wrote: if {lastCommitment.when || '…'}, then I will {lastCommitment.then || '…'}. Did you?
                </p>
              )}
              <div class="choices choices-inline">
                {REVIEW.map((option) => (
                  <label class="choice" key={option.value}>
                    <input
                      type="radio"
                      name={id('reviewed')}
                      checked={checkIn.reviewed === option.value}
                      onChange={() => save({ reviewed: option.value })}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div class="form-grid">
              {(['conversations', 'given'] as const).map((key) => (
                <div class="field" key={key}>
                  <label class="field-label" for={id(key)}>
                    {key === 'conversations' ? 'Conversations held' : 'Things given'}
                  </label>
                  <p class="field-help" id={`${id(key)}-help`}>
                    {key === 'conversations'
                      ? 'Real ones, not messages: a number, such as 3.'
                      : 'Help of any size: a number, such as 2.'}
                  </p>
                  <NumberInput
                    id={id(key)}
                    describedBy={`${id(key)}-help`}
                    value={checkIn[key]}
                    rule={{ min: 0, max: 500, integer: true }}
                    onChange={(value) => save({ [key]: value })}
                  />
                </div>
              ))}
            </div>
            {(['learned', 'celebrate'] as const).map((key) => (
              <div class="field" key={key}>
                <label class="field-label" for={id(key)}>
                  {key === 'learned' ? 'One thing you learned' : 'One thing to celebrate'}
                </label>
                <input
                  id={id(key)}
                  type="text"
                  maxLength={2000}
                  value={checkIn[key] ?? ''}
                  onInput={(e) => save({ [key]: (e.currentTarget as HTMLInputElement).value || undefined })}
                />
              </div>
            ))}
            <fieldset class="field">
              <legend class="field-label">Next week's commitment</legend>
              <p class="field-help">
                Write it as "if …, then I will …": deciding when and where ahead of time makes it far likelier to
                happen.
              </p>
              <div class="form-grid">
                <div class="field">
                  <label class="field-label" for={id('if')}>
                    If…
                  </label>
                  <input
                    id={id('if')}
                    type="text"
                    maxLength={500}
                    placeholder="it is Tuesday lunchtime"
                    value={checkIn.ifThen?.when ?? ''}
                    onInput={(e) =>
                      save({
                        ifThen: { when: (e.currentTarget as HTMLInputElement).value, then: checkIn.ifThen?.then ?? '' },
                      })
                    }
                  />
                </div>
                <div class="field">
                  <label class="field-label" for={id('then')}>
                    …then I will
                  </label>
                  <input
                    id={id('then')}
                    type="text"
                    maxLength={500}
                    placeholder="ask Leila how the planning team works"
                    value={checkIn.ifThen?.then ?? ''}
                    onInput={(e) =>
                      save({
                        ifThen: { when: checkIn.ifThen?.when ?? '', then: (e.currentTarget as HTMLInputElement).value },
                      })
                    }
                  />
                </div>
              </div>
            </fieldset>
          </section>
        )}
      </fieldset>
      <SaveStatus state={saveState} onDownload={() => void downloadWorkbookNow()} />

      {start && (
        <>
          <section aria-labelledby="ramp-progress">
            <H id="ramp-progress">Your 26 weeks</H>
            <div class="progress-line">
              <label for="ramp-progress-bar">
                {current === 0
                  ? 'Not started yet'
                  : current > WEEKS
                    ? 'All 26 weeks behind you'
                    : `In week ${current} of ${WEEKS}`}{' '}
                · {done} {done === 1 ? 'check-in' : 'check-ins'} done
              </label>
              <progress id="ramp-progress-bar" max={WEEKS} value={Math.min(current, WEEKS)} />
            </div>
            {PHASES.map((phase) => (
              <div key={phase.id} class="ramp-phase">
                <h3>
                  {phase.name}: weeks {phase.first} to {phase.last}
                </h3>
                <p class="meta">{phase.aim}</p>
                <ul class="ramp-weeks">
                  {Array.from({ length: phase.last - phase.first + 1 }, (_, i) => phase.first + i).map((n) => (
                    <li key={n}>
                      <button
                        type="button"
                        class="link-button"
                        onClick={() => setChosenWeek(n)}
                        aria-current={n === week ? 'true' : undefined}
                      >
                        Week {n}
                      </button>{' '}
                      <span class="meta">
                        {plan?.checkIns[String(n)]
                          ? 'checked in'
                          : n < current
                            ? 'no check-in'
                            : n === current
                              ? 'this week'
                              : 'to come'}
                        {(MILESTONE_WEEKS as readonly number[]).includes(n) ? ' · re-audit' : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
          <section aria-labelledby="ramp-calendar">
            <H id="ramp-calendar">In your calendar</H>
            <p>
              A file with your 26 weekly check-ins and the three re-audits, for Google Calendar, Outlook or Apple
              Calendar. Each is an all-day reminder on the last day of its week.
            </p>
            <button type="button" class="button button-quiet" onClick={() => void downloadCalendar()}>
              Download the calendar (.ics)
            </button>
          </section>
        </>
      )}
    </div>
  );
}
