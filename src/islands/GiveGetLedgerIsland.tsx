/**
 * The give/get ledger: log exchanges, see what they add up to (exchanges a week first), the chart, follow-ups due,
 * and every entry. On /workbook/give-get-ledger/ and in module 4 (<GiveGetLedger />).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { dayInWords, monthInWords, monthOf, today } from '~/lib/dates';
import { countOf } from '~/lib/words';
import { followUpsDue, minutesShown, monthlyFigures, readings, weeklyFigures } from '~/lib/ledger/figures';
import { followUpInWords } from '~/lib/ledger/follow-ups';
import { labelOf } from '~/lib/choices';
import { DIRECTIONS, KINDS, MAX_ENTRIES, type LedgerEntry } from '~/lib/ledger/ledger';
import { $ledger, clearLegacyBudget, deleteEntry, markFollowedUp, newEntryId, saveEntry } from '~/stores/ledger';
import { SHARED_ANSWERS, helpingBudgetMinutes } from '~/lib/workbook/shared-answers';
import type { Answer } from '~/lib/workbook/answers';
import { useSharedAnswer } from '~/islands/shared-answer';
import { NumberInput } from '~/ui/ToolInputs';
import { $storageAvailable } from '~/stores/storage';
import { useHydrated } from '~/islands/hydration';
import { useLazy } from '~/islands/lazy';
import { useSaveState } from '~/islands/save-state';
import { EntryForm } from '~/ui/ledger/EntryForm';
import { SaveStatus } from '~/ui/SaveStatus';

export interface GiveGetLedgerIslandProps {
  headingLevel?: 2 | 3;
}

const PAGE = 25;

function blankEntry(): LedgerEntry {
  return {
    id: newEntryId(),
    date: today(),
    contact: '',
    direction: 'gave',
    kind: 'information',
    fiveMinuteFavour: false,
  };
}

export default function GiveGetLedgerIsland({ headingLevel = 2 }: GiveGetLedgerIslandProps) {
  const ready = useHydrated();
  const state = useStore($ledger);
  // Notices about unreadable data or a browser that keeps nothing load only when there is something to say.
  const storageAvailable = useStore($storageAvailable);
  // The audit's people are offered as names only once the learner is about to type one: the audit's code loads then.
  const [wantPeople, setWantPeople] = useState(false);
  const auditStore = useLazy(() => import('~/stores/audit'), wantPeople);
  const [network, setNetwork] = useState<{ contacts: { id: string; alias: string }[] }>({ contacts: [] });
  useEffect(() => auditStore?.$network.subscribe(setNetwork), [auditStore]);
  const [draft, setDraft] = useState<LedgerEntry>(blankEntry);
  const [editing, setEditing] = useState(false);
  const [month, setMonth] = useState<string>('all');
  const [shown, setShown] = useState(PAGE);
  const [removed, setRemoved] = useState<LedgerEntry | null>(null);
  // Focus follows a delete to its Undo, and an undo back to the entry it brought back (or to the list, if that entry
  // is not on screen), as the change is drawn: never left on a button that has gone.
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  useLayoutEffect(() => {
    if (!focusAfter) return;
    (document.getElementById(focusAfter) ?? document.getElementById('ledger-entries'))?.focus();
    setFocusAfter(null);
  }, [focusAfter]);
  const [announce, setAnnounce] = useState('');
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';

  const entries = useMemo(() => (ready ? (state.record?.entries ?? []) : []), [ready, state.record]);
  // The weekly budget is one answer with module 4's worksheet (in hours), kept there; the ledger's older copy, in
  // minutes, is moved there.
  const budget = useSharedAnswer(
    'helping-budget',
    ready,
    ready && state.problem === null ? { ledgerBudgetMinutes: state.record?.weeklyBudgetMinutes } : undefined,
    (copy) => copy.kind === 'ledger-budget' && track(clearLegacyBudget()),
  );
  // Two differing answers from before are rare: the choice between them loads only when there is one.
  // The chart is drawn once there is something to draw: a new ledger's page stays small.
  const LedgerChart = useLazy(() => import('~/ui/ledger/LedgerChart'), entries.length > 0)?.LedgerChart;
  const SharedChoices = useLazy(() => import('~/ui/SharedChoices'), budget.choices.length > 0)?.SharedChoices;
  const budgetHours = typeof budget.value === 'number' ? budget.value : undefined;
  const budgetMinutes = helpingBudgetMinutes(
    { 'giving-style': budgetHours === undefined ? {} : { 'weekly-budget': budgetHours } },
    ready ? state.record?.weeklyBudgetMinutes : undefined,
  );
  const day = today();
  const weeks = useMemo(() => weeklyFigures(entries, day, 12), [entries, day]);
  const months = useMemo(() => monthlyFigures(entries), [entries]);
  const due = useMemo(() => followUpsDue(entries, day), [entries, day]);
  const explained = useMemo(() => readings(weeks, budgetMinutes), [weeks, budgetMinutes]);
  const visible = month === 'all' ? entries : entries.filter((entry) => monthOf(entry.date) === month);
  const people = ready ? network.contacts.map(({ id, alias }) => ({ id, alias })) : [];
  const { saveState, readOnly, track } = useSaveState(ready, state.problem);

  const Notices = useLazy(
    () => import('~/islands/StorageNotices'),
    ready && (state.problem !== null || !storageAvailable),
  )?.StorageNotices;
  return (
    <div class="ledger">
      {Notices && <Notices problem={state.problem} what="give/get ledger" />}
      <fieldset class="audit-body" disabled={!ready || readOnly}>
        <legend class="visually-hidden">Give/get ledger</legend>
        <EntryForm
          entry={draft}
          editing={editing}
          headingLevel={headingLevel}
          people={people}
          onWantPeople={() => setWantPeople(true)}
          onSubmit={(entry) => {
            if (!editing && entries.length >= MAX_ENTRIES) {
              setAnnounce(
                `Not added: the ledger holds ${MAX_ENTRIES.toLocaleString('en')} entries. Export your workbook, then delete some old ones.`,
              );
              return;
            }
            track(saveEntry(entry));
            setAnnounce(editing ? 'Entry changed.' : `Added: ${entry.contact}, ${dayInWords(entry.date)}.`);
            setEditing(false);
            setDraft({ ...blankEntry(), date: entry.date });
          }}
          onCancel={() => {
            setEditing(false);
            setDraft(blankEntry());
          }}
        />
      </fieldset>
      <p class="meta" role="status">
        {announce}
      </p>
      {/* The download code loads only if a save fails and the learner asks for a copy. */}
      <SaveStatus
        state={saveState}
        onDownload={() => void import('~/islands/download').then((download) => download.downloadWorkbookNow())}
      />

      <section aria-labelledby="ledger-due">
        <H id="ledger-due">Follow-ups due this week</H>
        {due.length === 0 ? (
          <p class="meta">Nothing due this week.</p>
        ) : (
          <ul class="follow-ups">
            {due.map((entry) => (
              <li key={entry.id}>
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={Boolean(entry.followedUp)}
                    onChange={(e) => track(markFollowedUp(entry.id, (e.currentTarget as HTMLInputElement).checked))}
                  />
                  <span>{followUpInWords(entry, day)}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="ledger-figures">
        <H id="ledger-figures">What your ledger shows</H>
        {entries.length === 0 ? (
          <p class="meta">
            Log a few exchanges to see your figures. Most people start with what they gave and got this week.
          </p>
        ) : (
          <ul class="insights">
            {explained.map((reading) => (
              <li key={reading.id} class="insight" data-reading={reading.id}>
                <Sub>{reading.title}</Sub>
                <p class="insight-value">{reading.value}</p>
                <p>{reading.meaning}</p>
              </li>
            ))}
          </ul>
        )}
        <div class="field">
          <label class="field-label" for="ledger-budget">
            Hours a week you mean to spend helping others
          </label>
          <p class="field-help" id="ledger-budget-help">
            Optional, in hours (1.5 for an hour and a half). The ledger tells you when you go over it: helpful people
            are the first to be overloaded. The same question as the weekly budget in module 4's worksheet: one answer,
            shown in both.
          </p>
          <NumberInput
            id="ledger-budget"
            describedBy="ledger-budget-help"
            disabled={!ready || !budget.writable}
            value={budgetHours}
            rule={{ min: 0, max: 40, unit: 'hours a week' }}
            onChange={(hours) => track(budget.save(hours))}
          />
          {SharedChoices && (
            <SharedChoices
              choices={budget.choices}
              current={
                budgetHours === undefined
                  ? undefined
                  : {
                      label: countOf(budgetHours, 'hour', 'hours'),
                      value: budgetHours as Answer,
                      where: SHARED_ANSWERS['helping-budget'].home.place,
                    }
              }
              show={(value) => (typeof value === 'number' ? countOf(value, 'hour', 'hours') : undefined)}
              onChoose={(value) => track(budget.choose(value))}
            />
          )}
        </div>
      </section>

      <section aria-labelledby="ledger-chart">
        <H id="ledger-chart">Over time</H>
        {entries.length === 0 ? (
          <p class="meta">
            A chart of what you gave and received, week by week, appears here once you log an exchange.
          </p>
        ) : LedgerChart ? (
          <LedgerChart weeks={weeks} />
        ) : (
          // The chart's own height, kept while it loads, so nothing below it moves.
          <div class="ledger-chart-space" aria-hidden="true" />
        )}
        {months.length > 0 && (
          // Always a Tab stop (it scrolls on a phone): the page has no room left in its budget for TableScroll,
          // which the chart's table, loaded with the first entry, uses.
          <div class="table-scroll" tabIndex={0} role="group" aria-label="Month by month (scrolls sideways)">
            <table>
              <caption>Month by month</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Exchanges</th>
                  <th scope="col">Gave</th>
                  <th scope="col">Received</th>
                  <th scope="col">Asked</th>
                  <th scope="col">Minutes</th>
                </tr>
              </thead>
              <tbody>
                {months.slice(0, 12).map((period) => (
                  <tr key={period.start}>
                    <th scope="row">{monthInWords(period.start)}</th>
                    <td>{period.exchanges}</td>
                    <td>{period.gives}</td>
                    <td>{period.gets}</td>
                    <td>{period.asks}</td>
                    <td>{minutesShown(period)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="ledger-entries">
        <H id="ledger-entries" tabIndex={-1}>
          Every entry
        </H>
        {removed && (
          <p class="undo" role="status">
            Entry with {removed.contact} deleted.{' '}
            <button
              type="button"
              class="small-button"
              id="ledger-undo"
              onClick={() => {
                track(saveEntry(removed));
                setRemoved(null);
                setFocusAfter(`ledger-change-${removed.id}`);
              }}
            >
              Undo
            </button>
          </p>
        )}
        <div class="field">
          <label class="field-label" for="ledger-month">
            Show
          </label>
          <select
            id="ledger-month"
            value={month}
            onChange={(e) => {
              setMonth((e.currentTarget as HTMLSelectElement).value);
              setShown(PAGE);
            }}
          >
            <option value="all">All months ({entries.length})</option>
            {months.map((period) => (
              <option key={period.start} value={period.start}>
                {monthInWords(period.start)} ({period.gives + period.gets + period.asks + period.declined})
              </option>
            ))}
          </select>
        </div>
        {visible.length === 0 ? (
          <p class="meta">No entries yet.</p>
        ) : (
          <ul class="ledger-entries">
            {visible.slice(0, shown).map((entry) => (
              <li key={entry.id}>
                <span>
                  <strong>{dayInWords(entry.date)}</strong> · {labelOf(DIRECTIONS, entry.direction)}:{' '}
                  {labelOf(KINDS, entry.kind).toLowerCase()} · {entry.contact}
                  {entry.minutes !== undefined && ` · ${entry.minutes} min`}
                  {entry.fiveMinuteFavour && ' · five-minute favour'}
                  {entry.note && <span class="meta"> · {entry.note}</span>}
                </span>
                <span class="button-row">
                  <button
                    type="button"
                    class="small-button"
                    id={`ledger-change-${entry.id}`}
                    aria-label={`Change the entry with ${entry.contact} on ${dayInWords(entry.date)}`}
                    disabled={readOnly}
                    onClick={() => {
                      setDraft(entry);
                      setEditing(true);
                      document.getElementById('ledger-date')?.focus();
                    }}
                  >
                    Change
                  </button>
                  <button
                    type="button"
                    class="small-button danger"
                    aria-label={`Delete the entry with ${entry.contact} on ${dayInWords(entry.date)}`}
                    disabled={readOnly}
                    onClick={() => {
                      const { result, entry: gone } = deleteEntry(entry.id);
                      track(result);
                      setRemoved(gone ?? null);
                      setFocusAfter('ledger-undo');
                    }}
                  >
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        )}
        {visible.length > shown && (
          <button type="button" class="button button-quiet" onClick={() => setShown(shown + PAGE)}>
            Show {Math.min(PAGE, visible.length - shown)} more of {visible.length - shown}
          </button>
        )}
      </section>
    </div>
  );
}
